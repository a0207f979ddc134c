import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config';
import { Sql } from '../src/common/sql';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../src/db/embedded';
import { migrationsList } from '../src/db/migrations';
import { createOrm, migrate } from '../src/db/orm';
import { loadReferenceData } from '../src/db/reference-data';
import { DEMO_PASSWORD } from '../src/demo/catalogue';
import { startHub, type Hub } from '../src/hub';
import { walkPages } from './support/api-helpers';
import { testLogger, type GqlResult, type TestHub } from './support/harness';

/**
 * Upgrading keeps the data: a database built by the round-1 hub (its four migrations, its demo
 * data and some changes through its API, recorded in fixtures/round1-demo.json.gz by
 * fixtures/make-round1-fixture.mjs) is started by today's hub, which applies every later
 * migration; every record, history entry and audit event is still there, unchanged, and
 * readable through the API. Later migrations need nothing here: they are "every later one".
 */
interface Fixture {
  migrations: string[];
  tables: Record<string, Record<string, unknown>[]>;
}
const fixture: Fixture = JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(__dirname, 'fixtures/round1-demo.json.gz'))).toString('utf8'));

/**
 * Tables whose rows may legitimately change or go in an upgrade (sessions may be invalidated,
 * the signing secret replaced). A later migration that transforms records on purpose names the
 * table and column here, with the reason.
 */
const MAY_CHANGE = new Set(['user_session', 'hub_setting']);

/** Tables a later migration removes on purpose, with the reason; their rows are not records any more. */
const DROPPED: Record<string, string> = {
  case_code_sequence: 'Migration20261207120000_random_case_codes: case codes end in random characters, no counter is kept',
};

let db: EmbeddedDatabase;
let hub: Hub;
let api: Pick<TestHub, 'gql'>;
let token: string;

beforeAll(async () => {
  db = await startEmbeddedDatabase(null);
  // The round-1 schema, reference data and records.
  const round1 = migrationsList.filter((m) => fixture.migrations.includes(m.name));
  expect(round1.map((m) => m.name)).toEqual(fixture.migrations);
  const orm = await createOrm({ url: db.url, poolSize: 1, migrations: round1 });
  await migrate(orm);
  const sql = new Sql(orm.em.fork());
  await loadReferenceData(sql);
  for (const [table, rows] of Object.entries(fixture.tables)) {
    await sql.run(`insert into ${table} select * from json_populate_recordset(null::${table}, $1::json)`, [JSON.stringify(rows)]);
    const seq = await sql.maybeOne<{ s: string | null }>(`select pg_get_serial_sequence($1, 'id') as s`, [table]).catch(() => null);
    if (seq?.s && rows.length) await sql.run(`select setval($1, (select max(id) from ${table}))`, [seq.s]);
  }
  await orm.close(true);

  // Today's hub applies every later migration at start.
  hub = await startHub({ ...loadConfig({}), port: 0, host: '127.0.0.1', databaseUrl: db.url, demoData: false, dbPoolSize: 1, dailyBackup: false }, testLogger);
  api = {
    async gql<T>(query: string, variables: Record<string, unknown> = {}, tok: string | null = null): Promise<GqlResult<T>> {
      const res = await fetch(`${hub.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(tok ? { authorization: `Bearer ${tok}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const json = (await res.json()) as Record<string, any>;
      return { status: res.status, data: json.data ?? null, errors: json.errors, headers: res.headers };
    },
  };
  const login = await api.gql<{ login: { token: string } }>('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
    e: 'admin@demo.pantau.id',
    p: DEMO_PASSWORD,
  });
  expect(login.errors).toBeUndefined();
  token = login.data!.login.token;
}, 180_000);

afterAll(async () => {
  await hub?.stop();
  await db?.stop();
});

const idsOfTable = (table: string) => fixture.tables[table].map((r) => String(r.id)).sort();

describe('an upgrade from round 1', () => {
  it('applies every later migration', async () => {
    const sql = new Sql(hub.orm.em.fork());
    const applied = (await sql.all<{ name: string }>('select name from mikro_orm_migrations order by id')).map((r) => r.name.replace(/\.[jt]s$/, ''));
    expect(applied).toEqual(migrationsList.map((m) => m.name));
    expect((await fetch(`${hub.url}/readyz`)).status).toBe(200);
  });

  it('keeps every record with its round-1 values', async () => {
    const sql = new Sql(hub.orm.em.fork());
    for (const [table, rows] of Object.entries(fixture.tables)) {
      if (MAY_CHANGE.has(table) || !rows.length) continue;
      if (table in DROPPED) {
        expect(await sql.maybeOne('select 1 from pg_tables where schemaname = current_schema() and tablename = $1', [table]), DROPPED[table]).toBeNull();
        continue;
      }
      const now = await sql.all<{ j: Record<string, unknown> }>(`select to_jsonb(x) as j from ${table} x`);
      // Rows by id, or by all their round-1 columns for tables without one.
      const cols = 'id' in rows[0] ? ['id'] : Object.keys(rows[0]).sort();
      const key = (r: Record<string, unknown>) => JSON.stringify(cols.map((c) => r[c]));
      const byKey = new Map(now.map(({ j }) => [key(j), j]));
      expect(now.length, table).toBeGreaterThanOrEqual(rows.length); // the test's own sign-in adds an audit event
      for (const before of rows) {
        const after = byKey.get(key(before));
        expect(after, `${table} ${key(before)}`).toBeDefined();
        // The round-1 columns that still exist hold the same values (new columns may be added).
        const kept = Object.fromEntries(Object.keys(before).filter((c) => c in after!).map((c) => [c, after![c]]));
        expect(kept, `${table} ${key(before)}`).toEqual(before);
      }
    }
  });

  it('serves every record, history entry and audit event through the API', async () => {
    const walk = async (field: string, selection: string) =>
      (await walkPages(api as TestHub, field, `query($first: Int, $after: String) { ${field}(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id ${selection} } } }`, {}, token, 100)).nodes;
    for (const [field, table] of [
      ['agencies', 'agency'],
      ['meetings', 'meeting'],
      ['agreements', 'agreement'],
      ['commitments', 'commitment'],
      ['cases', 'case_record'],
      ['users', 'hub_user'],
    ] as const) {
      const nodes = await walk(field, '');
      expect(nodes.map((n) => n.id).sort(), field).toEqual(idsOfTable(table));
    }

    const items = (await walk('actionItems', 'updates { id note }')) as unknown as { id: string; updates: { id: string; note: string | null }[] }[];
    expect(items.map((i) => i.id).sort()).toEqual(idsOfTable('action_item'));
    const updates = items.flatMap((i) => i.updates);
    expect(updates.map((u) => u.id).sort()).toEqual(idsOfTable('action_update'));
    const notes = new Map(fixture.tables.action_update.map((u) => [String(u.id), u.note]));
    for (const u of updates) expect(u.note).toBe(notes.get(u.id));

    const audit = (await walk('auditEvents', 'action entityId')) as unknown as { id: string; action: string; entityId: string }[];
    // Every round-1 event, and besides them only the sign-in of this test.
    const actions = new Map(fixture.tables.audit_event.map((a) => [String(a.id), `${a.action} ${a.entity_id}`]));
    const old = audit.filter((a) => actions.has(a.id));
    expect(old.map((a) => a.id).sort()).toEqual(idsOfTable('audit_event'));
    for (const a of old) expect(`${a.action} ${a.entityId}`).toBe(actions.get(a.id));
    expect(audit.filter((a) => !actions.has(a.id)).map((a) => a.action)).toEqual(['login']);

    const networks = await api.gql<{ networks: { id: string }[] }>('{ networks { id } }', {}, token);
    expect(networks.data!.networks.map((n) => n.id).sort()).toEqual(idsOfTable('network'));
  });
});
