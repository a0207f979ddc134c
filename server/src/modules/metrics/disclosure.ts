/**
 * Disclosure control of case figures (docs/metrics.md, "Disclosure control of case figures"):
 * the exact figures read once per period from the whole country's data, passed through the rules
 * of `suppression.ts` for one viewer. provinceMetrics, nationalMetrics and metricsTrend use the
 * functions below, and exports and reports must use `visibleCaseFigures` (or `trendCaseCounts`),
 * so a figure is the same wherever it appears.
 *
 * What must be the same for every query is decided from data that does not depend on the query:
 * the case period depends only on from/to/asOf and today, and which provinces are withheld across
 * provinces only on the 38 provinces' counts of that case period (or trend month). Those counts
 * come from one statement per request and period (`nationalCaseCounts`, memoised per request).
 */
import type { Context, Viewer } from '../../common/context';
import type { Reader } from './batch';
import { isAdmin } from '../auth/policy';
import { referenceData } from '../province/reference.service';
import { caseFigures, ISSUE_AREAS, monthlyCaseCounts, OUTCOMES, periodCaseCounts, type CaseRow, type Period } from './metrics.sql';
import {
  casePeriod,
  exactCaseFigures,
  exactCount,
  lastOfMonth,
  protectedCaseFigures,
  protectedCount,
  seesExactCaseFigures,
  trendMonthShown,
  withheldCaseFigures,
  withheldProvinces,
  WITHHELD,
  type CaseCount,
  type CasePeriod,
  type ExactCaseFigures,
  type VisibleCaseFigures,
} from './suppression';

/** Case figures as the viewer sees them, with the period they cover. */
export interface ShownCaseFigures extends VisibleCaseFigures {
  /** First day the figures cover: `from` for exact viewers, the case period's first day for protected ones; null when every figure is withheld. */
  caseFrom: string | null;
  /** Last day the figures cover (see caseFrom). */
  caseTo: string | null;
}

const allCodes = () => referenceData().provinces.map((p) => p.code);

export function toExactCaseFigures(row: CaseRow): ExactCaseFigures {
  return {
    casesReported: row.casesReported,
    byIssueArea: ISSUE_AREAS.map((issueArea, i) => ({ issueArea, count: row.byIssueArea[i] })),
    byOutcome: OUTCOMES.map((outcome, i) => ({ outcome, count: row.byOutcome[i] })),
    casesWithService: row.casesWithService,
    medianDaysToFirstService: row.medianDaysToFirstService,
    referralsAssessable: row.referrals - row.referralsPendingRecent,
    referralsAccepted: row.referralsAccepted,
    multiSectorCases: row.multiSectorCases,
  };
}

// ---------------------------------------------------------------------------- per-request memo

/** Per request (keyed by its Loaders, shared by Apollo's per-resolver copies of the context). */
const memos = new WeakMap<object, Map<string, Promise<Map<string, number>>>>();

function memoOf(ctx: Context) {
  let memo = memos.get(ctx.loaders);
  if (!memo) {
    memo = new Map();
    memos.set(ctx.loaders, memo);
  }
  return memo;
}
const keyOf = (p: CasePeriod) => `${p.from}..${p.to}`;

function remember(ctx: Context, p: CasePeriod, counts: Map<string, number> | Promise<Map<string, number>>) {
  const memo = memoOf(ctx);
  if (!memo.has(keyOf(p))) {
    const promise = Promise.resolve(counts);
    memo.set(keyOf(p), promise);
    promise.catch(() => memo.delete(keyOf(p)));
  }
}

/**
 * casesReported of each of the 38 provinces over a case period (whole months), from one
 * statement, run once per request and period whatever the fields that need it.
 */
export function nationalCaseCounts(ctx: Context, sql: Reader, p: CasePeriod): Promise<Map<string, number>> {
  const memo = memoOf(ctx);
  let counts = memo.get(keyOf(p));
  if (!counts) {
    counts = periodCaseCounts(sql, allCodes(), p.from, p.to).then((rows) => new Map(rows.map((r) => [r.provinceCode, r.cases])));
    memo.set(keyOf(p), counts);
    counts.catch(() => memo.delete(keyOf(p)));
  }
  return counts;
}

// ---------------------------------------------------------------------------- provinces and nation

/**
 * The case figures of `codes` as the viewer sees them, for the period [from, to] as of asOf, in
 * the caller's snapshot: exact over [from, to] for the provinces the viewer sees exactly; over
 * the case period, with primary and secondary suppression (across the provinces too), rounding
 * and rates withheld or rounded, for the others.
 */
export async function provincesCaseFigures(
  ctx: Context,
  sql: Reader,
  viewer: Viewer,
  codes: string[],
  period: Period,
): Promise<Map<string, ShownCaseFigures>> {
  // Every statement is asked for before the first await, so a Batch sends them together.
  const exact = codes.filter((c) => seesExactCaseFigures(viewer, c));
  const shielded = codes.filter((c) => !seesExactCaseFigures(viewer, c));
  const exactRows = exact.length > 0 ? caseFigures(sql, exact, period) : Promise.resolve([]);
  const cp = shielded.length > 0 ? casePeriod(period, ctx.today) : null;
  let shieldedRows: Promise<CaseRow[]> = Promise.resolve([]);
  let counts: Promise<Map<string, number>> | null = null;
  if (cp) {
    shieldedRows = caseFigures(sql, shielded, { ...cp, asOf: period.asOf });
    // All 38 provinces asked for: their rows are the whole country's counts of the case period.
    if (shielded.length === allCodes().length) {
      remember(ctx, cp, shieldedRows.then((rows) => new Map(rows.map((r) => [r.provinceCode, r.casesReported]))));
    }
    counts = nationalCaseCounts(ctx, sql, cp);
  }
  // Awaited together, so a failed statement is never left unhandled in one of them.
  const [exactFound, shieldedFound, countsFound] = await Promise.all([exactRows, shieldedRows, counts]);
  const out = new Map<string, ShownCaseFigures>();
  for (const row of exactFound) {
    out.set(row.provinceCode, { caseFrom: period.from, caseTo: period.to, ...exactCaseFigures(toExactCaseFigures(row)) });
  }
  if (shielded.length > 0 && !cp) {
    for (const code of shielded) out.set(code, { caseFrom: null, caseTo: null, ...withheldCaseFigures() });
  } else if (cp && countsFound) {
    const withheld = withheldProvinces(countsFound);
    for (const row of shieldedFound) {
      const shown = protectedCaseFigures(toExactCaseFigures(row), withheld.has(row.provinceCode));
      out.set(row.provinceCode, { caseFrom: cp.from, caseTo: cp.to, ...shown });
    }
  }
  return out;
}

/**
 * The national casesReported as the viewer sees it: exact over [from, to] to ADMIN only
 * (`exactTotal`, the sum of the 38 provinces' exact counts, when the caller has it), else the
 * total of the case period with primary suppression and rounding, like any count.
 */
export async function nationalCasesReported(
  ctx: Context,
  sql: Reader,
  viewer: Viewer,
  period: Period,
  exactTotal?: Promise<number>,
): Promise<{ caseFrom: string | null; caseTo: string | null; casesReported: CaseCount }> {
  if (isAdmin(viewer)) {
    const total = await (exactTotal ?? caseFigures(sql, allCodes(), period).then((rows) => rows.reduce((a, r) => a + r.casesReported, 0)));
    return { caseFrom: period.from, caseTo: period.to, casesReported: exactCount(total) };
  }
  const cp = casePeriod(period, ctx.today);
  if (!cp) return { caseFrom: null, caseTo: null, casesReported: { ...WITHHELD } };
  const counts = await nationalCaseCounts(ctx, sql, cp);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  return { caseFrom: cp.from, caseTo: cp.to, casesReported: protectedCount(total, false) };
}

// ---------------------------------------------------------------------------- trend

/**
 * The trend's casesReported as the viewer sees them, one per row (`months`: the trend's months, in
 * order; `rows`: the same months with their exact counts, still to come; `to` the trend's end). Exact viewers see the rows' counts. A
 * protected viewer sees a month's count only when the month is whole within the trend (not the
 * month under way, evaluated on `to`) and ended before today; then with primary and secondary
 * suppression across the 38 provinces of that month and rounding (the national total: primary
 * suppression and rounding). Every other month is withheld.
 */
export async function trendCaseCounts(
  ctx: Context,
  sql: Reader,
  viewer: Viewer,
  provinceCode: string | null,
  to: string,
  months: string[],
  rows: Promise<{ month: string; casesReported: number }[]>,
): Promise<CaseCount[]> {
  if (seesExactCaseFigures(viewer, provinceCode)) return (await rows).map((r) => exactCount(r.casesReported));
  // The months shown depend on the months alone: their counts are asked for before the first await.
  const shown = months.filter((m) => trendMonthShown(m, to, ctx.today));
  const found = shown.length > 0 ? monthlyCaseCounts(sql, allCodes(), shown[0], shown[shown.length - 1]) : Promise.resolve([]);
  const [trendRows, counts] = await Promise.all([rows, found]);
  const byMonth = new Map<string, Map<string, number>>(shown.map((m) => [m, new Map(allCodes().map((c) => [c, 0]))]));
  for (const r of counts) byMonth.get(r.month)?.set(r.provinceCode, r.cases);
  for (const [month, full] of byMonth) remember(ctx, { from: month, to: lastOfMonth(month) }, full);
  return trendRows.map((r) => {
    const counts = byMonth.get(r.month);
    if (!counts) return { ...WITHHELD };
    if (provinceCode === null) return protectedCount([...counts.values()].reduce((a, b) => a + b, 0), false);
    return protectedCount(counts.get(provinceCode) ?? 0, withheldProvinces(counts).has(provinceCode));
  });
}

// ---------------------------------------------------------------------------- for exports and reports

/**
 * The case figures of one province (`provinceCode`) or of the nation (null) for the period
 * [from, to] as of asOf, as `viewer` may see them: the one entry point for exports, reports and
 * anything else that shows case figures outside provinceMetrics, nationalMetrics and
 * metricsTrend (which use the same functions, so the figures are identical).
 *
 * - Exact (ADMIN; a province's COORDINATOR for that province; the nation for ADMIN only): the
 *   figures of [from, to], `caseFrom`/`caseTo` = from/to, every `rounded` false.
 * - Everyone else (a protected viewer): the figures of the case period, the whole calendar months
 *   within [from, to] that ended before asOf and before today (`caseFrom`/`caseTo`; both null and
 *   every figure withheld when there is none), counts 1–4 withheld, secondary suppression in the
 *   breakdowns and across the 38 provinces' casesReported of that case period, every other
 *   non-zero count rounded to a multiple of 5 (`rounded` true), rates withheld on small numbers
 *   or rounded to 0.05, the median withheld on fewer than 5 cases.
 * - For the nation: casesReported is the national total (withheld when 1–4, else rounded); the
 *   breakdowns and rates are those of the summed provinces under the same rules; the median is
 *   null (the hub computes medians per province only).
 *
 * Runs on `ctx.sql` (`ctx` a request context: the per-request memo of the 38 provinces' counts is
 * keyed on `ctx.loaders`, so several calls of one request read them once). The caller checks beforehand that the viewer may read the province's metrics
 * and that the period is valid (see metrics.service resolvePeriod).
 */
export async function visibleCaseFigures(ctx: Context, viewer: Viewer, provinceCode: string | null, period: Period): Promise<ShownCaseFigures> {
  const sql = ctx.sql;
  if (provinceCode !== null) {
    const figures = await provincesCaseFigures(ctx, sql, viewer, [provinceCode], period);
    return figures.get(provinceCode)!;
  }
  const exact = isAdmin(viewer);
  const cp = exact ? { from: period.from, to: period.to } : casePeriod(period, ctx.today);
  if (!cp) return { caseFrom: null, caseTo: null, ...withheldCaseFigures() };
  const found = await caseFigures(sql, allCodes(), { ...cp, asOf: period.asOf });
  if (!exact) remember(ctx, cp, new Map(found.map((r) => [r.provinceCode, r.casesReported])));
  const rows = found.map(toExactCaseFigures);
  const sum = (f: (x: ExactCaseFigures) => number) => rows.reduce((a, r) => a + f(r), 0);
  const nation: ExactCaseFigures = {
    casesReported: sum((r) => r.casesReported),
    byIssueArea: ISSUE_AREAS.map((issueArea, i) => ({ issueArea, count: sum((r) => r.byIssueArea[i].count) })),
    byOutcome: OUTCOMES.map((outcome, i) => ({ outcome, count: sum((r) => r.byOutcome[i].count) })),
    casesWithService: sum((r) => r.casesWithService),
    medianDaysToFirstService: null,
    referralsAssessable: sum((r) => r.referralsAssessable),
    referralsAccepted: sum((r) => r.referralsAccepted),
    multiSectorCases: sum((r) => r.multiSectorCases),
  };
  return { caseFrom: cp.from, caseTo: cp.to, ...(exact ? exactCaseFigures(nation) : protectedCaseFigures(nation, false)) };
}
