/**
 * Sign-in throttling counted in the database: one statement counts each attempt and decides
 * before any password is checked, so parallel requests cannot get more guesses than the limit.
 * Addresses are set with X-Forwarded-For (the hub trusts the loopback proxy here).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addressKey } from '../src/modules/auth/login-throttle';
import { buildUser, TEST_PASSWORD } from './support/factories';
import { codes, startTestHub, type GqlResult, type TestHub } from './support/harness';

let t: TestHub;
const trustProxy = process.env.TRUST_PROXY;
beforeAll(async () => {
  process.env.TRUST_PROXY = 'loopback';
  t = await startTestHub();
});
afterAll(async () => {
  await t?.stop();
  if (trustProxy === undefined) delete process.env.TRUST_PROXY;
  else process.env.TRUST_PROXY = trustProxy;
});
beforeEach(async () => {
  await t.sql.run('truncate login_throttle');
});

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';

async function attempt(email: string, password: string, address = '203.0.113.7'): Promise<GqlResult> {
  const res = await t.post(JSON.stringify({ query: LOGIN, variables: { e: email, p: password } }), { 'x-forwarded-for': address });
  const json = (await res.json()) as Record<string, any>;
  return { status: res.status, data: json.data ?? null, errors: json.errors, headers: res.headers };
}

const signedIn = (r: GqlResult) => Boolean(r.data?.login?.token);
const tooMany = (r: GqlResult) => codes(r)[0] === 'UNAUTHENTICATED' && /too many/i.test(r.errors![0].message);

describe('sign-in throttling', () => {
  it('200 simultaneous attempts at one e-mail get at most 10 password checks', { timeout: 120_000 }, async () => {
    const user = await buildUser(t.sql, { role: 'OVERSIGHT' });
    const checks = t.hub.auth.passwordChecks;
    const results = await Promise.all(Array.from({ length: 200 }, () => attempt(user.email, 'wrong-password-123')));
    expect(t.hub.auth.passwordChecks - checks).toBeLessThanOrEqual(10);
    expect(results.every((r) => codes(r)[0] === 'UNAUTHENTICATED')).toBe(true);
    expect(results.filter(tooMany).length).toBeGreaterThanOrEqual(190);
  });

  it('a burst of 60 with the right password last does not sign in', async () => {
    const user = await buildUser(t.sql, { role: 'OVERSIGHT' });
    const checks = t.hub.auth.passwordChecks;
    const burst = await Promise.all(Array.from({ length: 59 }, () => attempt(user.email, 'wrong-password-123')));
    const last = await attempt(user.email, TEST_PASSWORD);
    expect(burst.some(signedIn)).toBe(false);
    expect(signedIn(last)).toBe(false);
    expect(tooMany(last)).toBe(true);
    expect(last.errors![0].extensions.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(t.hub.auth.passwordChecks - checks).toBe(10);
    // No session was made.
    expect((await t.sql.one<{ n: number }>('select count(*)::int as n from user_session where user_id = $1', [user.id])).n).toBe(0);
  });

  it('answers known and unknown e-mails alike, attempt by attempt', async () => {
    const user = await buildUser(t.sql, { role: 'OVERSIGHT' });
    const strip = (r: GqlResult) => ({ code: codes(r), message: r.errors?.[0]?.message.replace(/\d+/g, 'N'), status: r.status });
    const known: ReturnType<typeof strip>[] = [];
    const unknown: ReturnType<typeof strip>[] = [];
    for (let i = 0; i < 12; i++) known.push(strip(await attempt(user.email, 'wrong-password-123', '198.51.100.1')));
    for (let i = 0; i < 12; i++) unknown.push(strip(await attempt('nobody-here@example.org', 'wrong-password-123', '198.51.100.2')));
    expect(unknown).toEqual(known);
    expect(known[9].message).toMatch(/incorrect/);
    expect(known[10].message).toMatch(/too many/i);
  });

  it('locks the e-mail+address pair after 10 failures, not the user everywhere', async () => {
    const user = await buildUser(t.sql, { role: 'OVERSIGHT' });
    for (let i = 0; i < 10; i++) await attempt(user.email, 'wrong-password-123', '192.0.2.66');
    expect(tooMany(await attempt(user.email, TEST_PASSWORD, '192.0.2.66'))).toBe(true);
    // The user, from their own address, still signs in.
    expect(signedIn(await attempt(user.email, TEST_PASSWORD, '192.0.2.10'))).toBe(true);
  });

  it('a successful sign-in starts the pair again', async () => {
    const user = await buildUser(t.sql, { role: 'OVERSIGHT' });
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 9; i++) await attempt(user.email, 'wrong-password-123');
      expect(signedIn(await attempt(user.email, TEST_PASSWORD))).toBe(true);
    }
  });

  it('caps one address at 40 failures across e-mails', async () => {
    const victim = await buildUser(t.sql, { role: 'OVERSIGHT' });
    for (let i = 0; i < 40; i++) expect(tooMany(await attempt(`guess-${i % 5}@example.org`, 'wrong-password-123', '192.0.2.99'))).toBe(false);
    const next = await attempt(victim.email, TEST_PASSWORD, '192.0.2.99');
    expect(tooMany(next)).toBe(true);
    expect(signedIn(await attempt(victim.email, TEST_PASSWORD, '192.0.2.100'))).toBe(true);
  });

  it('caps one e-mail at 100 failures an hour whatever the addresses', async () => {
    const user = await buildUser(t.sql, { role: 'OVERSIGHT' });
    for (let a = 0; a < 10; a++) {
      await Promise.all(Array.from({ length: 10 }, () => attempt(user.email, 'wrong-password-123', `10.9.${a}.1`)));
    }
    const fromElsewhere = await attempt(user.email, TEST_PASSWORD, '10.9.200.1');
    expect(tooMany(fromElsewhere)).toBe(true);
    expect(fromElsewhere.errors![0].extensions.retryAfterSeconds).toBeGreaterThan(59 * 60);
    // Attempts refused at a locked pair count nowhere: they cannot push the e-mail over its cap.
    await t.sql.run('truncate login_throttle');
    for (let i = 0; i < 10; i++) await attempt(user.email, 'wrong-password-123', '10.8.0.1');
    for (let i = 0; i < 150; i++) await attempt(user.email, 'wrong-password-123', '10.8.0.1');
    expect(signedIn(await attempt(user.email, TEST_PASSWORD, '10.8.0.2'))).toBe(true);
  }, 120_000);
});

describe('the address an attempt counts against', () => {
  it('is an IPv4 address as it is, and an IPv6 address by its /64 network', () => {
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('2001:db8:0:1:aaaa::1')).toBe('2001:db8:0:1::/64');
    expect(addressKey('2001:0db8:0000:0001:ffff:ffff:ffff:ffff')).toBe('2001:db8:0:1::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
  });

  it('one IPv6 /64 is one address for the cap', async () => {
    const user = await buildUser(t.sql, { role: 'OVERSIGHT' });
    for (let i = 0; i < 10; i++) await attempt(user.email, 'wrong-password-123', `2001:db8:0:7::${i + 1}`);
    expect(tooMany(await attempt(user.email, TEST_PASSWORD, '2001:db8:0:7::99'))).toBe(true);
    expect(signedIn(await attempt(user.email, TEST_PASSWORD, '2001:db8:0:8::1'))).toBe(true);
  });
});
