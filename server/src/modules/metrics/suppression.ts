/**
 * Small-number suppression of case figures (metrics.md, "Small-number suppression").
 *
 * Case figures are computed exactly, then passed once through `suppressCaseFigures` for the
 * viewer: nothing else in the hub decides what a viewer may see of them. Exports reuse the
 * same functions so a figure is withheld identically wherever it appears.
 */
import type { Viewer } from '../../common/context';
import { CaseOutcome, IssueArea } from '../../common/enums';
import { coordinates, isAdmin } from '../auth/policy';

/** Counts below this (and above zero) are withheld; rates resting on fewer cases are null. */
export const MIN_SHOWN = 5;

export interface CaseCount {
  value: number | null;
  suppressed: boolean;
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

/**
 * Whether the viewer sees the exact case figures of a province: ADMIN everywhere, a
 * COORDINATOR in their own province. `provinceCode` null means national figures, which
 * only ADMIN sees exactly (a coordinator is not "of" the nation).
 */
export function seesExactCaseFigures(viewer: Viewer, provinceCode: string | null): boolean {
  return isAdmin(viewer) || coordinates(viewer, provinceCode);
}

const withheld = (n: number) => n > 0 && n < MIN_SHOWN;

/** A count as shown: 1 to 4 withheld unless `exact`; 0 and 5 or more always shown. */
export function suppressCount(n: number, exact: boolean): CaseCount {
  return !exact && withheld(n) ? { value: null, suppressed: true } : { value: n, suppressed: false };
}

/**
 * The cells of one breakdown as shown. Primary suppression withholds counts of 1 to 4. When
 * exactly one cell is withheld, its value could be recovered as the total minus the others, so
 * the smallest other non-zero cell is withheld too; among equal smallest cells the first in
 * the given order (enum declaration order) is chosen, so the result is deterministic.
 */
export function suppressBreakdown(counts: number[], exact: boolean): CaseCount[] {
  if (exact) return counts.map((n) => ({ value: n, suppressed: false }));
  const hidden = counts.map(withheld);
  if (hidden.filter(Boolean).length === 1) {
    let pick = -1;
    counts.forEach((n, i) => {
      if (!hidden[i] && n > 0 && (pick < 0 || n < counts[pick])) pick = i;
    });
    if (pick >= 0) hidden[pick] = true;
  }
  return counts.map((n, i) => (hidden[i] ? { value: null, suppressed: true } : { value: n, suppressed: false }));
}

/**
 * A rate as shown: null when there is nothing to measure, and, unless `exact`, when it rests
 * on fewer than MIN_SHOWN cases (or referrals).
 */
export function suppressRate(numerator: number, denominator: number, exact: boolean): number | null {
  if (denominator === 0) return null;
  if (!exact && denominator < MIN_SHOWN) return null;
  return numerator / denominator;
}

/** The one suppression step: exact case figures in, what the viewer may see out. */
export function suppressCaseFigures(f: ExactCaseFigures, exact: boolean): VisibleCaseFigures {
  const byIssue = suppressBreakdown(f.byIssueArea.map((c) => c.count), exact);
  const byOutcome = suppressBreakdown(f.byOutcome.map((c) => c.count), exact);
  return {
    casesReported: suppressCount(f.casesReported, exact),
    casesByIssueArea: f.byIssueArea.map((c, i) => ({ issueArea: c.issueArea, count: byIssue[i] })),
    casesByOutcome: f.byOutcome.map((c, i) => ({ outcome: c.outcome, count: byOutcome[i] })),
    medianDaysToFirstService:
      f.casesWithService === 0 || (!exact && f.casesWithService < MIN_SHOWN) ? null : f.medianDaysToFirstService,
    referralAcceptanceRate: suppressRate(f.referralsAccepted, f.referralsAssessable, exact),
    multiSectorCaseRate: suppressRate(f.multiSectorCases, f.casesReported, exact),
  };
}
