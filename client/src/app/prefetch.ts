import { queries } from 'virtual:prefetch-queries';
import { describePeriod, defaultPeriod, periodProblem } from '../lib/period';
import { postGraphql } from './graphql-fetch';
import type { PrefetchName } from './prefetch-documents';

/**
 * The first queries of the screen being opened, sent by main.tsx before React renders, while
 * the signed-in app and the screen's code are still downloading. Apollo Client's link
 * (apollo.ts) hands the answer to the screen's own `useQuery` instead of asking again, when
 * the operation, its text and its variables are the same. Anything else (an error, another
 * viewer, an answer older than a minute) is dropped and Apollo asks the server as usual.
 *
 * The text is the one Apollo Client sends (printed at build time, `virtual:prefetch-queries`)
 * and goes through the same `postGraphql` as the session check, so how operations are sent
 * is decided in one place.
 */

const MAX_AGE_MS = 60_000;

interface Prefetched {
  query: string;
  sentAt: number;
  answer: Promise<unknown | null>;
}

const pending = new Map<string, Prefetched>();

/** Variables as a stable key: sorted names, undefined left out (as JSON leaves it out on the wire). */
function key(operationName: string, variables: Record<string, unknown> | undefined): string {
  const entries = Object.entries(variables ?? {})
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${operationName} ${JSON.stringify(entries)}`;
}

function send(operationName: PrefetchName, variables: Record<string, unknown>) {
  const query = queries[operationName];
  if (!query) return;
  const answer = postGraphql<unknown>(operationName, query, variables).catch(() => null);
  pending.set(key(operationName, variables), { query, sentAt: Date.now(), answer });
}

/** The period of `?from=&to=` exactly as `usePeriod` reads it (invalid → the last 365 days). */
function periodOf(search: string) {
  const params = new URLSearchParams(search);
  const from = params.get('from');
  const to = params.get('to');
  if (from && to && periodProblem(from, to) === null) return describePeriod(from, to);
  const d = defaultPeriod();
  return describePeriod(d.from, d.to);
}

/** Sends the first queries of the screen at `pathname` + `search`, if it has any worth sending early. */
export function prefetchScreen(pathname: string, search: string) {
  const province = /^\/provinces\/([^/]+)\/?$/.exec(pathname);
  if (province) {
    let code: string;
    try {
      code = decodeURIComponent(province[1]);
    } catch {
      return;
    }
    const period = periodOf(search);
    // What the province dashboard shows first: its figures (with the previous period for the
    // comparison) and, on a phone, the overdue list above them.
    send('ProvinceDashboard', { code, from: period.from, to: period.to, asOf: period.asOf });
    send('ProvincePrevious', { code, ...period.previous });
    send('ProvinceOverdueActions', { code });
  }
}

/**
 * The answer (`data`) of an operation main.tsx sent with the same text and variables, at most
 * once; null when there is none, when it is stale, or (resolving to null) when it failed.
 */
export function takePrefetched(operationName: string | undefined, query: string, variables: Record<string, unknown> | undefined): Promise<unknown | null> | null {
  if (!operationName || pending.size === 0) return null;
  const k = key(operationName, variables);
  const hit = pending.get(k);
  if (!hit) return null;
  pending.delete(k);
  if (hit.query !== query || Date.now() - hit.sentAt > MAX_AGE_MS) return null;
  return hit.answer;
}

/** Forgets every early answer: the session changed, they belong to someone else. */
export function dropPrefetched() {
  pending.clear();
}
