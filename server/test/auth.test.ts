import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, login, TEST_PASSWORD } from './support/factories';
import { codes, startTestHub, type TestHub } from './support/harness';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(() => t?.stop());

const ME = '{ me { id email role } }';

describe('login', () => {
  it('returns a bearer token that signs the user in', async () => {
    const user = await buildUser(t.sql, { role: 'OVERSIGHT' });
    const token = await login(t, user.email);
    const me = await t.gql(ME, {}, token);
    expect(me.data?.me).toMatchObject({ email: user.email, role: 'OVERSIGHT' });
  });

  it('refuses a wrong password and an unknown email with the same answer', async () => {
    const user = await buildUser(t.sql);
    const q = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
    const wrong = await t.gql(q, { e: user.email, p: 'wrong-password-123' });
    const unknown = await t.gql(q, { e: 'nobody@example.org', p: TEST_PASSWORD });
    expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
    expect(codes(unknown)).toEqual(['UNAUTHENTICATED']);
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
  });
});

describe('anonymous callers', () => {
  it('read reference data', async () => {
    const res = await t.gql('{ provinces { code name regencies { code } } }');
    expect(res.data?.provinces).toHaveLength(38);
    const regencies = res.data!.provinces.flatMap((p: { regencies: unknown[] }) => p.regencies);
    expect(regencies).toHaveLength(514);
  });

  it('get null from me and UNAUTHENTICATED from everything else', async () => {
    expect((await t.gql(ME)).data).toEqual({ me: null });
    expect(codes(await t.gql('{ agencies { totalCount } }'))).toEqual(['UNAUTHENTICATED']);
  });
});
