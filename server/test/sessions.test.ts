import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenSigner } from '../src/modules/auth/tokens';
import { buildUser, login, signIn, TEST_PASSWORD } from './support/factories';
import { codes, startTestHub, type TestHub } from './support/harness';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(() => t?.stop());

const PROTECTED = '{ agencies { totalCount } }';
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token expiresAt user { email } } }';

async function signer() {
  const { value } = await t.sql.one<{ value: string }>(`select value from hub_setting where key = 'session_secret'`);
  return new TokenSigner(Buffer.from(value, 'utf8'));
}

describe('passwords', () => {
  it('are stored as argon2id hashes, never returned, never audited', async () => {
    const admin = await signIn(t, 'ADMIN');
    const res = await t.gql(
      `mutation($in: CreateUserInput!) { createUser(input: $in) { id email role } }`,
      { in: { email: 'Analis@Example.org', displayName: 'Analis', password: 'a-long-enough-password', role: 'OVERSIGHT' } },
      admin.token,
    );
    expect(res.data!.createUser).toMatchObject({ email: 'analis@example.org', role: 'OVERSIGHT' });
    const row = await t.sql.one<{ password_hash: string }>('select password_hash from hub_user where id = $1', [res.data!.createUser.id]);
    expect(row.password_hash.startsWith('$argon2id$')).toBe(true);
    expect(JSON.stringify(res)).not.toContain('a-long-enough-password');
    const audit = await t.sql.one<{ changes: string }>(`select changes::text from audit_event where action = 'createUser' order by id desc limit 1`);
    expect(audit.changes).not.toMatch(/password|argon2/i);
  });

  it('must be at least 12 characters', async () => {
    const admin = await signIn(t, 'ADMIN');
    const before = await t.sql.one<{ n: number }>('select count(*)::int as n from hub_user');
    const res = await t.gql(
      `mutation($in: CreateUserInput!) { createUser(input: $in) { id } }`,
      { in: { email: 'short@example.org', displayName: 'Short', password: 'elevenchars', role: 'OVERSIGHT' } },
      admin.token,
    );
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].extensions.fields).toEqual(['password']);
    expect(await t.sql.one('select count(*)::int as n from hub_user')).toEqual(before);
  });
});

describe('sessions', () => {
  it('login returns a token that expires in 12 hours', async () => {
    const user = await buildUser(t.sql, { role: 'OVERSIGHT' });
    const res = await t.gql(LOGIN, { e: user.email, p: TEST_PASSWORD });
    const hours = (Date.parse(res.data!.login.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(11.9);
    expect(hours).toBeLessThanOrEqual(12);
  });

  it('logout revokes the session on the server', async () => {
    const { token } = await signIn(t, 'OVERSIGHT');
    expect(codes(await t.gql(PROTECTED, {}, token))).toEqual([]);
    const out = await t.gql('mutation { logout }', {}, token);
    expect(out.data).toEqual({ logout: true });
    expect(codes(await t.gql(PROTECTED, {}, token))).toEqual(['UNAUTHENTICATED']);
    expect((await t.gql('{ me { id } }', {}, token)).data).toEqual({ me: null });
  });

  it('an expired token, or one whose session has expired, is refused', async () => {
    const { user } = await signIn(t, 'OVERSIGHT');
    const s = await signer();
    const past = crypto.randomUUID();
    await t.sql.run(`insert into user_session (id, user_id, created_at, expires_at) values ($1, $2, now() - interval '13 hours', now() + interval '1 hour')`, [past, user.id]);
    expect(codes(await t.gql(PROTECTED, {}, s.sign(past, new Date(Date.now() - 1000))))).toEqual(['UNAUTHENTICATED']);
    const lapsed = crypto.randomUUID();
    await t.sql.run(`insert into user_session (id, user_id, created_at, expires_at) values ($1, $2, now() - interval '13 hours', now() - interval '1 hour')`, [lapsed, user.id]);
    expect(codes(await t.gql(PROTECTED, {}, s.sign(lapsed, new Date(Date.now() + 3_600_000))))).toEqual(['UNAUTHENTICATED']);
    // The same construction with a live session works, so the refusals above are about expiry.
    const live = crypto.randomUUID();
    await t.sql.run(`insert into user_session (id, user_id, created_at, expires_at) values ($1, $2, now(), now() + interval '1 hour')`, [live, user.id]);
    expect(codes(await t.gql(PROTECTED, {}, s.sign(live, new Date(Date.now() + 3_600_000))))).toEqual([]);
  });

  it('a forged token is refused', async () => {
    const { token } = await signIn(t, 'ADMIN');
    const forged = `${token.slice(0, -4)}AAAA`;
    expect(codes(await t.gql(PROTECTED, {}, forged))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await t.gql(PROTECTED, {}, 'not-a-token'))).toEqual(['UNAUTHENTICATED']);
  });

  it('deactivating a user ends their sessions at once and stops them signing in', async () => {
    const admin = await signIn(t, 'ADMIN');
    const member = await signIn(t, 'MEMBER');
    expect(codes(await t.gql(PROTECTED, {}, member.token))).toEqual([]);
    const res = await t.gql(`mutation($id: ID!) { updateUser(id: $id, input: { active: false }) { active } }`, { id: String(member.user.id) }, admin.token);
    expect(res.data).toEqual({ updateUser: { active: false } });
    expect(codes(await t.gql(PROTECTED, {}, member.token))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await t.gql(LOGIN, { e: member.user.email, p: TEST_PASSWORD }))).toEqual(['UNAUTHENTICATED']);
  });

  it('the web client signs in with an httpOnly SameSite=Lax cookie', async () => {
    const user = await buildUser(t.sql, { role: 'OVERSIGHT' });
    const res = await t.post(JSON.stringify({ query: LOGIN, variables: { e: user.email, p: TEST_PASSWORD } }));
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^hub_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const pair = cookie.split(';')[0];
    const me = await (await t.post(JSON.stringify({ query: '{ me { email } }' }), { cookie: pair })).json();
    expect(me.data.me.email).toBe(user.email);
    const out = await t.post(JSON.stringify({ query: 'mutation { logout }' }), { cookie: pair });
    expect(out.headers.get('set-cookie')).toMatch(/hub_session=;/);
    const after = await (await t.post(JSON.stringify({ query: PROTECTED }), { cookie: pair })).json();
    expect(after.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('failed sign-ins', () => {
  it('are locked out after ten, with the same answer for unknown emails', async () => {
    const user = await buildUser(t.sql, { role: 'OVERSIGHT' });
    for (let i = 0; i < 10; i++) {
      const res = await t.gql(LOGIN, { e: user.email, p: 'wrong-password-123' });
      expect(codes(res)).toEqual(['UNAUTHENTICATED']);
    }
    const locked = await t.gql(LOGIN, { e: user.email, p: TEST_PASSWORD });
    expect(codes(locked)).toEqual(['UNAUTHENTICATED']);
    expect(locked.errors![0].message).toMatch(/too many/i);
    expect(locked.errors![0].extensions.retryAfterSeconds).toBeGreaterThan(0);

    for (let i = 0; i < 10; i++) await t.gql(LOGIN, { e: 'nobody-at-all@example.org', p: 'wrong-password-123' });
    const unknown = await t.gql(LOGIN, { e: 'nobody-at-all@example.org', p: TEST_PASSWORD });
    expect(unknown.errors![0].message).toBe(locked.errors![0].message.replace(/\d+ minute/, unknown.errors![0].message.match(/\d+ minute/)![0]));
    // Another account is not affected.
    const other = await buildUser(t.sql, { role: 'OVERSIGHT' });
    expect(await login(t, other.email)).toMatch(/^v1\./);
  }, 60_000);
});
