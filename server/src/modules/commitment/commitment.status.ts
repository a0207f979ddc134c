import { addDays } from '../../common/dates';
import { type CommitmentStatus, OPEN_COMMITMENT_STATUSES } from '../../common/enums';
import { column, statusInSql } from '../../common/status-sql';

/**
 * The commitment rules (metrics.md, "Commitments"; followup.md), each as a TypeScript predicate
 * and its SQL twin side by side. In SQL, `alias` is the commitment alias and `asOf` a
 * placeholder or date literal.
 */

/** Open: PLANNED or IN_PROGRESS. */
export function commitmentIsOpen(c: { status: CommitmentStatus }): boolean {
  return OPEN_COMMITMENT_STATUSES.includes(c.status);
}

export function commitmentOpenSql(alias: string): string {
  return statusInSql(alias, OPEN_COMMITMENT_STATUSES);
}

/** The fields the overdue rule reads: what a record needs for commitmentIsOverdue. */
export const COMMITMENT_OVERDUE_READS = ['status', 'dueOn'] as const;

/** Overdue as of a day: open with a dueOn before it. */
export function commitmentIsOverdue(
  c: Pick<{ status: CommitmentStatus; dueOn: string | null }, (typeof COMMITMENT_OVERDUE_READS)[number]>,
  asOf: string,
): boolean {
  return commitmentIsOpen(c) && !!c.dueOn && c.dueOn < asOf;
}

/** Never null (false without a due date), so that `not (...)` keeps the commitments without one. */
export function commitmentOverdueSql(alias: string, asOf: string): string {
  const dueOn = column(alias, 'due_on');
  return `(${commitmentOpenSql(alias)} and ${dueOn} is not null and ${dueOn} < ${asOf}::date)`;
}

/** How many days ahead "due soon" looks (followup.md, COMMITMENT_DUE_SOON). */
export const COMMITMENT_DUE_SOON_DAYS = 14;

/** Due soon as of a day: open with a dueOn from that day to COMMITMENT_DUE_SOON_DAYS after it. */
export function commitmentIsDueSoon(c: { status: CommitmentStatus; dueOn: string | null }, asOf: string): boolean {
  return commitmentIsOpen(c) && !!c.dueOn && c.dueOn >= asOf && c.dueOn <= addDays(asOf, COMMITMENT_DUE_SOON_DAYS);
}

export function commitmentDueSoonSql(alias: string, asOf: string): string {
  return `(${commitmentOpenSql(alias)} and ${column(alias, 'due_on')} between ${asOf}::date and ${asOf}::date + ${COMMITMENT_DUE_SOON_DAYS})`;
}
