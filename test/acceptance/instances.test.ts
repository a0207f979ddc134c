import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, gql, killAll, signInAt, startHubProcess, stopHubProcess, type HubProcess } from '../support/hub-process';

/**
 * Several hub processes behind a load balancer on one PostgreSQL database: whichever instance
 * a request reaches, the answer is the same. Needs PostgreSQL, so it runs when DATABASE_URL is
 * set (CI's first pass), on a database of its own created next to that one and dropped after.
 */
const ADMIN = { ADMIN_EMAIL: 'admin@example.org', ADMIN_PASSWORD: 'admin-password-123' };
const baseUrl = process.env.DATABASE_URL;

describe.runIf(Boolean(baseUrl))('two hub processes on one PostgreSQL database', () => {
  const dbName = `hub_instances_${process.pid}_${Date.now()}`;
  const admin = () => {
    const u = new URL(baseUrl!);
    u.pathname = '/postgres';
    return new pg.Client({ connectionString: u.toString() });
  };
  let a: HubProcess;
  let b: HubProcess;

  beforeAll(async () => {
    buildServer();
    const c = admin();
    await c.connect();
    await c.query(`create database ${dbName}`);
    await c.end();
    const u = new URL(baseUrl!);
    u.pathname = `/${dbName}`;
    // Both at once on an empty database: the start-up work (migrations, reference data, the
    // administrator) is done once, the other instance waits for it.
    const env = { ...ADMIN, DATABASE_URL: u.toString(), DEMO_DATA: 'false', DB_POOL_SIZE: '4' };
    [a, b] = await Promise.all([startHubProcess(env), startHubProcess(env)]);
  }, 240_000);

  afterAll(async () => {
    if (a) await stopHubProcess(a);
    if (b) await stopHubProcess(b);
    killAll();
    const c = admin();
    await c.connect();
    await c.query(`drop database if exists ${dbName}`);
    await c.end();
  }, 60_000);

  it('both start on an empty database: migrated once, one administrator', async () => {
    for (const hub of [a, b]) expect((await fetch(`${hub.url}/readyz`)).status).toBe(200);
    const migrated = [a, b].filter((h) => /Applied \d+ migration/.test(h.out()));
    expect(migrated).toHaveLength(1);
    const token = await signInAt(a.url, ADMIN.ADMIN_EMAIL, ADMIN.ADMIN_PASSWORD);
    const users = await gql(b.url, '{ users { totalCount nodes { email } } }', {}, token);
    expect(users.data.users).toEqual({ totalCount: 1, nodes: [{ email: ADMIN.ADMIN_EMAIL }] });
  });

  it('a session signed in on one is valid on the other', async () => {
    const token = await signInAt(a.url, ADMIN.ADMIN_EMAIL, ADMIN.ADMIN_PASSWORD);
    const me = await gql(b.url, '{ me { email role } }', {}, token);
    expect(me.errors).toBeUndefined();
    expect(me.data.me).toEqual({ email: ADMIN.ADMIN_EMAIL, role: 'ADMIN' });
  });

  it('what is created on one is read on the other, in turn', async () => {
    const tokenA = await signInAt(a.url, ADMIN.ADMIN_EMAIL, ADMIN.ADMIN_PASSWORD);
    const tokenB = await signInAt(b.url, ADMIN.ADMIN_EMAIL, ADMIN.ADMIN_PASSWORD);
    const created = await gql(b.url, 'mutation { createAgency(input: { name: "UPTD PPA Kota Mataram", sector: PROTECTION_SERVICE, level: PROVINCE, provinceCode: "52" }) { id } }', {}, tokenB);
    expect(created.errors).toBeUndefined();
    const id = created.data.createAgency.id;
    expect((await gql(a.url, 'query($id: ID!) { agency(id: $id) { name } }', { id }, tokenA)).data.agency).toEqual({ name: 'UPTD PPA Kota Mataram' });

    // A user created on A signs in on B and works on A.
    const user = await gql(
      a.url,
      'mutation($in: CreateUserInput!) { createUser(input: $in) { id } }',
      { in: { email: 'koordinator@example.org', displayName: 'Koordinator NTB', password: 'koordinator-password', role: 'COORDINATOR', provinceCode: '52' } },
      tokenA,
    );
    expect(user.errors).toBeUndefined();
    const coord = await signInAt(b.url, 'koordinator@example.org', 'koordinator-password');
    const network = await gql(a.url, 'mutation($in: CreateNetworkInput!) { createNetwork(input: $in) { id name } }', { in: { name: 'Forum PPA NTB', provinceCode: '52' } }, coord);
    expect(network.errors).toBeUndefined();
    const list = await gql(b.url, '{ networks(provinceCode: "52") { name } }', {}, coord);
    expect(list.data.networks).toEqual([{ name: 'Forum PPA NTB' }]);

    // The audit trail holds the events of both instances.
    const audit = await gql(b.url, '{ auditEvents(first: 100) { nodes { action } } }', {}, tokenA);
    expect(audit.data.auditEvents.nodes.map((n: { action: string }) => n.action)).toEqual(expect.arrayContaining(['createAgency', 'createUser', 'createNetwork']));
  });

  it('one instance stopping leaves the other serving', async () => {
    expect((await fetch(`${a.url}/readyz`)).status).toBe(200);
    expect(await stopHubProcess(b)).toBe(0);
    // The other keeps serving.
    const token = await signInAt(a.url, ADMIN.ADMIN_EMAIL, ADMIN.ADMIN_PASSWORD);
    expect((await gql(a.url, '{ agencies { totalCount } }', {}, token)).data.agencies.totalCount).toBe(1);
  });
});
