import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../common/context';
import { isIsoDate, todayIn } from '../../common/dates';
import { badInput, fieldError, notFound } from '../../common/errors';
import { parseIds } from '../../common/ids';
import { runMutation } from '../../common/mutation';
import { paginate, Params, type Page } from '../../common/pagination';
import { Sql } from '../../common/sql';
import type { Config } from '../../config';
import { actionItemScope } from '../action-item/action-item.policy';
import { agreementScope } from '../agreement/agreement.policy';
import { authorize, requireViewer } from '../auth/policy';
import { caseScope } from '../case/case.policy';
import type { UserModel } from '../user/user.model';
import { USER_COLUMNS } from '../user/user.sql';
import { queueEmails } from './email/outbox';
import type { NotificationSettingsInput } from './notification.inputs';
import type { FollowUpSweepModel, NotificationModel, NotificationSettingsModel, OutboxEmailModel } from './notification.model';
import { canNotification } from './notification.policy';
import { CHANGE_RULES, SWEEP_RULES } from './notification.rules';
import {
  AUDIT_SWEEP,
  DEMO_RECENT_CHANGES,
  DIGEST_NOTIFICATIONS,
  FOREIGN_IDS,
  insertNotificationsSql,
  MARK_ALL_READ,
  MARK_READ,
  NOTIFICATION_COLUMNS,
  OUTBOX_COLUMNS,
  RECORD_SWEEP,
  SETTINGS_OF,
  SWEEP_EXISTS,
  SWEEP_LOCK,
  UPSERT_SETTINGS,
} from './notification.sql';
import { emailSettings } from './notification.writer';
import { settingsByUser } from './notification.loaders';

/**
 * The viewer's own notifications whose record they may still read (the record's read scope,
 * as its own lists apply it): a notification never shows a record otherwise out of reach.
 */
function ownVisible(ctx: Context, params: Params): string[] {
  const viewer = requireViewer(ctx);
  const where = [`n.recipient_id = ${params.add(viewer.id)}`];
  const scoped = (column: string, from: string, scope: string | null) =>
    scope ? `(n.${column} is null or exists (select 1 ${from} and ${scope}))` : null;
  const parts = [
    scoped('action_item_id', 'from action_item ai where ai.id = n.action_item_id', actionItemScope(viewer, params)),
    scoped(
      'commitment_id',
      'from commitment cm join agreement ag on ag.id = cm.agreement_id where cm.id = n.commitment_id',
      agreementScope(viewer, params),
    ),
    scoped('agreement_id', 'from agreement ag where ag.id = n.agreement_id', agreementScope(viewer, params)),
    scoped(
      'referral_id',
      'from referral rf join case_record c on c.id = rf.case_id where rf.id = n.referral_id',
      caseScope(viewer, params),
    ),
  ];
  return [...where, ...parts.filter((p): p is string => p !== null)];
}

export async function listNotifications(
  ctx: Context,
  unreadOnly: boolean | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Page<NotificationModel> & { readonly unreadCount: Promise<number> }> {
  const params = new Params();
  const where = ownVisible(ctx, params);
  const unreadParams = new Params();
  const unreadWhere = [...ownVisible(ctx, unreadParams), 'n.read_at is null'];
  if (unreadOnly) where.push('n.read_at is null');
  const page = await paginate<NotificationModel>(
    ctx.sql,
    { columns: NOTIFICATION_COLUMNS, from: 'from notification n', where, params, keys: [{ expr: 'n.id', type: 'bigint' }], direction: 'desc' },
    first,
    after,
  );
  let unread: Promise<number> | null = null;
  return {
    nodes: page.nodes,
    pageInfo: page.pageInfo,
    get totalCount() {
      return page.totalCount;
    },
    get unreadCount() {
      return (unread ??= ctx.sql
        .one<{ n: number }>(`select count(*)::int as n from notification n where ${unreadWhere.join(' and ')}`, unreadParams.values, {
          prepare: true,
        })
        .then((r) => r.n));
    },
  };
}

/** Marks some of the viewer's notifications read. Any id that is not the viewer's: NOT_FOUND, nothing changed. */
export async function markNotificationsRead(ctx: Context, ids: string[]): Promise<number> {
  const viewer = requireViewer(ctx);
  const parsed = parseIds(ids);
  if (parsed === null) throw notFound('Notification', ids.find((id) => parseIds([id]) === null) ?? '');
  if (!parsed.length) return 0;
  return runMutation(ctx, 'markNotificationsRead', async (tx) => {
    const foreign = await tx.sql.all<{ id: string }>(FOREIGN_IDS, [viewer.id, parsed]);
    if (foreign.length) throw notFound('Notification', foreign[0].id);
    const n = await tx.sql.run(MARK_READ, [viewer.id, parsed]);
    await tx.audit({ entityType: 'User', entityId: viewer.id, provinceCode: viewer.provinceCode, changes: readChanges(n) });
    return n;
  });
}

export async function markAllNotificationsRead(ctx: Context): Promise<number> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, 'markAllNotificationsRead', async (tx) => {
    const n = await tx.sql.run(MARK_ALL_READ, [viewer.id]);
    await tx.audit({ entityType: 'User', entityId: viewer.id, provinceCode: viewer.provinceCode, changes: readChanges(n) });
    return n;
  });
}

const readChanges = (n: number) => (n ? { notificationsRead: { before: null, after: n } } : null);

/** A user's settings (defaults DAILY, ID): the user and ADMIN only. */
export async function settingsOf(ctx: Context, user: UserModel): Promise<NotificationSettingsModel> {
  const viewer = requireViewer(ctx);
  authorize(canNotification(viewer, 'readSettings', { userId: Number(user.id) }), "Only the user and an administrator can read a user's notification settings.");
  return ctx.loaders.load(settingsByUser, Number(user.id));
}

export async function updateNotificationSettings(ctx: Context, input: NotificationSettingsInput): Promise<UserModel> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, 'updateNotificationSettings', async (tx) => {
    const before = await tx.sql.one<NotificationSettingsModel>(SETTINGS_OF, [viewer.id]);
    await tx.sql.run(UPSERT_SETTINGS, [viewer.id, input.email ?? null, input.language ?? null]);
    const after = await tx.sql.one<NotificationSettingsModel>(SETTINGS_OF, [viewer.id]);
    const changes: Record<string, { before: unknown; after: unknown }> = {};
    for (const f of ['email', 'language'] as const) {
      if (before[f] !== after[f]) changes[`notification.${f}`] = { before: before[f], after: after[f] };
    }
    await tx.audit({ entityType: 'User', entityId: viewer.id, provinceCode: viewer.provinceCode, changes });
    return tx.sql.one<UserModel>(`select ${USER_COLUMNS} from hub_user u where u.id = $1`, [viewer.id]);
  });
}

export async function listOutbox(ctx: Context, to: string | null | undefined, first?: number | null, after?: string | null): Promise<Page<OutboxEmailModel>> {
  const viewer = requireViewer(ctx);
  authorize(canNotification(viewer, 'readOutbox'), 'Only an administrator can read the e-mail outbox.');
  const params = new Params();
  const where: string[] = [];
  if (to?.trim()) where.push(`lower(e.to_address) = lower(${params.add(to.trim())})`);
  return paginate<OutboxEmailModel>(
    ctx.sql,
    { columns: OUTBOX_COLUMNS, from: 'from email_outbox e', where, params, keys: [{ expr: 'e.id', type: 'bigint' }], direction: 'desc' },
    first,
    after,
  );
}

export type SweepTrigger = 'SCHEDULE' | 'CATCH_UP' | 'MANUAL' | 'DEMO';

/**
 * The follow-up sweep as of A (followup.md): every rule as one set-based statement, then the
 * e-mails due (IMMEDIATE and DAILY recipients, WEEKLY ones a week after their last digest),
 * all in one transaction. Sweeps take turns on an advisory lock, so two at once (two hub
 * instances, two connections) neither duplicate nor deadlock; the unique key does the rest.
 */
export async function runSweep(
  em: EntityManager,
  config: Config,
  asOf: string,
  trigger: SweepTrigger,
  options: { oncePerDay?: boolean; actorId?: number } = {},
): Promise<FollowUpSweepModel | null> {
  const startedAt = new Date();
  return em.transactional(async (txEm) => {
    const sql = new Sql(txEm as EntityManager);
    await sql.run(SWEEP_LOCK);
    // The scheduled sweep of a day runs once, whichever instance's job got there first.
    if (options.oncePerDay && (await sweepDoneFor(sql, asOf))) return null;
    let created = 0;
    for (const rule of SWEEP_RULES) {
      created += (await sql.query(insertNotificationsSql(rule), [asOf, null])).rowCount;
    }
    const due = await sql.all<{ id: string }>(DIGEST_NOTIFICATIONS, [asOf]);
    const emails = await queueEmails(
      sql,
      emailSettings(config),
      due.map((r) => r.id),
      { each: false, digestOn: asOf },
    );
    await sql.run(RECORD_SWEEP, [asOf, trigger, created, emails, startedAt]);
    if (options.actorId !== undefined) {
      // A sweep run by hand is in the audit trail like any other change.
      await sql.run(AUDIT_SWEEP, [options.actorId, asOf, JSON.stringify({ notificationsCreated: { before: null, after: created }, emailsQueued: { before: null, after: emails } })]);
    }
    return { asOf, notificationsCreated: created, emailsQueued: emails };
  });
}

/** Whether the scheduled sweep (or its catch-up) of the day has run. */
export async function sweepDoneFor(sql: Sql, asOf: string): Promise<boolean> {
  return (await sql.maybeOne(SWEEP_EXISTS, [asOf])) !== null;
}

/** runFollowUpSweep: ADMIN only; `asOf` a calendar date (default today in TZ_HUB). */
export async function runFollowUpSweep(ctx: Context, asOf: string | null | undefined): Promise<FollowUpSweepModel> {
  const viewer = requireViewer(ctx);
  authorize(canNotification(viewer, 'runSweep'), 'Only an administrator can run the follow-up sweep.');
  const day = asOf ?? todayIn(ctx.config.timeZone);
  if (!isIsoDate(day)) throw badInput({ asOf: fieldError('INVALID', 'must be a calendar date written YYYY-MM-DD') });
  return (await runSweep(ctx.em, ctx.config, day, 'MANUAL', { actorId: viewer.id }))!;
}

/**
 * For a demo start: the notifications the last 30 days' changes would have made had they come
 * through the API (items assigned, referrals received and still pending), each as of its own
 * day, and then today's sweep, so that every demo account finds a believable inbox and the
 * outbox the digests it would send.
 */
export async function runDemoFollowUp(em: EntityManager, config: Config, today: string): Promise<FollowUpSweepModel> {
  await em.transactional(async (txEm) => {
    const sql = new Sql(txEm as EntityManager);
    const changes = await sql.all<{ change: keyof typeof CHANGE_RULES; id: number; day: string }>(DEMO_RECENT_CHANGES, [today]);
    for (const c of changes) await sql.run(insertNotificationsSql(CHANGE_RULES[c.change], '$3'), [c.day, null, c.id]);
  });
  return (await runSweep(em, config, today, 'DEMO'))!;
}
