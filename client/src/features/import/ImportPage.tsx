import { useState } from 'react';
import { useViewer } from '../../session/session';
import { useI18n } from '../../i18n/i18n';
import { PageHeader, Section } from '../../ui/page';

interface Problem {
  row: number;
  column: string;
  code: string;
  message: string;
}

type Outcome =
  | { kind: 'counts'; dryRun: boolean; rows: number; created: number; changed: number }
  | { kind: 'problems'; message: string; problems: Problem[] }
  | { kind: 'error'; message: string };

/**
 * Import of agencies or action items from a spreadsheet (api/exports.md, "Imports"): download
 * the template, upload, read the dry run's problems or counts, then commit. The server checks
 * every row as the mutations do; this page only offers the datasets the API says the viewer may import.
 */
export default function ImportPage() {
  const { t, lang } = useI18n();
  const { permissions } = useViewer();
  const datasets = permissions.importDatasets;
  const [dataset, setDataset] = useState(datasets[0] ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  if (!datasets.length) {
    return (
      <>
        <PageHeader title={t('import.title')} />
        <p className="muted">{t('import.notAllowed')}</p>
      </>
    );
  }

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    try {
      const body = new FormData();
      body.append('file', file, file.name);
      const res = await fetch(`/import/${dataset}?dryRun=${dryRun}&lang=${lang}`, {
        method: 'POST',
        body,
        credentials: 'same-origin',
        headers: { 'Apollo-Require-Preflight': 'true' },
      });
      const json = await res.json();
      if (res.ok) setOutcome({ kind: 'counts', ...json });
      else if (json.error?.errors) setOutcome({ kind: 'problems', message: json.error.message, problems: json.error.errors });
      else setOutcome({ kind: 'error', message: json.error?.message ?? res.statusText });
    } catch (err) {
      setOutcome({ kind: 'error', message: (err as Error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader title={t('import.title')} subtitle={t('import.subtitle')} />
      <Section title={t('import.step1')}>
        <label className="filter">
          {t('import.dataset')}
          <select
            value={dataset}
            onChange={(ev) => {
              setDataset(ev.target.value);
              setOutcome(null);
            }}
          >
            {datasets.map((d) => (
              <option key={d} value={d}>
                {t(d === 'agencies' ? 'nav.agencies' : 'nav.actions')}
              </option>
            ))}
          </select>
        </label>{' '}
        <a className="btn btn-small" href={`/import/${dataset}/template.csv`} download>
          {t('import.templateCsv')}
        </a>{' '}
        <a className="btn btn-small" href={`/import/${dataset}/template.xlsx`} download>
          {t('import.templateXlsx')}
        </a>
        <p className="muted">{t('import.help')}</p>
      </Section>
      <Section title={t('import.step2')}>
        <label className="filter">
          {t('import.file')}
          <input
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(ev) => {
              setFile(ev.target.files?.[0] ?? null);
              setOutcome(null);
            }}
          />
        </label>{' '}
        <button type="button" className="btn" disabled={!file || busy} onClick={() => void send(true)}>
          {t('import.check')}
        </button>
      </Section>
      {outcome && (
        <Section title={t('import.result')}>
          <div role="status" aria-live="polite">
            {outcome.kind === 'counts' && (
              <>
                <p>
                  {t(outcome.dryRun ? 'import.dryRunCounts' : 'import.doneCounts', {
                    rows: outcome.rows,
                    created: outcome.created,
                    changed: outcome.changed,
                  })}
                </p>
                {outcome.dryRun && (
                  <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void send(false)}>
                    {t('import.commit')}
                  </button>
                )}
              </>
            )}
            {outcome.kind === 'problems' && (
              <>
                <p>{outcome.message}</p>
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">{t('import.row')}</th>
                      <th scope="col">{t('import.column')}</th>
                      <th scope="col">{t('import.code')}</th>
                      <th scope="col">{t('import.message')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {outcome.problems.map((p, i) => (
                      <tr key={i}>
                        <td>{p.row}</td>
                        <td>{p.column}</td>
                        <td>{p.code}</td>
                        <td>{p.message}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            )}
            {outcome.kind === 'error' && <p className="error">{outcome.message}</p>}
          </div>
        </Section>
      )}
    </>
  );
}
