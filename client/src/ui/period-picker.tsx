import { useEffect, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n';
import { addDays, addMonths, startOfMonth, today } from '../lib/dates';
import { periodProblem, type Period } from '../lib/period';
import { DateInput } from './date-input';

/** From/to dates for every figure on a dashboard, with a few common presets. */
export function PeriodPicker({ period, onChange }: { period: Period; onChange: (from: string, to: string) => void }) {
  const { t, date } = useI18n();
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const [problem, setProblem] = useState<ReturnType<typeof periodProblem>>(null);
  useEffect(() => {
    setFrom(period.from);
    setTo(period.to);
  }, [period.from, period.to]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const p = periodProblem(from, to);
    setProblem(p);
    if (!p) onChange(from, to);
  };
  const now = today();
  const presets: [string, string, string][] = [
    [t('period.last90'), addDays(now, -89), now],
    [t('period.last12m'), addDays(now, -364), now],
    [t('period.thisYear'), `${now.slice(0, 4)}-01-01`, now],
    [t('period.lastYear'), `${Number(now.slice(0, 4)) - 1}-01-01`, `${Number(now.slice(0, 4)) - 1}-12-31`],
    [t('period.last24m'), addMonths(startOfMonth(now), -23), now],
  ];
  return (
    <form className="period-picker" onSubmit={submit} noValidate aria-label={t('period.label')}>
      <fieldset>
        <legend>{t('period.label')}</legend>
        <div className="period-row">
          <label>
            {t('period.from')}
            <DateInput value={from} max={to || now} onValue={(v) => setFrom(v)} aria-invalid={problem ? true : undefined} />
          </label>
          <label>
            {t('period.to')}
            <DateInput value={to} max={now} onValue={(v) => setTo(v)} aria-invalid={problem ? true : undefined} />
          </label>
          <button type="submit" className="btn btn-primary btn-small">
            {t('period.apply')}
          </button>
          <label className="period-preset">
            <span className="visually-hidden">{t('period.preset')}</span>
            <select
              value=""
              onChange={(e) => {
                const p = presets[Number(e.target.value)];
                if (p) {
                  setProblem(null);
                  onChange(p[1], p[2]);
                }
              }}
            >
              <option value="">{t('period.preset')}</option>
              {presets.map(([label], i) => (
                <option key={label} value={i}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        </div>
        {problem && (
          <div className="field-error" role="alert">
            {t(problem)}
          </div>
        )}
        <p className="muted small">
          {t('period.showing', { from: date(period.from), to: date(period.to) })} · {t('period.previous', { from: date(period.previous.from), to: date(period.previous.to) })}
        </p>
      </fieldset>
    </form>
  );
}
