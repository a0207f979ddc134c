import type { Writable } from 'node:stream';
import type { Context, Viewer } from '../../common/context';
import { CaseOutcome, IssueArea } from '../../common/enums';
import { enumLabel, type Lang } from '../../common/enum-labels';
import { notFound } from '../../common/errors';
import { runMutation, type Changes } from '../../common/mutation';
import { listStatement, Params } from '../../common/pagination';
import { requireViewer } from '../auth/policy';
import { nationalMetrics } from '../metrics/metrics.service';
import { MIN_SHOWN, seesExactCaseFigures } from '../metrics/suppression';
import type { CaseCountModel, ProvinceMetricsModel } from '../metrics/metrics.model';
import { referenceData } from '../province/reference.service';
import { exportColumnsSql, LIST_DATASETS, type ExportColumn } from './export.datasets';
import { parseQuery, type FilterSpec } from './export.filters';
import { csvWriter, MEDIA_TYPES, WITHHELD, xlsxWriter, type Description, type ExportFormat, type TableWriter } from './export.writers';

/** Rows read from the cursor at a time. */
const BATCH = 500;

export const DATASET_NAMES = [...Object.keys(LIST_DATASETS), 'province-metrics'];

const PERIOD_FILTERS: Record<string, FilterSpec> = { from: { type: 'date' }, to: { type: 'date' }, asOf: { type: 'date' } };

/** What the HTTP route needs to answer before writing a byte: headers, then the body. */
export interface PreparedExport {
  filename: string;
  mediaType: string;
  /** Writes the file to `out` and audits the export; resolves with the number of rows. */
  write(out: Writable, onStart: () => void): Promise<number>;
}

const t = (lang: Lang, id: string, en: string) => (lang === 'en' ? en : id);

/** The suppression rule as the description sheet states it. */
export function suppressionRule(lang: Lang): string {
  return t(
    lang,
    `Angka kasus 1 sampai ${MIN_SHOWN - 1} disembunyikan (sel kosong berarsir abu-abu; di CSV judul kolom menyebutnya) kecuali Anda boleh melihat angka tepat provinsi itu (ADMIN; koordinator di provinsinya). Bila satu sel rincian disembunyikan, sel terkecil berikutnya ikut disembunyikan. Rasio yang bertumpu pada kurang dari ${MIN_SHOWN} kasus dikosongkan.`,
    `Case counts from 1 to ${MIN_SHOWN - 1} are withheld (an empty cell shaded grey; in CSV the column header says so) unless you may see that province's exact figures (ADMIN; a coordinator in their own province). When one cell of a breakdown is withheld, the next smallest is withheld too. Rates resting on fewer than ${MIN_SHOWN} cases are left empty.`,
  );
}

function describe(
  viewer: Viewer,
  lang: Lang,
  dataset: string,
  title: string,
  filter: Record<string, unknown>,
  rows: number,
  generatedAt: Date,
  withheld: boolean,
): Description {
  const filters = Object.entries(filter)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(',') : String(v)}`)
    .join('; ');
  const out: [string, string][] = [
    [t(lang, 'Data', 'Dataset'), `${title} (${dataset})`],
    [t(lang, 'Filter', 'Filters'), filters || t(lang, '(tanpa filter)', '(none)')],
    [t(lang, 'Pengguna', 'Viewer'), `${viewer.displayName} <${viewer.email}>`],
    [t(lang, 'Peran', 'Role'), enumLabel('Role', viewer.role, lang)],
    [t(lang, 'Dibuat', 'Generated'), generatedAt.toISOString()],
    [t(lang, 'Jumlah baris', 'Rows'), String(rows)],
  ];
  if (withheld) out.push([t(lang, 'Penyembunyian angka kecil', 'Small-number suppression'), suppressionRule(lang)]);
  return { title: t(lang, 'Keterangan', 'About'), rows: out };
}

/** One `export` audit event: entity type Export, entity id the dataset, changes {format, filters, rows}. */
export async function auditFileEvent(
  ctx: Context,
  action: string,
  entityId: string,
  details: Record<string, unknown>,
  provinceCode: string | null,
): Promise<void> {
  const viewer = ctx.viewer!;
  await runMutation(ctx, action, (tx) =>
    tx.audit({
      entityType: 'Export',
      entityId,
      provinceCode: provinceCode ?? viewer.provinceCode ?? viewer.agencyProvinceCode ?? null,
      changes: details as unknown as Changes,
    }),
  );
}

function writerFor(format: ExportFormat, out: Writable, columns: ExportColumn[], lang: Lang, sheet: string): TableWriter {
  return format === 'csv' ? csvWriter(out, columns, lang) : xlsxWriter(out, columns, lang, sheet);
}

/**
 * Checks an export request (viewer, dataset, filters, the list's own access rule) and returns
 * how to write it. Everything that can be refused is refused here, before any byte is sent.
 */
export function prepareExport(ctx: Context, dataset: string, format: ExportFormat, query: Record<string, unknown>): PreparedExport {
  const viewer = requireViewer(ctx);
  if (dataset === 'province-metrics') return prepareMetricsExport(ctx, viewer, format, query);
  const def = LIST_DATASETS[dataset];
  if (!def) throw notFound('Dataset', dataset);
  const { filter, lang } = parseQuery(query, def.filters);
  const pageQuery = def.query(ctx, filter);
  const statement = listStatement(pageQuery, (params: Params) => exportColumnsSql(def, ctx, params));
  const title = def.title[lang === 'en' ? 1 : 0];
  return {
    filename: `${dataset}-${ctx.today}.${format}`,
    mediaType: MEDIA_TYPES[format],
    async write(out, onStart) {
      const generatedAt = new Date();
      // The writer starts writing (XLSX: the zip) when made: only once the statement has answered.
      let writer: TableWriter | null = null;
      const start = () => {
        onStart();
        writer = writerFor(format, out, def.columns, lang, title);
      };
      const rows = await ctx.sql.cursor<Record<string, unknown>>(
        statement.text,
        statement.values,
        BATCH,
        async (batch) => {
          for (const row of batch) {
            await writer!.row(def.columns.map((c) => (c.compute ? c.compute(row, ctx) : row[c.key])));
          }
        },
        start,
      );
      if (!writer) start();
      // Audited before the file is complete: a client never holds a whole export that is not in the trail.
      await auditFileEvent(ctx, 'export', dataset, { format, filters: filter, rows }, (filter.provinceCode as string) ?? null);
      await writer!.end(describe(viewer, lang, dataset, title, filter, rows, generatedAt, false));
      return rows;
    },
  };
}

// ---------------------------------------------------------------------------- province metrics

const count = (c: CaseCountModel | undefined) => (c?.suppressed ? WITHHELD : (c?.value ?? null));

/** One row per province: every ProvinceMetrics figure but agencyActionStats. */
export function metricsColumns(): ExportColumn[] {
  const n = (key: string, id: string, en: string, type: 'int' | 'number' = 'int'): ExportColumn => ({ key, label: [id, en], type, width: 14 });
  return [
    { key: 'provinceCode', label: ['Kode provinsi', 'Province code'], type: 'text', width: 10 },
    { key: 'province', label: ['Provinsi', 'Province'], type: 'text', width: 26 },
    { key: 'from', label: ['Dari', 'From'], type: 'date', width: 12 },
    { key: 'to', label: ['Sampai', 'To'], type: 'date', width: 12 },
    { key: 'asOf', label: ['Per tanggal', 'As of'], type: 'date', width: 12 },
    n('activeAgreements', 'Kesepakatan berlaku', 'Active agreements'),
    n('expiringAgreements', 'Kesepakatan segera berakhir', 'Expiring agreements'),
    { key: 'coveredSectors', label: ['Sektor tercakup', 'Covered sectors'], type: 'enumList', enumName: 'Sector', width: 40 },
    n('sectorCoverage', 'Cakupan sektor', 'Sector coverage', 'number'),
    n('crossSectorPartnerships', 'Kemitraan lintas sektor', 'Cross-sector partnerships'),
    n('meetingsHeld', 'Rapat diadakan', 'Meetings held'),
    n('commitments', 'Komitmen', 'Commitments'),
    n('commitmentsFulfilled', 'Komitmen terpenuhi', 'Commitments fulfilled'),
    n('commitmentsOverdue', 'Komitmen terlambat', 'Commitments overdue'),
    n('fulfilmentRate', 'Tingkat pemenuhan', 'Fulfilment rate', 'number'),
    n('actionsOpen', 'Tindak lanjut terbuka', 'Action items open'),
    n('actionsOverdue', 'Tindak lanjut terlambat', 'Action items overdue'),
    n('actionsDoneInPeriod', 'Tindak lanjut selesai', 'Action items done'),
    n('onTimeCompletionRate', 'Selesai tepat waktu', 'On-time completion rate', 'number'),
    { ...n('casesReported', 'Kasus dilaporkan', 'Cases reported'), withheld: true },
    ...Object.values(IssueArea).map(
      (a): ExportColumn => ({
        key: `issue:${a}`,
        label: [`Kasus: ${enumLabel('IssueArea', a, 'id')}`, `Cases: ${enumLabel('IssueArea', a, 'en')}`],
        type: 'int',
        withheld: true,
        width: 14,
      }),
    ),
    ...Object.values(CaseOutcome).map(
      (o): ExportColumn => ({
        key: `outcome:${o}`,
        label: [`Kasus: ${enumLabel('CaseOutcome', o, 'id')}`, `Cases: ${enumLabel('CaseOutcome', o, 'en')}`],
        type: 'int',
        withheld: true,
        width: 14,
      }),
    ),
    { ...n('medianDaysToFirstService', 'Median hari ke layanan pertama', 'Median days to first service', 'number'), withheld: true },
    { ...n('referralAcceptanceRate', 'Rujukan diterima', 'Referral acceptance rate', 'number'), withheld: true },
    { ...n('multiSectorCaseRate', 'Kasus lintas sektor', 'Multi-sector case rate', 'number'), withheld: true },
    n('coordinationIndex', 'Indeks koordinasi', 'Coordination index', 'number'),
  ];
}

/**
 * A province's figures in metricsColumns order; withheld case figures as WITHHELD. `exact`:
 * whether the viewer sees the province's exact case figures (then nothing is withheld).
 */
export function metricsRow(m: ProvinceMetricsModel, exact: boolean): unknown[] {
  const r = m as unknown as Record<string, unknown>;
  return metricsColumns().map((c) => {
    if (c.key === 'province') return referenceData().province(m.provinceCode)?.name ?? m.provinceCode;
    if (c.key === 'casesReported') return count(m.casesReported);
    if (c.key.startsWith('issue:')) return count(m.casesByIssueArea.find((x) => x.issueArea === c.key.slice(6))?.count);
    if (c.key.startsWith('outcome:')) return count(m.casesByOutcome.find((x) => x.outcome === c.key.slice(8))?.count);
    // A rate or median that is empty for a viewer without exact figures, over some cases, was withheld.
    if (c.withheld && r[c.key] === null && !exact && m.casesReported.value !== 0) return WITHHELD;
    return r[c.key] ?? null;
  });
}

function prepareMetricsExport(ctx: Context, viewer: Viewer, format: ExportFormat, query: Record<string, unknown>): PreparedExport {
  const { filter, lang } = parseQuery(query, PERIOD_FILTERS);
  const columns = metricsColumns();
  const title = t(lang, 'Metrik provinsi', 'Province metrics');
  return {
    filename: `province-metrics-${ctx.today}.${format}`,
    mediaType: MEDIA_TYPES[format],
    async write(out, onStart) {
      const generatedAt = new Date();
      const national = await nationalMetrics(ctx, filter);
      onStart();
      const writer = writerFor(format, out, columns, lang, title);
      for (const m of national.provinces) await writer.row(metricsRow(m, seesExactCaseFigures(viewer, m.provinceCode)));
      const rows = national.provinces.length;
      const shown = { ...filter, from: national.from, to: national.to, asOf: national.asOf };
      await auditFileEvent(ctx, 'export', 'province-metrics', { format, filters: filter, rows }, null);
      await writer.end(describe(viewer, lang, 'province-metrics', title, shown, rows, generatedAt, true));
      return rows;
    },
  };
}
