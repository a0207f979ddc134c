import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { codes, resetDatabase, startTestHub, type TestHub } from './support/harness';
import { buildActionItem, buildAgency, buildCase, buildUser, login, signIn, type SignedIn } from './support/factories';
import { day, expectRefused, ok, today } from './support/api-helpers';
import { allNotifications, sweep, triples } from './support/followup';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(async () => {
  await t?.stop();
});

const CREATE_ITEM = `mutation($in: CreateActionItemInput!) { createActionItem(input: $in) { id } }`;
const REFER = `mutation($in: ReferCaseInput!) { referCase(input: $in) { id } }`;
const LIST = `query($unread: Boolean, $first: Int, $after: String) {
  notifications(unreadOnly: $unread, first: $first, after: $after) {
    totalCount unreadCount pageInfo { hasNextPage endCursor }
    nodes { id kind asOf createdAt readAt actionItem { id title } commitment { id } agreement { id } referral { id status fromAgency { id } } }
  } }`;
const MARK = `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`;
const MARK_ALL = `mutation { markAllNotificationsRead }`;
const SETTINGS = `mutation($in: NotificationSettingsInput!) { updateNotificationSettings(input: $in) { id notificationSettings { email language } } }`;
const ME_SETTINGS = `query { me { id notificationSettings { email language } } }`;
const USERS_SETTINGS = `query { users(first: 100) { nodes { id notificationSettings { email language } } } }`;
const OUTBOX = `query($to: String) { emailOutbox(to: $to) { totalCount nodes { id to language subject text notificationCount status attempts sentAt createdAt } } }`;
const SWEEP = `mutation($asOf: Date) { runFollowUpSweep(asOf: $asOf) { asOf notificationsCreated emailsQueued } }`;

describe('change-driven notifications', () => {
  let coord: SignedIn;
  let x: number;
  let mx: SignedIn;
  let mx2: SignedIn;
  beforeEach(async () => {
    await resetDatabase(t.sql);
    coord = await signIn(t, 'COORDINATOR', { provinceCode: '52' });
    x = (await buildAgency(t.sql, { provinceCode: '52' })).id;
    mx = await signIn(t, 'MEMBER', { agencyId: x });
    mx2 = await signIn(t, 'MEMBER', { agencyId: x });
  });

  it('createActionItem notifies the agency users at once (ACTION_ASSIGNED, key: the item), in its own transaction', async () => {
    const { createActionItem } = await ok(t, CREATE_ITEM, { in: { agencyId: String(x), title: 'Visit the shelter', dueOn: day(30) } }, coord.token);
    const id = Number(createActionItem.id);
    expect(await triples(t, 'ACTION_ASSIGNED')).toEqual([
      [id, mx.user.id, String(id)],
      [id, mx2.user.id, String(id)],
    ]);
    const list = await ok(t, LIST, {}, mx.token);
    expect(list.notifications).toMatchObject({ totalCount: 1, unreadCount: 1 });
    expect(list.notifications.nodes[0]).toMatchObject({ kind: 'ACTION_ASSIGNED', asOf: today(), readAt: null, actionItem: { id: String(id), title: 'Visit the shelter' }, commitment: null });
  });

  it('never the actor: a member creating an item for their own agency is not told, their colleague is', async () => {
    const { createActionItem } = await ok(t, CREATE_ITEM, { in: { agencyId: String(x), title: 'Own item', dueOn: day(30) } }, mx.token);
    expect(await triples(t, 'ACTION_ASSIGNED')).toEqual([[Number(createActionItem.id), mx2.user.id, createActionItem.id]]);
  });

  it('ACTION_ASSIGNED has no fallback: an item for an agency without accounts notifies nobody', async () => {
    const y = await buildAgency(t.sql, { provinceCode: '52' });
    await ok(t, CREATE_ITEM, { in: { agencyId: String(y.id), title: 'Nobody to tell', dueOn: day(30) } }, coord.token);
    expect(await allNotifications(t)).toEqual([]);
  });

  it('a refused change notifies nobody', async () => {
    await expectRefused(
      t,
      () => t.gql(CREATE_ITEM, { in: { agencyId: String(x), title: 'Backwards', dueOn: day(-30), openedOn: today() } }, coord.token),
      { code: 'BAD_USER_INPUT', fields: ['dueOn'] },
    );
    expect(await allNotifications(t)).toEqual([]);
  });

  it('referCase notifies the receiving agency\'s users (REFERRAL_RECEIVED), or the coordinators of the case\'s province when it has none', async () => {
    const y = await buildAgency(t.sql, { provinceCode: '52' });
    const c = await buildCase(t.sql, { provinceCode: '52', intakeAgencyId: y.id, reportedOn: day(-10) });
    const toX = await ok(t, REFER, { in: { caseId: String(c.id), fromAgencyId: String(y.id), toAgencyId: String(x), referredOn: today() } }, coord.token);
    const z = await buildAgency(t.sql, { provinceCode: '52' });
    // The member of X refers on to Z, which has no account: the coordinator is told; the actor never is.
    const toZ = await ok(t, REFER, { in: { caseId: String(c.id), fromAgencyId: String(x), toAgencyId: String(z.id), referredOn: today() } }, mx.token);
    expect(await triples(t, 'REFERRAL_RECEIVED')).toEqual([
      [Number(toX.referCase.id), mx.user.id, toX.referCase.id],
      [Number(toX.referCase.id), mx2.user.id, toX.referCase.id],
      [Number(toZ.referCase.id), coord.user.id, toZ.referCase.id],
    ]);
    const list = await ok(t, LIST, {}, mx2.token);
    expect(list.notifications.nodes[0]).toMatchObject({ kind: 'REFERRAL_RECEIVED', referral: { id: toX.referCase.id, status: 'PENDING', fromAgency: { id: String(y.id) } } });
    // The inbox names the referral by its case's pseudonymous code and links to the case.
    const withCase = await ok(t, 'query { notifications(first: 5) { nodes { kind referral { id case { id code } } } } }', {}, mx2.token);
    const received = withCase.notifications.nodes.find((n: { kind: string }) => n.kind === 'REFERRAL_RECEIVED');
    expect(received.referral.case).toEqual({ id: String(c.id), code: c.code });
  });
});

describe('notifications, marking read', () => {
  let mx: SignedIn;
  let other: SignedIn;
  beforeEach(async () => {
    await resetDatabase(t.sql);
    const x = (await buildAgency(t.sql, { provinceCode: '52' })).id;
    mx = await signIn(t, 'MEMBER', { agencyId: x });
    other = await signIn(t, 'MEMBER', { agencyId: (await buildAgency(t.sql, { provinceCode: '52' })).id });
    for (let i = 0; i < 3; i++) await buildActionItem(t.sql, { agencyId: x, dueOn: day(i + 1) });
    await buildActionItem(t.sql, { agencyId: other.agencyId!, dueOn: day(2) });
    await sweep(t, today());
  });

  it('lists the viewer\'s own notifications newest first, pages them, and counts the unread whatever the filter', async () => {
    const page1 = await ok(t, LIST, { first: 2 }, mx.token);
    expect(page1.notifications).toMatchObject({ totalCount: 3, unreadCount: 3, pageInfo: { hasNextPage: true } });
    const page2 = await ok(t, LIST, { first: 2, after: page1.notifications.pageInfo.endCursor }, mx.token);
    const ids = [...page1.notifications.nodes, ...page2.notifications.nodes].map((n: { id: string }) => Number(n.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(3);
    const mine = await t.sql.all<{ id: string }>('select id from notification where recipient_id = $1', [mx.user.id]);
    expect(new Set(ids)).toEqual(new Set(mine.map((m) => Number(m.id))));
  });

  it('marks some read (returns how many changed), unreadOnly filters, markAll marks the rest', async () => {
    const { notifications } = await ok(t, LIST, {}, mx.token);
    const first = notifications.nodes[0].id;
    expect((await ok(t, MARK, { ids: [first] }, mx.token)).markNotificationsRead).toBe(1);
    expect((await ok(t, MARK, { ids: [first] }, mx.token)).markNotificationsRead).toBe(0);
    const unread = await ok(t, LIST, { unread: true }, mx.token);
    expect(unread.notifications).toMatchObject({ totalCount: 2, unreadCount: 2 });
    expect(unread.notifications.nodes.map((n: { id: string }) => n.id)).not.toContain(first);
    const all = await ok(t, LIST, {}, mx.token);
    expect(all.notifications).toMatchObject({ totalCount: 3, unreadCount: 2 });
    expect((await ok(t, MARK_ALL, {}, mx.token)).markAllNotificationsRead).toBe(2);
    expect((await ok(t, LIST, {}, mx.token)).notifications.unreadCount).toBe(0);
    // The other member's notification is untouched.
    expect((await ok(t, LIST, {}, other.token)).notifications.unreadCount).toBe(1);
  });

  it('another user\'s notification id is NOT_FOUND, and nothing changes (not even the viewer\'s own in the same call)', async () => {
    const mine = (await ok(t, LIST, {}, mx.token)).notifications.nodes[0].id;
    const theirs = (await ok(t, LIST, {}, other.token)).notifications.nodes[0].id;
    const readState = () => t.sql.all('select id, read_at from notification order by id');
    for (const ids of [[theirs], [mine, theirs], ['999999'], ['not-an-id']]) {
      await expectRefused(t, () => t.gql(MARK, { ids }, mx.token), { code: 'NOT_FOUND' }, readState);
    }
  });

  it('anonymous callers are refused everywhere with UNAUTHENTICATED', async () => {
    const state = () => t.sql.all('select id, read_at from notification order by id');
    for (const [q, v] of [
      [LIST, {}],
      [OUTBOX, {}],
    ] as const) {
      const res = await t.gql(q, v, null);
      expect(codes(res)).toEqual(['UNAUTHENTICATED']);
    }
    await expectRefused(t, () => t.gql(MARK, { ids: ['1'] }, null), { code: 'UNAUTHENTICATED' }, state);
    await expectRefused(t, () => t.gql(MARK_ALL, {}, null), { code: 'UNAUTHENTICATED' }, state);
    await expectRefused(t, () => t.gql(SETTINGS, { in: { email: 'OFF' } }, null), { code: 'UNAUTHENTICATED' });
    await expectRefused(t, () => t.gql(SWEEP, {}, null), { code: 'UNAUTHENTICATED' });
  });

  it('a notification whose record the recipient can no longer read is not shown (a member moved to another province)', async () => {
    const elsewhere = await buildAgency(t.sql, { provinceCode: '61' });
    await t.sql.run('update hub_user set agency_id = $2 where id = $1', [mx.user.id, elsewhere.id]);
    const token = await login(t, mx.user.email);
    const list = await ok(t, LIST, {}, token);
    expect(list.notifications).toMatchObject({ totalCount: 0, unreadCount: 0, nodes: [] });
  });
});

describe('settings', () => {
  let admin: SignedIn;
  let member: SignedIn;
  beforeEach(async () => {
    await resetDatabase(t.sql);
    admin = await signIn(t, 'ADMIN');
    member = await signIn(t, 'MEMBER');
  });

  it('default to DAILY e-mail in Bahasa Indonesia; the user changes their own, one field at a time', async () => {
    expect((await ok(t, ME_SETTINGS, {}, member.token)).me.notificationSettings).toEqual({ email: 'DAILY', language: 'ID' });
    const a = await ok(t, SETTINGS, { in: { email: 'WEEKLY' } }, member.token);
    expect(a.updateNotificationSettings).toEqual({ id: String(member.user.id), notificationSettings: { email: 'WEEKLY', language: 'ID' } });
    const b = await ok(t, SETTINGS, { in: { language: 'EN' } }, member.token);
    expect(b.updateNotificationSettings.notificationSettings).toEqual({ email: 'WEEKLY', language: 'EN' });
    const audit = await t.sql.one<{ n: number }>(
      `select count(*)::int as n from audit_event where action = 'updateNotificationSettings' and actor_id = $1`,
      [member.user.id],
    );
    expect(audit.n).toBe(2);
  });

  it('an ADMIN reads everyone\'s settings; bad values are BAD_USER_INPUT and change nothing', async () => {
    await ok(t, SETTINGS, { in: { email: 'OFF' } }, member.token);
    const users = await ok(t, USERS_SETTINGS, {}, admin.token);
    const byId = Object.fromEntries(users.users.nodes.map((u: { id: string; notificationSettings: unknown }) => [u.id, u.notificationSettings]));
    expect(byId[String(member.user.id)]).toEqual({ email: 'OFF', language: 'ID' });
    expect(byId[String(admin.user.id)]).toEqual({ email: 'DAILY', language: 'ID' });
    const res = await t.gql(SETTINGS, { in: { email: 'HOURLY' } }, member.token);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect((await ok(t, ME_SETTINGS, {}, member.token)).me.notificationSettings.email).toBe('OFF');
  });

  it('reads the settings of a list of users in one statement, whatever its length (no N+1)', async () => {
    const statements = async () => (await t.gql(USERS_SETTINGS, {}, admin.token)).extensions?.sqlStatements;
    await statements(); // the session is looked up once, then cached
    const few = await statements();
    for (let i = 0; i < 6; i++) await buildUser(t.sql, { role: 'OVERSIGHT' });
    expect(await statements()).toBe(few);
  });

  it('nobody else reads a user\'s settings: FORBIDDEN when reached through a record (the author of an item\'s update)', async () => {
    const coord = await signIn(t, 'COORDINATOR', { provinceCode: '52' });
    const item = await buildActionItem(t.sql, { agencyId: member.agencyId!, dueOn: day(10) });
    await ok(
      t,
      `mutation($id: ID!, $in: UpdateActionItemInput!) { updateActionItem(id: $id, input: $in) { id } }`,
      { id: String(item.id), in: { version: 1, status: 'IN_PROGRESS', note: 'Started' } },
      member.token,
    );
    const q = `query($id: ID!) { actionItem(id: $id) { updates { author { id notificationSettings { email } } } } }`;
    const res = await t.gql(q, { id: String(item.id) }, coord.token);
    expect(codes(res)).toEqual(['FORBIDDEN']);
    // The author themself and an ADMIN read them through the same path.
    const own = await ok(t, q, { id: String(item.id) }, member.token);
    expect(own.actionItem.updates[0].author.notificationSettings).toEqual({ email: 'DAILY' });
    const byAdmin = await ok(t, q, { id: String(item.id) }, admin.token);
    expect(byAdmin.actionItem.updates[0].author.notificationSettings).toEqual({ email: 'DAILY' });
  });
});

describe('emailOutbox and runFollowUpSweep', () => {
  let admin: SignedIn;
  let coord: SignedIn;
  let member: SignedIn;
  let oversight: SignedIn;
  beforeEach(async () => {
    await resetDatabase(t.sql);
    admin = await signIn(t, 'ADMIN');
    coord = await signIn(t, 'COORDINATOR', { provinceCode: '52' });
    member = await signIn(t, 'MEMBER');
    oversight = await signIn(t, 'OVERSIGHT');
    await buildActionItem(t.sql, { agencyId: member.agencyId!, dueOn: day(-3) });
  });

  it('an ADMIN runs the sweep for a chosen day; a second run creates nothing and queues nothing', async () => {
    const first = await ok(t, SWEEP, { asOf: today() }, admin.token);
    expect(first.runFollowUpSweep).toEqual({ asOf: today(), notificationsCreated: 1, emailsQueued: 1 });
    const again = await ok(t, SWEEP, {}, admin.token);
    expect(again.runFollowUpSweep).toEqual({ asOf: today(), notificationsCreated: 0, emailsQueued: 0 });
    const outbox = await ok(t, OUTBOX, {}, admin.token);
    expect(outbox.emailOutbox.totalCount).toBe(1);
    expect(outbox.emailOutbox.nodes[0]).toMatchObject({ to: member.user.email, language: 'ID', notificationCount: 1, status: 'NOT_SENT', attempts: 0, sentAt: null });
    const filtered = await ok(t, OUTBOX, { to: 'nobody@example.org' }, admin.token);
    expect(filtered.emailOutbox.totalCount).toBe(0);
  });

  it('is ADMIN only: FORBIDDEN for the other roles, nothing created', async () => {
    for (const who of [coord, member, oversight]) {
      await expectRefused(t, () => t.gql(SWEEP, { asOf: today() }, who.token), { code: 'FORBIDDEN' });
      expect(codes(await t.gql(OUTBOX, {}, who.token))).toEqual(['FORBIDDEN']);
    }
    expect(await allNotifications(t)).toEqual([]);
  });

  it('bad dates are BAD_USER_INPUT', async () => {
    for (const asOf of ['2026-02-30', '07-12-2026', 'today', '']) {
      const res = await t.gql(SWEEP, { asOf }, admin.token);
      expect(codes(res), asOf).toEqual(['BAD_USER_INPUT']);
    }
    expect(await allNotifications(t)).toEqual([]);
  });
});

describe('a deactivated recipient', () => {
  it('keeps the notifications made before, gets no new ones, and no e-mail', async () => {
    await resetDatabase(t.sql);
    const admin = await signIn(t, 'ADMIN');
    const coord = await signIn(t, 'COORDINATOR', { provinceCode: '52' });
    const x = (await buildAgency(t.sql, { provinceCode: '52' })).id;
    const m = await buildUser(t.sql, { role: 'MEMBER', agencyId: x });
    const m2 = await buildUser(t.sql, { role: 'MEMBER', agencyId: x });
    await ok(t, CREATE_ITEM, { in: { agencyId: String(x), title: 'Before', dueOn: day(40) } }, coord.token);
    await t.sql.run('update hub_user set active = false where id = $1', [m.id]);
    await ok(t, CREATE_ITEM, { in: { agencyId: String(x), title: 'After', dueOn: day(40) } }, coord.token);
    const perUser = await t.sql.all<{ u: number; n: number }>(
      'select recipient_id as u, count(*)::int as n from notification group by 1 order by 1',
    );
    expect(perUser).toEqual([
      { u: m.id, n: 1 },
      { u: m2.id, n: 1 + 1 },
    ].sort((a, b) => a.u - b.u));
    await ok(t, SWEEP, { asOf: today() }, admin.token);
    const mails = await t.sql.all<{ to: string; n: number }>('select to_address as to, notification_count as n from email_outbox');
    expect(mails).toEqual([{ to: m2.email, n: 2 }]);
  });
});
