import 'reflect-metadata';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../../src/config';
import type { Logger } from '../../src/common/logger';

/** Quiet, except for unexpected server errors, which a test run must show. */
export const testLogger: Logger = { info: () => {}, warn: () => {}, error: (m, err) => console.error(m, err ?? '') };
import { Sql } from '../../src/common/sql';
import { startHub, type Hub } from '../../src/hub';

export interface GqlResult<T = Record<string, any>> {
  status: number;
  data: T | null;
  errors?: { message: string; path?: string[]; extensions: { code: string; [k: string]: any } }[];
  extensions?: { sqlStatements?: number; [k: string]: unknown };
  headers: Headers;
}

export interface TestHub {
  hub: Hub;
  url: string;
  /** Direct SQL on the hub's own pool, for arranging data and checking what changed. */
  sql: Sql;
  /** POSTs one GraphQL operation; `token` signs it in. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GqlResult<T>>;
  /** Raw POST to /graphql with any body and headers. */
  post(body: string, headers?: Record<string, string>): Promise<Response>;
  stop(): Promise<void>;
}

/** Tables that hold data (not reference data, migrations or settings), emptied between test files. */
const DATA_TABLES = [
  'notification_email',
  'email_outbox',
  'notification',
  'notification_setting',
  'followup_sweep',
  'audit_event',
  'login_throttle',
  'user_session',
  'recommendation_addressee',
  'recommendation',
  'action_update',
  'action_item',
  'service_record',
  'referral',
  'case_record',
  'commitment',
  'agreement_party',
  'agreement',
  'meeting_attendee',
  'meeting',
  'network_membership',
  'network',
  'hub_user',
  'agency',
];

export async function resetDatabase(sql: Sql) {
  await sql.run(`truncate ${DATA_TABLES.join(', ')} restart identity cascade`);
}

/**
 * Starts a real hub (Express, Apollo, MikroORM) on a free port against the run's test
 * database, empties the data tables, and returns helpers to talk to it over HTTP.
 */
export async function startTestHub(overrides: Partial<Config> = {}, log: Logger = testLogger): Promise<TestHub> {
  const embedded = !process.env.DATABASE_URL;
  const config: Config = {
    ...loadConfig({}),
    port: 0,
    host: '127.0.0.1',
    databaseUrl: inject('databaseUrl'),
    demoData: false,
    sqlStats: true,
    dbPoolSize: embedded ? 1 : 5,
    // The scheduler and e-mail sender run only where a test asks for them (followup-jobs tests).
    jobs: false,
    ...overrides,
  };
  const hub = await startHub(config, log);
  const sql = new Sql(hub.orm.em.fork());
  await resetDatabase(sql);
  const endpoint = `${hub.url}/graphql`;
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return {
    hub,
    url: hub.url,
    sql,
    post,
    async gql(query, variables = {}, token = null) {
      const res = await post(JSON.stringify({ query, variables }), token ? { authorization: `Bearer ${token}` } : {});
      const json = (await res.json()) as Record<string, any>;
      return { status: res.status, data: json.data ?? null, errors: json.errors, extensions: json.extensions, headers: res.headers };
    },
    stop: () => hub.stop(),
  };
}

/** The error codes of a result, in order (empty when it succeeded). */
export function codes(result: GqlResult): string[] {
  return (result.errors ?? []).map((e) => e.extensions?.code);
}
