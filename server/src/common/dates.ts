const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Answers of isIsoDate: a response serialises the same few hundred dates over and over. */
const isoDates = new Map<string, boolean>();

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  let known = isoDates.get(value);
  if (known === undefined) {
    known = checkIsoDate(value);
    if (isoDates.size >= 20_000) isoDates.clear();
    isoDates.set(value, known);
  }
  return known;
}

function checkIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d && y >= 1900 && y <= 2999;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** The last answer per time zone, with the UTC second it holds for. */
const lastToday = new Map<string, { second: number; day: string }>();

/**
 * Today's calendar date (YYYY-MM-DD) in the given time zone. The answer is remembered for the
 * rest of its UTC second: time-zone offsets are whole minutes, so the day never changes within
 * a second, and formatting a date per request is not free.
 */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const second = Math.floor(now.getTime() / 1000);
  const last = lastToday.get(timeZone);
  if (last && last.second === second) return last.day;
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  const day = f.format(now);
  lastToday.set(timeZone, { second, day });
  return day;
}

/** The date `days` calendar days after `date` (negative for before). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const dt = new Date(Date.UTC(y, m - 1, d + days));
  return dt.toISOString().slice(0, 10);
}

/** Whole calendar days from a to b (b - a). */
export function daysBetween(a: string, b: string): number {
  const toUtc = (s: string) => {
    const [y, m, d] = s.split('-').map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

/** Adds whole months, clamping to the last day of the target month. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/** Normalises a timestamp from the database ("2026-11-22 11:40:09.123+00") or a Date to ISO-8601. */
export function toIsoDateTime(value: string | Date): string {
  if (value instanceof Date) return value.toISOString();
  const normalised = value.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00');
  const dt = new Date(normalised);
  if (Number.isNaN(dt.getTime())) throw new Error(`Not a timestamp: ${value}`);
  return dt.toISOString();
}
