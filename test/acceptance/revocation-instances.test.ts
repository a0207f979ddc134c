/**
 * Two hub processes on one PostgreSQL database: what one instance revokes or locks holds on the
 * other at once. Hub A runs in the test process (it arranges the data), hub B is the compiled
 * server as its own process. PostgreSQL only (DATABASE_URL, CI's first pass): the embedded
 * database belongs to one process.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildActionItem, buildAgency, buildUser, signIn, TEST_PASSWORD } from '../../server/test/support/factories';
import { codes, startTestHub, type GqlResult, type TestHub } from '../../server/test/support/harness';

const root = path.resolve(__dirname, '../..');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

describe.runIf(Boolean(process.env.DATABASE_URL))('two hub processes on one PostgreSQL database', () => {
  let a: TestHub;
  let child: ChildProcess | null = null;
  let bPort: number;
  let out = '';

  beforeAll(async () => {
    execFileSync('npx', ['tsc', '-p', 'server/tsconfig.json'], { cwd: root, stdio: 'inherit' });
    a = await startTestHub();
    bPort = await freePort();
    const env = { ...process.env, DATABASE_URL: inject('databaseUrl'), PORT: String(bPort), HOST: '127.0.0.1', DEMO_DATA: 'false', DB_POOL_SIZE: '3' };
    delete env.NODE_ENV;
    child = spawn(process.execPath, [path.join(root, 'server/dist/main.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (out += d));
    const deadline = Date.now() + 60_000;
    for (;;) {
      const status = await fetch(`http://127.0.0.1:${bPort}/healthz`).then((r) => r.status, () => 0);
      if (status === 200) break;
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`hub B did not start:\n${out}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }, 180_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child!.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    await a?.stop();
  });

  async function onB(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlResult> {
    const res = await fetch(`http://127.0.0.1:${bPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const json = (await res.json()) as Record<string, any>;
    return { status: res.status, data: json.data ?? null, errors: json.errors, headers: res.headers };
  }

  const ITEMS = '{ actionItems { totalCount } }';
  const UPDATE_USER = 'mutation($id: ID!, $in: UpdateUserInput!) { updateUser(id: $id, input: $in) { id } }';
  const NOTE = 'mutation($id: ID!, $v: Int!) { updateActionItem(id: $id, input: { version: $v, note: "still here" }) { id } }';

  it('logout on A: the token is refused on B at once, and writes nothing', async () => {
    const member = await signIn(a, 'MEMBER');
    const item = await buildActionItem(a.sql, { provinceCode: '52', agencyId: member.agencyId! });
    expect((await onB(ITEMS, {}, member.token)).data!.actionItems.totalCount).toBe(1); // B has seen the session
    expect((await a.gql('mutation { logout }', {}, member.token)).data!.logout).toBe(true);
    const version = (await a.sql.one<{ version: number }>('select version from action_item where id = $1', [item.id])).version;
    const note = await onB(NOTE, { id: String(item.id), v: version }, member.token);
    expect(codes(note)).toEqual(['UNAUTHENTICATED']);
    expect((await a.sql.one<{ n: number }>('select count(*)::int as n from action_update where action_item_id = $1', [item.id])).n).toBe(0);
    expect(codes(await onB(ITEMS, {}, member.token))).toEqual(['UNAUTHENTICATED']);
  });

  it('deactivation on A: the user is refused on B at once', async () => {
    const admin = await signIn(a, 'ADMIN');
    const member = await signIn(a, 'MEMBER');
    expect((await onB(ITEMS, {}, member.token)).errors).toBeUndefined();
    expect((await a.gql(UPDATE_USER, { id: String(member.user.id), in: { active: false } }, admin.token)).errors).toBeUndefined();
    expect(codes(await onB(ITEMS, {}, member.token))).toEqual(['UNAUTHENTICATED']);
  });

  it('a member moved to another agency on A has the new scope on B at once', async () => {
    const admin = await signIn(a, 'ADMIN');
    const member = await signIn(a, 'MEMBER', { provinceCode: '73' });
    await buildActionItem(a.sql, { provinceCode: '73' });
    const elsewhere = await buildAgency(a.sql, { provinceCode: '64' });
    expect((await onB(ITEMS, {}, member.token)).data!.actionItems.totalCount).toBe(1);
    expect((await a.gql(UPDATE_USER, { id: String(member.user.id), in: { agencyId: String(elsewhere.id) } }, admin.token)).errors).toBeUndefined();
    expect((await onB(ITEMS, {}, member.token)).data!.actionItems.totalCount).toBe(0);
  });

  it('a coordinator moved to another province on A has the new scope on B at once', async () => {
    const admin = await signIn(a, 'ADMIN');
    const coordinator = await signIn(a, 'COORDINATOR', { provinceCode: '35' });
    await buildActionItem(a.sql, { provinceCode: '35' });
    expect((await onB(ITEMS, {}, coordinator.token)).data!.actionItems.totalCount).toBe(1);
    expect((await a.gql(UPDATE_USER, { id: String(coordinator.user.id), in: { provinceCode: '65' } }, admin.token)).errors).toBeUndefined();
    expect((await onB(ITEMS, {}, coordinator.token)).data!.actionItems.totalCount).toBe(0);
  });

  it('a lockout on A holds on B, and parallel attempts on both get 10 password checks in all', async () => {
    const user = await buildUser(a.sql, { role: 'OVERSIGHT' });
    const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
    const checks = a.hub.auth.passwordChecks;
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        i % 2 ? a.gql(LOGIN, { e: user.email, p: 'wrong-password-123' }) : onB(LOGIN, { e: user.email, p: 'wrong-password-123' }),
      ),
    );
    expect(results.every((r) => codes(r)[0] === 'UNAUTHENTICATED')).toBe(true);
    const refusedEarly = results.filter((r) => /too many/i.test(r.errors![0].message)).length;
    expect(refusedEarly).toBe(30); // 10 checked in all, wherever they landed
    expect(a.hub.auth.passwordChecks - checks).toBeLessThanOrEqual(10);
    const onBRight = await onB(LOGIN, { e: user.email, p: TEST_PASSWORD });
    expect(onBRight.data?.login ?? null).toBeNull();
    expect(onBRight.errors![0].message).toMatch(/too many/i);
  });
});
