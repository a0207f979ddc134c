import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAgency, buildUser, login, signIn, TEST_PASSWORD } from './support/factories';
import { codes, startTestHub, type TestHub } from './support/harness';
import { expectRefused, idsOf, ok, signInCast, walkPages, type Cast } from './support/api-helpers';

let t: TestHub;
let u: Cast;
let agency: number;
let inactive: number;

beforeAll(async () => {
  t = await startTestHub();
  u = await signInCast(t);
  agency = (await buildAgency(t.sql, { name: 'UPTD PPA NTB', provinceCode: '52' })).id;
  inactive = (await buildAgency(t.sql, { provinceCode: '52', active: false })).id;
});
afterAll(() => t?.stop());

const CREATE = `mutation($in: CreateUserInput!) { createUser(input: $in) { id email displayName role active province { code } agency { id } } }`;
const UPDATE = `mutation($id: ID!, $in: UpdateUserInput!) { updateUser(id: $id, input: $in) { id email displayName role active province { code } agency { id } } }`;
const userRow = (id: number | string) =>
  t.sql.maybeOne<Record<string, unknown>>('select id, email, display_name, password_hash, role, province_code, agency_id, active from hub_user where id = $1', [Number(id)]);
const password = 'a-long-enough-password';

describe('createUser', () => {
  it('creates each kind of account, email lower-cased and trimmed, which can then sign in', async () => {
    const coord = await ok(t, CREATE, { in: { email: '  Koordinator@Example.ORG ', displayName: ' Ibu Koordinator ', password, role: 'COORDINATOR', provinceCode: '52' } }, u.admin.token);
    expect(coord.createUser).toMatchObject({ email: 'koordinator@example.org', displayName: 'Ibu Koordinator', role: 'COORDINATOR', active: true, province: { code: '52' }, agency: null });
    const member = await ok(t, CREATE, { in: { email: 'staf@example.org', displayName: 'Staf', password, role: 'MEMBER', agencyId: agency } }, u.admin.token);
    expect(member.createUser).toMatchObject({ role: 'MEMBER', province: null, agency: { id: String(agency) } });
    const oversight = await ok(t, CREATE, { in: { email: 'komnas@example.org', displayName: 'Komnas', password, role: 'OVERSIGHT' } }, u.admin.token);
    expect(oversight.createUser).toMatchObject({ role: 'OVERSIGHT', province: null, agency: null });
    const token = await login(t, 'koordinator@example.org', password);
    expect((await ok(t, '{ me { email } }', {}, token)).me).toEqual({ email: 'koordinator@example.org' });
    const row = await userRow(coord.createUser.id);
    expect(String(row!.password_hash)).not.toContain(password);
  });

  it.each([
    ['a malformed email', { email: 'not-an-email' }, ['email']],
    ['an email already used, in other case', { email: 'TAKEN@example.org' }, ['email']],
    ['a blank display name', { displayName: '  ' }, ['displayName']],
    ['a short password', { password: 'short' }, ['password']],
    ['a coordinator without province', { role: 'COORDINATOR', provinceCode: null }, ['provinceCode']],
    ['a coordinator of an unknown province', { role: 'COORDINATOR', provinceCode: '99' }, ['provinceCode']],
    ['a province for a non-coordinator', { role: 'OVERSIGHT', provinceCode: '52' }, ['provinceCode']],
    ['a member without agency', { role: 'MEMBER' }, ['agencyId']],
    ['a member of an unknown agency', { role: 'MEMBER', agencyId: '999999' }, ['agencyId']],
    ['a member of an inactive agency', { role: 'MEMBER', agencyId: 'INACTIVE' }, ['agencyId']],
    ['an agency for a non-member', { role: 'ADMIN', agencyId: 'AGENCY' }, ['agencyId']],
  ])('refuses %s and creates nothing', async (_label, patch, fields) => {
    await buildUser(t.sql, { email: 'taken@example.org' }).catch(() => undefined);
    const input: Record<string, unknown> = { email: 'new@example.org', displayName: 'Baru', password, role: 'OVERSIGHT', ...patch };
    if (input.agencyId === 'INACTIVE') input.agencyId = inactive;
    if (input.agencyId === 'AGENCY') input.agencyId = agency;
    await expectRefused(t, () => t.gql(CREATE, { in: input }, u.admin.token), { code: 'BAD_USER_INPUT', fields });
  });

  it('refuses anonymous callers and everyone but an administrator', async () => {
    const input = { email: 'x@example.org', displayName: 'X', password, role: 'ADMIN' };
    await expectRefused(t, () => t.gql(CREATE, { in: input }, null), { code: 'UNAUTHENTICATED' });
    for (const token of [u.coord.token, u.oversight.token, u.member.token]) {
      await expectRefused(t, () => t.gql(CREATE, { in: input }, token), { code: 'FORBIDDEN' });
    }
  });
});

describe('updateUser', () => {
  it('renames, moves a coordinator to another province, and deactivation ends the sessions at once', async () => {
    const target = await signIn(t, 'COORDINATOR', { provinceCode: '52' });
    const renamed = await ok(t, UPDATE, { id: target.user.id, in: { displayName: ' Nama Baru ', provinceCode: '61' } }, u.admin.token);
    expect(renamed.updateUser).toMatchObject({ displayName: 'Nama Baru', role: 'COORDINATOR', province: { code: '61' }, active: true });
    expect((await ok(t, '{ me { id } }', {}, target.token)).me).toEqual({ id: String(target.user.id) });
    const off = await ok(t, UPDATE, { id: target.user.id, in: { active: false } }, u.admin.token);
    expect(off.updateUser.active).toBe(false);
    expect((await t.gql('{ me { id } }', {}, target.token)).data).toEqual({ me: null });
    expect(codes(await t.gql('{ agencies { totalCount } }', {}, target.token))).toEqual(['UNAUTHENTICATED']);
  });

  it('changes a role with its scope, and a password, ending the sessions', async () => {
    const target = await signIn(t, 'OVERSIGHT');
    const data = await ok(t, UPDATE, { id: target.user.id, in: { role: 'MEMBER', agencyId: agency, password: 'another-long-password' } }, u.admin.token);
    expect(data.updateUser).toMatchObject({ role: 'MEMBER', agency: { id: String(agency) }, province: null });
    expect((await t.gql('{ me { id } }', {}, target.token)).data).toEqual({ me: null });
    await login(t, target.user.email, 'another-long-password');
    const old = await t.gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: target.user.email, p: TEST_PASSWORD });
    expect(codes(old)).toEqual(['UNAUTHENTICATED']);
  });

  it.each([
    ['a blank display name', 'OTHER', { displayName: '' }, ['displayName']],
    ['a short password', 'OTHER', { password: 'short' }, ['password']],
    ['a new COORDINATOR role without province', 'OTHER', { role: 'COORDINATOR' }, ['provinceCode']],
    ['an unknown province', 'COORD', { provinceCode: '99' }, ['provinceCode']],
    ['deactivating oneself', 'SELF', { active: false }, ['active']],
    ['changing one\'s own role', 'SELF', { role: 'OVERSIGHT' }, ['role']],
  ])('refuses %s and changes nothing', async (_label, who, input, fields) => {
    const target = who === 'SELF' ? u.admin.user : (await buildUser(t.sql, { role: who === 'COORD' ? 'COORDINATOR' : 'OVERSIGHT' }));
    await expectRefused(t, () => t.gql(UPDATE, { id: target.id, in: input }, u.admin.token), { code: 'BAD_USER_INPUT', fields }, () => userRow(target.id));
  });

  it('answers NOT_FOUND for an unknown user and refuses anonymous callers and non-administrators', async () => {
    await expectRefused(t, () => t.gql(UPDATE, { id: '999999', in: { displayName: 'X' } }, u.admin.token), { code: 'NOT_FOUND' });
    const target = await buildUser(t.sql, { role: 'OVERSIGHT' });
    const watch = () => userRow(target.id);
    await expectRefused(t, () => t.gql(UPDATE, { id: target.id, in: { displayName: 'X' } }, null), { code: 'UNAUTHENTICATED' }, watch);
    await expectRefused(t, () => t.gql(UPDATE, { id: target.id, in: { displayName: 'X' } }, u.coord.token), { code: 'FORBIDDEN' }, watch);
  });
});

describe('login', () => {
  const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id email role } } }';
  it('opens a session for the right password, email case and spaces aside', async () => {
    const who = await buildUser(t.sql, { role: 'OVERSIGHT', email: 'login-ok@example.org' });
    const sessions = () => t.sql.one<{ n: number }>('select count(*)::int as n from user_session where user_id = $1', [who.id]);
    const data = await ok(t, LOGIN, { e: ' LOGIN-OK@example.org ', p: TEST_PASSWORD }, null);
    expect(data.login.user).toEqual({ id: String(who.id), email: 'login-ok@example.org', role: 'OVERSIGHT' });
    expect((await sessions()).n).toBe(1);
    expect((await ok(t, '{ me { id } }', {}, data.login.token)).me).toEqual({ id: String(who.id) });
  });

  it('refuses a wrong password, an unknown email and a deactivated account, opening no session', async () => {
    const who = await buildUser(t.sql, { role: 'OVERSIGHT', email: 'login-no@example.org' });
    const off = await buildUser(t.sql, { role: 'OVERSIGHT', email: 'login-off@example.org', active: false });
    const sessions = () => t.sql.all('select id from user_session where user_id = any($1::int[])', [[who.id, off.id]]);
    await expectRefused(t, () => t.gql(LOGIN, { e: who.email, p: 'wrong-password-123' }), { code: 'UNAUTHENTICATED' }, sessions);
    await expectRefused(t, () => t.gql(LOGIN, { e: 'nobody-here@example.org', p: TEST_PASSWORD }), { code: 'UNAUTHENTICATED' }, sessions);
    await expectRefused(t, () => t.gql(LOGIN, { e: off.email, p: TEST_PASSWORD }), { code: 'UNAUTHENTICATED' }, sessions);
  });
});

describe('logout', () => {
  it('ends the session of the token, and is refused to anonymous callers', async () => {
    const who = await signIn(t, 'MEMBER');
    expect((await ok(t, 'mutation { logout }', {}, who.token)).logout).toBe(true);
    expect((await t.gql('{ me { id } }', {}, who.token)).data).toEqual({ me: null });
    const res = await t.gql('mutation { logout }');
    expect(codes(res)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('users', () => {
  it('lists accounts to administrators, filtered, in creation order, and walks every page', async () => {
    const coordKB = await ok(t, `query($f: UserFilter) { users(filter: $f) { totalCount nodes { id email } } }`, { f: { role: 'COORDINATOR', provinceCode: '61' } }, u.admin.token);
    expect(coordKB.users.nodes.map((n: { id: string }) => n.id)).toContain(String(u.coordKB.user.id));
    const byAgency = await ok(t, `query($f: UserFilter) { users(filter: $f) { nodes { id } } }`, { f: { agencyId: String(u.member.agencyId) } }, u.admin.token);
    expect(idsOf(byAgency.users.nodes)).toEqual([String(u.member.user.id)]);
    const search = await ok(t, `query($f: UserFilter) { users(filter: $f) { nodes { email } } }`, { f: { search: 'KOORDINATOR@' } }, u.admin.token);
    expect(search.users.nodes).toEqual([{ email: 'koordinator@example.org' }]);
    const total = (await t.sql.one<{ n: number }>('select count(*)::int as n from hub_user')).n;
    const walk = await walkPages(t, 'users', `query($first: Int, $after: String) { users(first: $first, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`, {}, u.admin.token, 4);
    const ids = idsOf(walk.nodes).map(Number);
    expect(ids).toHaveLength(total);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(walk.totalCounts)).toEqual(new Set([total]));
  });

  it('is refused to anonymous callers and non-administrators', async () => {
    expect(codes(await t.gql('{ users { totalCount } }'))).toEqual(['UNAUTHENTICATED']);
    for (const token of [u.coord.token, u.oversight.token, u.member.token]) {
      expect(codes(await t.gql('{ users { totalCount } }', {}, token))).toEqual(['FORBIDDEN']);
    }
  });
});

describe('auditEvents', () => {
  it('records every successful mutation, newest first, filtered by entity and actor', async () => {
    const a = await buildAgency(t.sql, { provinceCode: '52' });
    await ok(t, `mutation($id: ID!) { updateAgency(id: $id, input: { name: "Satu" }) { id } }`, { id: a.id }, u.coord.token);
    await ok(t, `mutation($id: ID!) { updateAgency(id: $id, input: { name: "Dua" }) { id } }`, { id: a.id }, u.admin.token);
    const q = `query($f: AuditEventFilter) { auditEvents(filter: $f) { totalCount nodes { id action entityType entityId changes actor { id } } } }`;
    const byEntity = await ok(t, q, { f: { entityType: 'Agency', entityId: String(a.id) } }, u.admin.token);
    expect(byEntity.auditEvents.totalCount).toBe(2);
    expect(byEntity.auditEvents.nodes.map((e: { actor: { id: string } }) => e.actor.id)).toEqual([String(u.admin.user.id), String(u.coord.user.id)]);
    expect(JSON.parse(byEntity.auditEvents.nodes[0].changes)).toEqual({ name: { before: 'Satu', after: 'Dua' } });
    const byActor = await ok(t, q, { f: { actorId: String(u.coord.user.id), entityType: 'Agency' } }, u.admin.token);
    expect(byActor.auditEvents.nodes.map((e: { entityId: string }) => e.entityId)).toEqual([String(a.id)]);
    const ids = (await ok(t, q, { f: null }, u.oversight.token)).auditEvents.nodes.map((e: { id: string }) => Number(e.id));
    expect(ids).toEqual([...ids].sort((x, y) => y - x));
  });

  it('shows a coordinator only their province\'s trail, and is refused to members and anonymous callers', async () => {
    const kb = await buildAgency(t.sql, { provinceCode: '61' });
    await ok(t, `mutation($id: ID!) { updateAgency(id: $id, input: { name: "Kalbar" }) { id } }`, { id: kb.id }, u.coordKB.token);
    const q = `query($f: AuditEventFilter) { auditEvents(filter: $f) { totalCount } }`;
    expect((await ok(t, q, { f: { entityType: 'Agency', entityId: String(kb.id) } }, u.coordKB.token)).auditEvents.totalCount).toBe(1);
    expect((await ok(t, q, { f: { entityType: 'Agency', entityId: String(kb.id) } }, u.coord.token)).auditEvents.totalCount).toBe(0);
    expect(codes(await t.gql(q, {}, u.member.token))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(q, {}))).toEqual(['UNAUTHENTICATED']);
  });
});
