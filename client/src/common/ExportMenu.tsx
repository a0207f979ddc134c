import { useI18n } from '../i18n/i18n';

type FilterValue = string | number | boolean | readonly string[] | null | undefined;

/** The export route's query string for a list's current filter (api/exports.md): lists comma-separated, empty values left out. */
export function exportQuery(filter: Record<string, FilterValue>, lang: string): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) {
    if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    params.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  params.set('lang', lang);
  return params.toString();
}

/** Download links (CSV / Excel) for a list page, carrying the page's current filters. */
export function ExportMenu({ dataset, filter }: { dataset: string; filter: Record<string, FilterValue> }) {
  const { t, lang } = useI18n();
  const qs = exportQuery(filter, lang);
  return (
    <div className="export-menu" role="group" aria-label={t('export.label')}>
      <a className="btn btn-small" href={`/export/${dataset}.csv?${qs}`} download>
        {t('export.csv')}
      </a>
      <a className="btn btn-small" href={`/export/${dataset}.xlsx?${qs}`} download>
        {t('export.xlsx')}
      </a>
    </div>
  );
}

/** "Download report (PDF)" for a province (or the nation) over the selected period. */
export function ReportLink({ provinceCode, period }: { provinceCode?: string; period: { from: string; to: string; asOf: string } }) {
  const { t, lang } = useI18n();
  const qs = new URLSearchParams({ from: period.from, to: period.to, asOf: period.asOf, lang }).toString();
  const path = provinceCode ? `/report/province/${encodeURIComponent(provinceCode)}.pdf` : '/report/national.pdf';
  return (
    <a className="btn" href={`${path}?${qs}`} download>
      {t('report.download')}
    </a>
  );
}
