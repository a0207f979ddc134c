/**
 * Disclosure control of case figures: the rules (docs/metrics.md, "Disclosure control of case
 * figures"), as small pure functions. Nothing else in the hub decides what a viewer may see of a
 * case figure: `disclosure.ts` reads the exact figures (for the whole country, once per period and
 * request) and passes them through these functions; provinceMetrics, nationalMetrics,
 * metricsTrend, exports and reports all go through `disclosure.ts`.
 *
 * The steps for a protected viewer, in order:
 *  1. whole ended months only (`casePeriod`); no month left: everything withheld;
 *  2. primary suppression: a count from 1 to 4 is withheld;
 *  3. secondary suppression: in a breakdown (issue areas, outcomes, and the 38 provinces of one
 *     case period or trend month), when exactly one cell is withheld, the smallest other non-zero
 *     cell is withheld too (ties: the first in order, i.e. enum order or the lowest province code);
 *  4. rounding: every count still shown and not 0 to the nearest multiple of 5, halves up;
 *  5. rates withheld on small numbers, else rounded to 0.05; the median withheld on < 5 cases.
 */
import type { Viewer } from '../../common/context';
import { addDays, addMonths } from '../../common/dates';
import { CaseOutcome, IssueArea } from '../../common/enums';
import { canCase } from '../case/case.policy';

/** Counts from 1 to MIN_SHOWN - 1 are withheld; rates and medians resting on fewer are withheld. */
export const MIN_SHOWN = 5;
/** Shown counts are rounded to a multiple of this. */
export const ROUND_TO = 5;
/** Shown rates are rounded to a multiple of 1 / RATE_STEPS (0.05). */
export const RATE_STEPS = 20;

export interface CaseCount {
  value: number | null;
  suppressed: boolean;
  rounded: boolean;
}

/** Case figures of one province (or of the nation) exactly as computed. */
export interface ExactCaseFigures {
  casesReported: number;
  /** One entry per IssueArea, in enum declaration order. */
  byIssueArea: { issueArea: IssueArea; count: number }[];
  /** One entry per CaseOutcome, in enum declaration order. */
  byOutcome: { outcome: CaseOutcome; count: number }[];
  /** Cases with at least one service: the cases the median rests on. */
  casesWithService: number;
  medianDaysToFirstService: number | null;
  /** The acceptance rate's denominator: referrals except PENDING ones younger than 14 days. */
  referralsAssessable: number;
  referralsAccepted: number;
  multiSectorCases: number;
}

/** Case figures as one viewer may see them. */
export interface VisibleCaseFigures {
  casesReported: CaseCount;
  casesByIssueArea: { issueArea: IssueArea; count: CaseCount }[];
  casesByOutcome: { outcome: CaseOutcome; count: CaseCount }[];
  medianDaysToFirstService: number | null;
  referralAcceptanceRate: number | null;
  multiSectorCaseRate: number | null;
}

/** An inclusive range of days. */
export interface CasePeriod {
  from: string;
  to: string;
}

/** Whether the viewer sees the exact case figures of a province (null: national), the case policy's `readExactFigures`. */
export function seesExactCaseFigures(viewer: Viewer, provinceCode: string | null): boolean {
  return canCase(viewer, 'readExactFigures', { provinceCode });
}

const firstOfMonth = (date: string) => `${date.slice(0, 7)}-01`;
/** The last day of the month of `date`. */
export const lastOfMonth = (date: string) => addDays(addMonths(firstOfMonth(date), 1), -1);

/**
 * Step 1: the case period of a protected viewer, the whole calendar months within [from, to]
 * whose last day is before `asOf`; null when there is none. `today` caps `asOf`: an `asOf` in
 * the future must not bring the month under way in (it would change day by day as cases are
 * recorded), so a month counts only once it has ended both before `asOf` and before today.
 */
export function casePeriod(period: { from: string; to: string; asOf: string }, today: string): CasePeriod | null {
  const first = period.from.endsWith('-01') ? period.from : addMonths(firstOfMonth(period.from), 1);
  const before = addDays(period.asOf < today ? period.asOf : today, -1);
  const limit = period.to < before ? period.to : before;
  const last = lastOfMonth(limit) === limit ? limit : addDays(firstOfMonth(limit), -1);
  return first <= last ? { from: first, to: last } : null;
}

/**
 * Whether a trend month (first day `month`, evaluated up to `to`) is a whole month that ended
 * before `today`: the only months whose casesReported a protected viewer sees in the trend.
 */
export function trendMonthShown(month: string, to: string, today: string): boolean {
  const end = lastOfMonth(month);
  return end <= to && end < today;
}

/** Step 2: a count withheld by primary suppression. */
export const isSmall = (n: number) => n > 0 && n < MIN_SHOWN;

/** Step 4: to the nearest multiple of 5, halves up (5–7 → 5, 8–12 → 10). */
export const roundCount = (n: number) => Math.floor((n + Math.floor(ROUND_TO / 2)) / ROUND_TO) * ROUND_TO;

/** A count as shown exactly (ADMIN, the province's coordinator). */
export const exactCount = (n: number): CaseCount => ({ value: n, suppressed: false, rounded: false });

/** A count withheld. */
export const WITHHELD: CaseCount = Object.freeze({ value: null, suppressed: true, rounded: false }) as CaseCount;

/**
 * A count as a protected viewer sees it, `withheld` saying whether steps 2 and 3 withheld it:
 * withheld, 0, or rounded (step 4).
 */
export function protectedCount(n: number, withheld: boolean): CaseCount {
  if (withheld || isSmall(n)) return { ...WITHHELD };
  return n === 0 ? exactCount(0) : { value: roundCount(n), suppressed: false, rounded: true };
}

/**
 * Steps 2 and 3 over one breakdown: which cells are withheld. Primary suppression withholds
 * counts of 1 to 4; when exactly one cell is withheld, the smallest other non-zero cell is
 * withheld too, the first in the given order among equal ones.
 */
export function withheldCells(counts: readonly number[]): boolean[] {
  const hidden = counts.map(isSmall);
  if (hidden.filter(Boolean).length === 1) {
    let pick = -1;
    counts.forEach((n, i) => {
      if (!hidden[i] && n > 0 && (pick < 0 || n < counts[pick])) pick = i;
    });
    if (pick >= 0) hidden[pick] = true;
  }
  return hidden;
}

/** A breakdown as a protected viewer sees it (steps 2 to 4). */
export function protectedBreakdown(counts: readonly number[]): CaseCount[] {
  const hidden = withheldCells(counts);
  return counts.map((n, i) => protectedCount(n, hidden[i]));
}

/**
 * Steps 2 and 3 across provinces: the codes of the provinces whose casesReported is withheld
 * for one case period (or trend month), given every province's count. Ties are broken by the
 * lowest province code.
 */
export function withheldProvinces(counts: ReadonlyMap<string, number>): Set<string> {
  const codes = [...counts.keys()].sort();
  const hidden = withheldCells(codes.map((c) => counts.get(c) ?? 0));
  return new Set(codes.filter((_, i) => hidden[i]));
}

/** A rate as shown exactly: null when there is nothing to measure. */
export const exactRate = (numerator: number, denominator: number) => (denominator === 0 ? null : numerator / denominator);

/**
 * Step 5: a rate as a protected viewer sees it: withheld (null) when the denominator is below 5,
 * or the numerator or the denominator minus the numerator is from 1 to 4; otherwise rounded to
 * the nearest 0.05, halves up (in integers, so no floating-point edge decides).
 */
export function protectedRate(numerator: number, denominator: number): number | null {
  if (denominator < MIN_SHOWN || isSmall(numerator) || isSmall(denominator - numerator)) return null;
  return Math.floor((2 * RATE_STEPS * numerator + denominator) / (2 * denominator)) / RATE_STEPS;
}

/** Figures shown exactly. */
export function exactCaseFigures(f: ExactCaseFigures): VisibleCaseFigures {
  return {
    casesReported: exactCount(f.casesReported),
    casesByIssueArea: f.byIssueArea.map((c) => ({ issueArea: c.issueArea, count: exactCount(c.count) })),
    casesByOutcome: f.byOutcome.map((c) => ({ outcome: c.outcome, count: exactCount(c.count) })),
    medianDaysToFirstService: f.casesWithService === 0 ? null : f.medianDaysToFirstService,
    referralAcceptanceRate: exactRate(f.referralsAccepted, f.referralsAssessable),
    multiSectorCaseRate: exactRate(f.multiSectorCases, f.casesReported),
  };
}

/**
 * Figures of a case period as a protected viewer sees them (steps 2 to 5). `withheldAcross`:
 * the province's casesReported is withheld by secondary suppression across provinces.
 */
export function protectedCaseFigures(f: ExactCaseFigures, withheldAcross: boolean): VisibleCaseFigures {
  const byIssue = protectedBreakdown(f.byIssueArea.map((c) => c.count));
  const byOutcome = protectedBreakdown(f.byOutcome.map((c) => c.count));
  return {
    casesReported: protectedCount(f.casesReported, withheldAcross),
    casesByIssueArea: f.byIssueArea.map((c, i) => ({ issueArea: c.issueArea, count: byIssue[i] })),
    casesByOutcome: f.byOutcome.map((c, i) => ({ outcome: c.outcome, count: byOutcome[i] })),
    medianDaysToFirstService: f.casesWithService < MIN_SHOWN ? null : f.medianDaysToFirstService,
    referralAcceptanceRate: protectedRate(f.referralsAccepted, f.referralsAssessable),
    multiSectorCaseRate: protectedRate(f.multiSectorCases, f.casesReported),
  };
}

/** Every case figure withheld (step 1: no whole ended month in the period). */
export function withheldCaseFigures(): VisibleCaseFigures {
  return {
    casesReported: { ...WITHHELD },
    casesByIssueArea: Object.values(IssueArea).map((issueArea) => ({ issueArea, count: { ...WITHHELD } })),
    casesByOutcome: Object.values(CaseOutcome).map((outcome) => ({ outcome, count: { ...WITHHELD } })),
    medianDaysToFirstService: null,
    referralAcceptanceRate: null,
    multiSectorCaseRate: null,
  };
}
