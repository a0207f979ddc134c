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
  /** A connection to the instances' own database. */
  const onDatabase = () => {
    const u = new URL(baseUrl!);
    u.pathname = `/${dbName}`;
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

  it('the follow-up sweep run on both at once creates each notification once', async () => {
    const token = await signInAt(a.url, ADMIN.ADMIN_EMAIL, ADMIN.ADMIN_PASSWORD);
    const agency = await gql(a.url, 'mutation { createAgency(input: { name: "Dinas P3AP2KB Kabupaten Lombok Barat", sector: PROTECTION_SERVICE, level: PROVINCE, provinceCode: "52" }) { id } }', {}, token);
    expect(agency.errors).toBeUndefined();
    const agencyId = agency.data.createAgency.id;
    const member = await gql(
      b.url,
      'mutation($in: CreateUserInput!) { createUser(input: $in) { id } }',
      { in: { email: 'anggota@example.org', displayName: 'Anggota Lombok Barat', password: 'anggota-password-123', role: 'MEMBER', agencyId } },
      token,
    );
    expect(member.errors).toBeUndefined();
    // Overdue on the sweep's day (due 5 days before it), not yet escalated.
    const item = await gql(
      a.url,
      'mutation($in: CreateActionItemInput!) { createActionItem(input: $in) { id } }',
      { in: { agencyId, title: 'Rujukan korban ke rumah aman', openedOn: '2026-11-01', dueOn: '2026-11-05' } },
      token,
    );
    expect(item.errors).toBeUndefined();
    const itemId = Number(item.data.createActionItem.id);

    const c = onDatabase();
    await c.connect();
    try {
      const sweepRows = async () =>
        (await c.query<{ n: number }>(`select count(*)::int as n from notification where action_item_id = $1 and kind <> 'ACTION_ASSIGNED'`, [itemId])).rows[0].n;
      expect(await sweepRows()).toBe(0);

      const sweep = 'mutation($d: Date!) { runFollowUpSweep(asOf: $d) { notificationsCreated } }';
      const results = await Promise.all([a, b].map((hub) => gql(hub.url, sweep, { d: '2026-11-10' }, token)));
      for (const r of results) expect(r.errors).toBeUndefined();
      const created = results.map((r) => r.data.runFollowUpSweep.notificationsCreated as number).sort();
      // One of the two runs made the member's ACTION_OVERDUE notification, the other found it made.
      expect(created).toEqual([0, 1]);
      expect(await sweepRows()).toBe(1);
      const rows = await c.query(
        `select n.kind, u.email from notification n join hub_user u on u.id = n.recipient_id where n.action_item_id = $1 and n.kind <> 'ACTION_ASSIGNED'`,
        [itemId],
      );
      expect(rows.rows).toEqual([{ kind: 'ACTION_OVERDUE', email: 'anggota@example.org' }]);

      // Run again on either: nothing new.
      const again = await gql(b.url, sweep, { d: '2026-11-10' }, token);
      expect(again.data.runFollowUpSweep.notificationsCreated).toBe(0);
      expect(await sweepRows()).toBe(1);
    } finally {
      await c.end();
    }
  });

  it('one instance stopping leaves the other serving', async () => {
    expect((await fetch(`${a.url}/readyz`)).status).toBe(200);
    expect(await stopHubProcess(b)).toBe(0);
    // The other keeps serving.
    const token = await signInAt(a.url, ADMIN.ADMIN_EMAIL, ADMIN.ADMIN_PASSWORD);
    expect((await gql(a.url, '{ agencies { totalCount } }', {}, token)).data.agencies.totalCount).toBe(2);
  });
});
