import { addDays, daysBetween } from '../../common/dates';
import { type ActionStatus, OPEN_ACTION_STATUSES } from '../../common/enums';
import { column, statusInSql } from '../../common/status-sql';

/**
 * The action item rules (metrics.md, "Action items"; followup.md), each as a TypeScript
 * predicate and its SQL twin side by side. In SQL, `alias` is the action_item alias ('' for a
 * table whose columns are named alike, e.g. a rollup) and `asOf` a placeholder or date literal.
 */

/** Open: OPEN, IN_PROGRESS or BLOCKED. */
export function actionIsOpen(a: { status: ActionStatus }): boolean {
  return OPEN_ACTION_STATUSES.includes(a.status);
}

/** The same in SQL: the literal list the partial indexes' predicates are written with. */
export function actionOpenSql(alias: string): string {
  return statusInSql(alias, OPEN_ACTION_STATUSES);
}

/** The fields the overdue rule reads: what a record needs for actionIsOverdue and daysOverdue. */
export const ACTION_OVERDUE_READS = ['status', 'dueOn'] as const;
type OverdueInput = Pick<{ status: ActionStatus; dueOn: string }, (typeof ACTION_OVERDUE_READS)[number]>;

/** Overdue as of a day: open with dueOn before it. */
export function actionIsOverdue(a: OverdueInput, asOf: string): boolean {
  return actionIsOpen(a) && a.dueOn < asOf;
}

export function actionOverdueSql(alias: string, asOf: string): string {
  return `(${actionOpenSql(alias)} and ${column(alias, 'due_on')} < ${asOf}::date)`;
}

/** Days past dueOn of an overdue item; null when it is not overdue. */
export function daysOverdue(a: OverdueInput, asOf: string): number | null {
  return actionIsOverdue(a, asOf) ? daysBetween(a.dueOn, asOf) : null;
}

/** How many days ahead "due soon" looks (followup.md, ACTION_DUE_SOON). */
export const ACTION_DUE_SOON_DAYS = 7;

/** Due soon as of a day: open with dueOn from that day to ACTION_DUE_SOON_DAYS after it. */
export function actionIsDueSoon(a: { status: ActionStatus; dueOn: string }, asOf: string): boolean {
  return actionIsOpen(a) && a.dueOn >= asOf && a.dueOn <= addDays(asOf, ACTION_DUE_SOON_DAYS);
}

export function actionDueSoonSql(alias: string, asOf: string): string {
  return `(${actionOpenSql(alias)} and ${column(alias, 'due_on')} between ${asOf}::date and ${asOf}::date + ${ACTION_DUE_SOON_DAYS})`;
}
