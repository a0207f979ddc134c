import type { Config } from '../../config';
import type { Tx } from '../../common/mutation';
import { queueEmails, type EmailSettings } from './email/outbox';
import { CHANGE_RULES } from './notification.rules';
import { IMMEDIATE_NOTIFICATIONS, insertNotificationsSql } from './notification.sql';

export function emailSettings(config: Config): EmailSettings {
  return { publicUrl: config.publicUrl, smtp: !!config.smtpUrl };
}

/**
 * Writes the notifications a change produces (followup.md, "What a change notifies"), in the
 * change's own transaction: a refused change notifies nobody. Never to the actor; only to
 * recipients who may read the record; IMMEDIATE recipients get their e-mail queued at once.
 */
export async function notifyChange(tx: Tx, change: keyof typeof CHANGE_RULES, recordId: number): Promise<number> {
  const rule = CHANGE_RULES[change];
  const created = await tx.sql.all<{ id: string; recipientId: number }>(insertNotificationsSql(rule, '$3'), [
    tx.today,
    tx.viewer?.id ?? null,
    recordId,
  ]);
  if (!created.length) return 0;
  const immediate = await tx.sql.all<{ id: string }>(IMMEDIATE_NOTIFICATIONS, [created.map((c) => c.id)]);
  await queueEmails(
    tx.sql,
    emailSettings(tx.ctx.config),
    immediate.map((r) => r.id),
    { each: true },
  );
  return created.length;
}
