import type { ActionStatus } from '../../gql/schema-types';

/** Where a meeting's follow-ups stand: done, cancelled, late (overdue), and still open. */
export function followUpProgress(items: readonly { status: ActionStatus; isOverdue: boolean }[]) {
  const done = items.filter((a) => a.status === 'DONE').length;
  const cancelled = items.filter((a) => a.status === 'CANCELLED').length;
  const late = items.filter((a) => a.isOverdue).length;
  return { total: items.length, done, cancelled, late, open: items.length - done - cancelled };
}
