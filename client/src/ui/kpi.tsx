import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n';

/**
 * One figure of the period with its change against the previous period. `better` says
 * which direction is good, so the change is described in words, not only by colour.
 */
export function KpiCard({
  label,
  value,
  current,
  previous,
  better = 'up',
  format,
  hint,
  unit,
  to,
}: {
  label: string;
  value: ReactNode;
  current: number | null | undefined;
  previous: number | null | undefined;
  better?: 'up' | 'down' | 'none';
  format?: (delta: number) => string;
  hint?: string;
  unit?: string;
  /** The list behind the figure (e.g. the overdue items, filtered); the label links to it. */
  to?: string;
}) {
  const { t, signed } = useI18n();
  let change: ReactNode = <span className="kpi-change muted">{t('kpi.noComparison')}</span>;
  if (current !== null && current !== undefined && previous !== null && previous !== undefined) {
    const delta = current - previous;
    const text = format ? format(delta) : signed(delta);
    const tone = delta === 0 || better === 'none' ? 'same' : (delta > 0) === (better === 'up') ? 'better' : 'worse';
    const arrow = delta > 0 ? '▲' : delta < 0 ? '▼' : '=';
    const word = tone === 'same' ? t('kpi.same') : tone === 'better' ? t('kpi.better') : t('kpi.worse');
    change = (
      <span className={`kpi-change kpi-${tone}`}>
        <span aria-hidden="true">{arrow} </span>
        {delta === 0 ? t('kpi.unchanged') : t('kpi.changeVsPrevious', { change: text })}
        {delta !== 0 && better !== 'none' && <span className="kpi-judgement"> ({word})</span>}
      </span>
    );
  }
  return (
    <div className="kpi" role="group" aria-label={label}>
      <div className="kpi-label">
        {to ? (
          <Link className="kpi-link" to={to}>
            {label}
          </Link>
        ) : (
          label
        )}
      </div>
      <div className="kpi-value">
        {value}
        {unit && <span className="kpi-unit"> {unit}</span>}
      </div>
      {change}
      {hint && <div className="kpi-hint muted small">{hint}</div>}
    </div>
  );
}
