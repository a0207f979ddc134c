import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/common/logger';
import { loadConfig } from '../src/config';
import { DEMO_PASSWORD } from '../src/demo/catalogue';
import { createApp, type AppState } from '../src/http/app';
import { hashPassword } from '../src/modules/auth/password';
import { buildAgency, buildUser } from './support/factories';
import { codes, startTestHub, type TestHub } from './support/harness';

const METRICS_TOKEN = 'metrics-token-for-the-test-0123456789';
const lines: string[] = [];
const records = () => lines.map((l) => JSON.parse(l) as Record<string, any>);
const requestLines = () => records().filter((r) => r.msg === 'request');

let t: TestHub;
beforeAll(async () => {
  const log = createLogger({ level: 'info', format: 'json', destination: { write: (l: string) => lines.push(l) } });
  // With the job system (pg-boss) running, for its readiness check and metrics.
  t = await startTestHub({ metricsToken: METRICS_TOKEN, metricsPort: 0, jobs: true }, log);
});
afterAll(() => t?.stop());

const LOGIN = 'mutation SignIn($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';

describe('the request log', () => {
  const secrets: string[] = [DEMO_PASSWORD, 'a-brand-new-password-2026'];
  let token: string;
  let adminToken: string;

  beforeAll(async () => {
    // A user whose password is the demo password, signing in and working with the token.
    const agency = await buildAgency(t.sql, { provinceCode: '52' });
    const user = await buildUser(t.sql, { role: 'COORDINATOR', provinceCode: '52', email: 'koordinator.log@example.org' });
    await t.sql.run('update hub_user set password_hash = $1 where id = $2', [await hashPassword(DEMO_PASSWORD), user.id]);
    const wrong = await t.gql(LOGIN, { e: user.email, p: `${DEMO_PASSWORD}-wrong` });
    expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
    secrets.push(`${DEMO_PASSWORD}-wrong`);
    const res = await t.gql(LOGIN, { e: user.email, p: DEMO_PASSWORD });
    token = res.data!.login.token;
    secrets.push(token);
    expect((await t.gql('query Agencies { agencies { totalCount } }', {}, token)).data).toEqual({ agencies: { totalCount: 1 } });
    const recorded = await t.gql(
      'mutation RecordCase($in: RecordCaseInput!) { recordCase(input: $in) { id } }',
      { in: { intakeAgencyId: String(agency.id), issueArea: 'CHILD_MARRIAGE', provinceCode: '52', reportedOn: '2026-11-30', victimAgeGroup: 'CHILD_0_5', victimSex: 'FEMALE' } },
      token,
    );
    expect(recorded.errors).toBeUndefined();
    const admin = await buildUser(t.sql, { role: 'ADMIN' });
    adminToken = (await t.gql(LOGIN, { e: admin.email, p: admin.password })).data!.login.token;
    secrets.push(adminToken, admin.password);
    const created = await t.gql(
      'mutation CreateUser($in: CreateUserInput!) { createUser(input: $in) { id } }',
      { in: { email: 'baru@example.org', displayName: 'Baru', password: 'a-brand-new-password-2026', role: 'OVERSIGHT' } },
      adminToken,
    );
    expect(created.errors).toBeUndefined();
    // A bad token, sent as a bearer and as a cookie.
    await t.post(JSON.stringify({ query: '{ agencies { totalCount } }' }), { authorization: `Bearer ${token}x`, cookie: `hub_session=${token}y` });
    await t.gql('mutation Logout { logout }', {}, token);
  });

  it('never holds a password or a token', () => {
    const all = lines.join('');
    for (const secret of secrets) expect(all).not.toContain(secret);
    expect(requestLines().length).toBeGreaterThanOrEqual(7);
  });

  it('has one line per GraphQL request with its id, operation, user, role, duration and outcome, and nothing else', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
      body: JSON.stringify({ query: 'query Users { users { totalCount } }' }),
    });
    const requestId = res.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const line = requestLines().find((r) => r.requestId === requestId)!;
    expect(line).toMatchObject({ level: 'info', method: 'POST', path: '/graphql', status: 200, operation: 'Users', outcome: 'OK', role: 'ADMIN' });
    expect(typeof line.userId).toBe('number');
    expect(line.durationMs).toBeGreaterThan(0);
    for (const r of requestLines()) {
      expect(Object.keys(r).sort()).toEqual(
        ['durationMs', 'level', 'method', 'msg', 'operation', 'outcome', 'path', 'pid', 'requestId', 'role', 'status', 'time', 'userId'].sort(),
      );
    }
    const signIns = requestLines().filter((r) => r.operation === 'SignIn');
    expect(signIns.map((r) => r.outcome)).toContain('UNAUTHENTICATED');
    expect(signIns.map((r) => r.outcome)).toContain('OK');
    expect(requestLines().find((r) => r.operation === 'RecordCase')).toMatchObject({ outcome: 'OK', role: 'COORDINATOR' });
  });

  it('keeps a request id given by a proxy and makes one for each request otherwise', async () => {
    const a = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'proxy-id-1234567' }, body: '{"query":"{ provinces { code } }"}' });
    expect(a.headers.get('x-request-id')).toBe('proxy-id-1234567');
    const b = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'a bad id with spaces' }, body: '{"query":"{ provinces { code } }"}' });
    const c = await fetch(`${t.url}/healthz`);
    expect(b.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(c.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(c.headers.get('x-request-id')).not.toBe(b.headers.get('x-request-id'));
  });
});

describe('/metrics', () => {
  const scrape = (url: string, token?: string) => fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('answers the METRICS_TOKEN bearer only', async () => {
    expect((await scrape(`${t.url}/metrics`)).status).toBe(401);
    expect((await scrape(`${t.url}/metrics`, `${METRICS_TOKEN}x`)).status).toBe(401);
    const res = await scrape(`${t.url}/metrics`, METRICS_TOKEN);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  });

  it('counts GraphQL requests and their latency by operation and outcome, and shows the pool and the event loop', async () => {
    await t.gql('query Provinces { provinces { code } }');
    await t.gql('query Agencies { agencies { totalCount } }'); // anonymous: refused
    const body = await (await scrape(`${t.url}/metrics`, METRICS_TOKEN)).text();
    expect(body).toMatch(/^hub_graphql_requests_total\{operation="Provinces",outcome="OK"\} [1-9]/m);
    expect(body).toMatch(/^hub_graphql_requests_total\{operation="Agencies",outcome="UNAUTHENTICATED"\} [1-9]/m);
    expect(body).toMatch(/^hub_graphql_requests_total\{operation="SignIn",outcome="UNAUTHENTICATED"\} 1$/m);
    expect(body).toMatch(/^hub_graphql_request_duration_seconds_bucket\{le="0.5",operation="Provinces",outcome="OK"\} [1-9]/m);
    expect(body).toMatch(/^hub_graphql_request_duration_seconds_count\{operation="Provinces",outcome="OK"\} [1-9]/m);
    for (const name of ['hub_db_pool_connections_in_use', 'hub_db_pool_waiting', 'hub_db_pool_max', 'hub_nodejs_eventloop_lag_p99_seconds', 'hub_process_resident_memory_bytes']) {
      expect(body).toMatch(new RegExp(`^${name} \\d`, 'm'));
    }
  });

  it('shows the job queues (waiting, running, failed) and the e-mail outbox (pending, failed), read at scrape time', async () => {
    const email = (status: string) =>
      t.sql.run(
        `insert into email_outbox (to_address, language, subject, body_text, body_html, notification_count, status)
         values ('metrics@example.org', 'ID', 's', 't', 'h', 1, $1)`,
        [status],
      );
    await email('PENDING');
    await email('PENDING');
    await email('FAILED');
    await email('SENT');
    // A failed sweep job and one deferred to tomorrow, as pg-boss keeps them in its table.
    await t.sql.run(`insert into hub_jobs.job (name, state, start_after, data) values
      ('followup-sweep', 'failed', now(), '{"metricsTest": true}'), ('followup-sweep', 'created', now() + interval '1 day', '{"metricsTest": true}')`);
    const body = await (await scrape(`${t.url}/metrics`, METRICS_TOKEN)).text();
    expect(body).toMatch(/^hub_email_outbox_pending 2$/m);
    expect(body).toMatch(/^hub_email_outbox_failed 1$/m);
    for (const queue of ['followup-sweep', 'followup-email']) {
      expect(body).toMatch(new RegExp(`^hub_job_queue_jobs\\{queue="${queue}",state="queued"\\} \\d+$`, 'm'));
      expect(body).toMatch(new RegExp(`^hub_job_queue_jobs\\{queue="${queue}",state="active"\\} \\d+$`, 'm'));
      expect(body).toMatch(new RegExp(`^hub_job_failed_jobs\\{queue="${queue}"\\} \\d+$`, 'm'));
    }
    expect(body).toMatch(/^hub_job_failed_jobs\{queue="followup-sweep"\} 1$/m);
    expect(body).toMatch(/^hub_job_queue_jobs\{queue="followup-sweep",state="queued"\} [1-9]/m);
    await t.sql.run(`delete from hub_jobs.job where data @> '{"metricsTest": true}'`);
    await t.sql.run(`delete from email_outbox where to_address = 'metrics@example.org'`);
    const after = await (await scrape(`${t.url}/metrics`, METRICS_TOKEN)).text();
    expect(after).toMatch(/^hub_email_outbox_pending 0$/m);
    expect(after).toMatch(/^hub_email_outbox_failed 0$/m);
    expect(after).toMatch(/^hub_job_failed_jobs\{queue="followup-sweep"\} 0$/m);
  });

  it('gives client-chosen operation names a bounded set of labels', async () => {
    await t.post(JSON.stringify({ query: 'query Some_Name_That_Is_Valid_But_Much_Too_Long_To_Be_A_Useful_Label_0123456789 { provinces { code } }' }));
    const body = await (await scrape(`${t.url}/metrics`, METRICS_TOKEN)).text();
    expect(body).not.toContain('Much_Too_Long');
    expect(body).toMatch(/operation="\(other\)"/);
  });

  it('is served on METRICS_PORT, and only /metrics there', async () => {
    const port = t.hub.metricsPort!;
    expect((await scrape(`http://127.0.0.1:${port}/metrics`, METRICS_TOKEN)).status).toBe(200);
    expect((await scrape(`http://127.0.0.1:${port}/metrics`)).status).toBe(401);
    expect((await scrape(`http://127.0.0.1:${port}/graphql`, METRICS_TOKEN)).status).toBe(404);
  });

  it('is not served at all when neither METRICS_TOKEN nor METRICS_PORT is set', async () => {
    const config = { ...loadConfig({}), clientDir: '/nonexistent' };
    const state: AppState = { ready: true, stopping: false, graphql: null, readiness: null, metrics: t.hub.metrics, inFlight: 0 };
    const server = http.createServer(createApp(config, state, createLogger({ destination: { write: () => {} } })));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`;
      expect((await scrape(url)).status).toBe(404);
      expect((await scrape(url, METRICS_TOKEN)).status).toBe(404);
    } finally {
      server.close();
    }
  });
});

describe('/readyz', () => {
  it('is ready when the database answers, every migration is applied and the job system runs', async () => {
    const res = await fetch(`${t.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready', checks: { database: 'ok', migrations: 'ok', jobs: 'ok' } });
  });

  it('is not ready while a migration is pending', async () => {
    const row = await t.sql.one<{ id: number; name: string; executed_at: string }>('select * from mikro_orm_migrations order by id desc limit 1');
    await t.sql.run('delete from mikro_orm_migrations where id = $1', [row.id]);
    try {
      const res = await fetch(`${t.url}/readyz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: 'not ready', checks: { database: 'ok', migrations: '1 pending', jobs: 'ok' } });
    } finally {
      await t.sql.run('insert into mikro_orm_migrations (id, name, executed_at) values ($1, $2, $3)', [row.id, row.name, row.executed_at]);
    }
    expect((await fetch(`${t.url}/readyz`)).status).toBe(200);
  });

  it('is not ready when a registered check fails, while /healthz (liveness) stays 200', async () => {
    t.hub.readiness.add('failing-for-the-test', async () => 'down');
    const res = await fetch(`${t.url}/readyz`);
    expect(res.status).toBe(503);
    expect((await res.json()).checks['failing-for-the-test']).toBe('down');
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    t.hub.readiness.add('failing-for-the-test', async () => null);
  });

  it('is not ready once the job system has stopped', async () => {
    expect((await fetch(`${t.url}/readyz`)).status).toBe(200);
    await t.hub.jobs!.stop();
    const res = await fetch(`${t.url}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'not ready', checks: { database: 'ok', migrations: 'ok', jobs: 'stopped', 'failing-for-the-test': 'ok' } });
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  });
});
