/**
 * Lock cycles between concurrent transactions, made to happen on purpose. A third connection
 * holds a row lock so that two changes reach the metrics rollups in the order that used to
 * deadlock, or so that a mutation of the API is caught in a real deadlock.
 *
 * Only PostgreSQL servers run transactions side by side: the embedded database serves every
 * connection from one session, where a second open transaction cannot exist, so these tests run
 * when DATABASE_URL is set (as in CI's first pass), and the embedded pass runs the HTTP races of
 * api-concurrency.test.ts instead.
 */
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isTransient } from '../src/common/mutation';
import { buildActionItem, buildAgency } from './support/factories';
import { actionRollups } from './support/rollups';
import { codes, startTestHub, type TestHub } from './support/harness';
import { signInCast, type Cast } from './support/api-helpers';

describe('what counts as a transient failure', () => {
  it('deadlocks and serialization failures are retried; other errors are not', () => {
    expect(isTransient(Object.assign(new Error('deadlock detected'), { code: '40P01' }))).toBe(true);
    expect(isTransient(Object.assign(new Error('could not serialize access'), { code: '40001' }))).toBe(true);
    expect(isTransient(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
    expect(isTransient(new Error('boom'))).toBe(false);
    expect(isTransient(null)).toBe(false);
  });
});

describe.runIf(Boolean(process.env.DATABASE_URL))('concurrent transactions on PostgreSQL', () => {
  let t: TestHub;
  let u: Cast;
  const clients: Client[] = [];

  beforeAll(async () => {
    t = await startTestHub();
    u = await signInCast(t);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.end().catch(() => {})));
    await t?.stop();
  });

  async function connect(): Promise<Client> {
    const c = new Client({ connectionString: inject('databaseUrl') });
    await c.connect();
    clients.push(c);
    return c;
  }

  /** Waits until some backend other than `except` waits for a lock, and returns its pid. */
  async function lockWaiter(except: number[], query: RegExp): Promise<number> {
    for (let i = 0; i < 500; i++) {
      const rows = await t.sql.all<{ pid: number; query: string }>(
        `select pid, query from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and not (pid = any($1::int[]))`,
        [except],
      );
      const hit = rows.find((r) => query.test(r.query));
      if (hit) return hit.pid;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`no backend came to wait for a lock running ${query}`);
  }

  const pid = async (c: Client) => (await c.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0].pid;


  it('two items whose rollup months interleave are completed at once without a deadlock, and the rollups stay exact', async () => {
    // A: opened in January, due and done in March. B: due in January, done in March. Completing
    // A changes the March counters; completing B the January and March ones. The old trigger took
    // March for A's counters and then January for its opening month (a net-zero change), while B
    // took January and then waited for March: a lock cycle whenever the two ran at once.
    const p = (await buildAgency(t.sql, { name: 'Polres A', provinceCode: '52' })).id;
    const q = (await buildAgency(t.sql, { name: 'Dinas B', provinceCode: '52' })).id;
    const a = await buildActionItem(t.sql, { agencyId: p, openedOn: '2025-01-05', dueOn: '2025-03-25' });
    const b = await buildActionItem(t.sql, { agencyId: q, openedOn: '2024-12-10', dueOn: '2025-01-20' });

    // Hold A's agency-month row, so A's change stops right after taking its metrics_month rows.
    const holder = await connect();
    await holder.query('begin');
    await holder.query(`select * from metrics_action_agency_month where province_code = '52' and agency_id = $1 and month = '2025-03-01' for update`, [p]);
    const c1 = await connect();
    const c2 = await connect();
    await c1.query('begin');
    await c2.query('begin');
    const first = c1.query(`update action_item set status = 'DONE', completed_on = '2025-03-20' where id = $1`, [a.id]).then(
      () => null,
      (e: Error & { code?: string }) => e,
    );
    await lockWaiter([await pid(holder)], /update action_item/);
    const second = c2.query(`update action_item set status = 'DONE', completed_on = '2025-03-05' where id = $1`, [b.id]).then(
      () => null,
      (e: Error & { code?: string }) => e,
    );
    // B waits for A's March row.
    const waiting = new Set<number>();
    for (let i = 0; i < 500 && waiting.size < 2; i++) {
      const rows = await t.sql.all<{ pid: number }>(`select pid from pg_stat_activity where wait_event_type = 'Lock' and query like 'update action_item%'`);
      rows.forEach((r) => waiting.add(r.pid));
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(waiting.size).toBe(2);
    await holder.query('commit');

    // A goes on and commits; B, which waited for A's March row, follows.
    const errors = [await first];
    await c1.query('commit');
    errors.push(await second);
    await c2.query('commit');
    expect(errors.map((e) => e && `${e.code}: ${e.message}`)).toEqual([null, null]);

    const incremental = await actionRollups(t.sql, '52');
    await t.sql.run('select metrics_rebuild()');
    expect(incremental).toEqual(await actionRollups(t.sql, '52'));
  });

  it('a mutation aborted by a deadlock is run again and succeeds, with one history entry and one audit event', async () => {
    const p = (await buildAgency(t.sql, { name: 'Polres C', provinceCode: '52' })).id;
    const a = await buildActionItem(t.sql, { agencyId: p, openedOn: '2025-05-05', dueOn: '2025-07-25' });
    const holder = await connect();
    await holder.query('begin');
    // The holder must not be the one PostgreSQL picks to abort: it checks for the cycle last.
    await holder.query(`set local deadlock_timeout = '20s'`);
    await holder.query(`select * from metrics_action_agency_month where province_code = '52' and agency_id = $1 and month = '2025-07-01' for update`, [p]);

    // The hub's transaction updates the item (row lock), then waits for the holder's row...
    const response = t.gql(
      `mutation($id: ID!, $in: UpdateActionItemInput!) { updateActionItem(id: $id, input: $in) { version status title completedOn } }`,
      { id: a.id, in: { version: 1, status: 'DONE', completedOn: '2025-07-20', note: 'selesai' } },
      u.coord.token,
    );
    const holderPid = await pid(holder);
    await lockWaiter([holderPid], /action_item/);
    // ...and the holder now wants the item: a cycle. The hub's side is aborted after 1 s,
    // the holder gets the item, commits, and the hub's second attempt goes through.
    await holder.query(`update action_item set title = 'Diubah bersamaan' where id = $1`, [a.id]);
    await holder.query('commit');

    const res = await response;
    expect(codes(res)).toEqual([]);
    expect(res.data!.updateActionItem).toEqual({ version: 2, status: 'DONE', title: 'Diubah bersamaan', completedOn: '2025-07-20' });
    const history = await t.sql.all<{ note: string | null }>('select note from action_update where action_item_id = $1', [a.id]);
    expect(history.map((h) => h.note)).toEqual(['selesai']);
    const audits = await t.sql.one<{ n: number }>(`select count(*)::int as n from audit_event where action = 'updateActionItem' and entity_id = $1`, [String(a.id)]);
    expect(audits.n).toBe(1);
  });
});
