import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { addDays, addMonths, daysBetween, isIsoDate, minDate, startOfMonth, today } from './dates';

export interface Period {
  from: string;
  to: string;
  /** The day states (active, overdue) are evaluated: the period's end. */
  asOf: string;
  /** The period of the same length just before this one. */
  previous: { from: string; to: string; asOf: string };
  /** True when from/to came from the address rather than the defaults. */
  custom: boolean;
}

/** The API refuses longer ranges. */
export const MAX_PERIOD_DAYS = 5 * 365;

export function defaultPeriod(): { from: string; to: string } {
  const to = today();
  return { from: addDays(to, -364), to };
}

export function describePeriod(from: string, to: string): Period {
  const length = daysBetween(from, to);
  const prevTo = addDays(from, -1);
  const prevFrom = addDays(prevTo, -length);
  return { from, to, asOf: to, previous: { from: prevFrom, to: prevTo, asOf: prevTo }, custom: true };
}

/** Checks a period the way the API does; returns a catalogue key of the problem, or null. */
export function periodProblem(from: string, to: string): 'period.errorOrder' | 'period.errorLength' | 'period.errorFuture' | 'period.errorDate' | null {
  if (!isIsoDate(from) || !isIsoDate(to)) return 'period.errorDate';
  if (from > to) return 'period.errorOrder';
  if (to > today()) return 'period.errorFuture';
  if (daysBetween(from, to) > MAX_PERIOD_DAYS) return 'period.errorLength';
  return null;
}

/**
 * The reporting period, kept in the address (?from=&to=) so a view can be shared and the
 * browser's back button restores it. Invalid values fall back to the last 365 days.
 */
export function usePeriod(): [Period, (from: string, to: string) => void] {
  const [params, setParams] = useSearchParams();
  const qFrom = params.get('from');
  const qTo = params.get('to');
  const period = useMemo(() => {
    if (qFrom && qTo && periodProblem(qFrom, qTo) === null) return describePeriod(qFrom, qTo);
    const d = defaultPeriod();
    return { ...describePeriod(d.from, d.to), custom: false };
  }, [qFrom, qTo]);
  const setPeriod = useCallback(
    (from: string, to: string) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          next.set('from', from);
          next.set('to', to);
          return next;
        },
        { replace: false },
      ),
    [setParams],
  );
  return [period, setPeriod];
}

/** The months a trend chart covers: at least 24 ending with the period's last month. */
export function trendRange(period: { from: string; to: string }, months = 24): { from: string; to: string } {
  const start = addMonths(startOfMonth(period.to), -(months - 1));
  return { from: minDate(start, period.from), to: period.to };
}

/** Carries the period's query string over to links between dashboards. */
export function periodSearch(period: Period): string {
  return period.custom ? `?from=${period.from}&to=${period.to}` : '';
}
