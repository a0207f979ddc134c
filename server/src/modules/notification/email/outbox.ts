import { EventEmitter } from 'node:events';
import type { Sql } from '../../../common/sql';
import { Language } from '../notification.enums';
import { EMAIL_ITEMS, INSERT_EMAILS, LINK_EMAILS, MAIL_USERS_BY_ID, NEXT_EMAIL_IDS } from '../notification.sql';
import { renderEmail, type EmailItem } from './render';

/** What e-mail needs of the configuration. */
export interface EmailSettings {
  /** Base of the dashboard links, e.g. https://hub.example.org */
  publicUrl: string;
  /** Whether a mail server is configured: e-mails wait as PENDING for it, else they stay NOT_SENT. */
  smtp: boolean;
}

/** Told when e-mails were queued, so that a sender in this process looks at the outbox soon. */
export const outboxSignal = new EventEmitter();
outboxSignal.setMaxListeners(0);

/**
 * Writes e-mails for notifications into the outbox, in the caller's transaction: one e-mail per
 * notification (`each`, IMMEDIATE changes) or one per recipient gathering all of theirs
 * (a digest, made for the day `digestOn`). Returns how many e-mails were queued.
 */
export async function queueEmails(
  sql: Sql,
  settings: EmailSettings,
  notificationIds: (number | string)[],
  grouping: { each: true } | { each: false; digestOn: string },
): Promise<number> {
  if (!notificationIds.length) return 0;
  const items = await sql.all<EmailItem & { recipientId: number }>(EMAIL_ITEMS, [notificationIds]);
  const byUser = new Map<number, (EmailItem & { recipientId: number })[]>();
  for (const it of items) {
    const list = byUser.get(it.recipientId);
    if (list) list.push(it);
    else byUser.set(it.recipientId, [it]);
  }
  const users = await sql.all<{ id: number; address: string; language: Language }>(MAIL_USERS_BY_ID, [[...byUser.keys()]]);
  const groups: { user: (typeof users)[number]; items: EmailItem[] }[] = [];
  for (const user of users) {
    const list = byUser.get(user.id)!;
    if (grouping.each) for (const it of list) groups.push({ user, items: [it] });
    else groups.push({ user, items: list });
  }
  if (!groups.length) return 0;
  const ids = (await sql.all<{ id: string }>(NEXT_EMAIL_IDS, [groups.length])).map((r) => r.id);
  const cols = { recipient: [] as number[], to: [] as string[], lang: [] as string[], subject: [] as string[], text: [] as string[], html: [] as string[], count: [] as number[], digest: [] as (string | null)[] };
  const links = { notification: [] as string[], email: [] as string[] };
  groups.forEach((g, i) => {
    const mail = renderEmail(g.items, g.user.language, settings.publicUrl);
    cols.recipient.push(g.user.id);
    cols.to.push(g.user.address);
    cols.lang.push(g.user.language);
    cols.subject.push(mail.subject);
    cols.text.push(mail.text);
    cols.html.push(mail.html);
    cols.count.push(g.items.length);
    cols.digest.push(grouping.each ? null : grouping.digestOn);
    for (const it of g.items) {
      links.notification.push(String(it.id));
      links.email.push(ids[i]);
    }
  });
  await sql.run(INSERT_EMAILS, [
    ids,
    cols.recipient,
    cols.to,
    cols.lang,
    cols.subject,
    cols.text,
    cols.html,
    cols.count,
    cols.digest,
    settings.smtp ? 'PENDING' : 'NOT_SENT',
  ]);
  await sql.run(LINK_EMAILS, [links.notification, links.email]);
  if (settings.smtp) outboxSignal.emit('queued');
  return groups.length;
}
