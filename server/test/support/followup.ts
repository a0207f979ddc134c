import { runSweep } from '../../src/modules/notification/notification.service';
import type { TestHub } from './harness';

export interface NotificationRow {
  kind: string;
  recordId: number;
  recipientId: number;
  key: string;
  asOf: string;
  readAt: Date | null;
}

/** Every notification, in a stable order, for comparing with what followup.md says. */
export const allNotifications = (t: TestHub) =>
  t.sql.all<NotificationRow>(
    `select kind, record_id as "recordId", recipient_id as "recipientId", key, to_char(as_of, 'YYYY-MM-DD') as "asOf", read_at as "readAt"
     from notification order by kind, record_id, recipient_id, key`,
  );

/** The notifications of one kind as [recordId, recipientId, key] triples, sorted. */
export async function triples(t: TestHub, kind: string): Promise<[number, number, string][]> {
  const rows = await t.sql.all<{ r: number; u: number; k: string }>(
    'select record_id as r, recipient_id as u, key as k from notification where kind = $1 order by 1, 2, 3',
    [kind],
  );
  return rows.map((x) => [x.r, x.u, x.k]);
}

/** Runs the sweep as the scheduler does, straight on the hub's database. */
export const sweep = (t: TestHub, asOf: string, trigger: 'MANUAL' | 'SCHEDULE' = 'MANUAL') =>
  runSweep(t.hub.orm.em.fork() as never, t.hub.config, asOf, trigger);
