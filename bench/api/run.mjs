#!/usr/bin/env node
/**
 * API benchmark (`npm run bench`): the hub side by side with PostGraphile and with hand-written
 * SQL through `pg`, on the PostgreSQL database of DATABASE_URL loaded with the national-scale
 * data set (`npm run seed:scale`; an empty database is seeded first). See bench/README.md.
 *
 * The three servers run as separate processes on the same database, one after the other (never
 * concurrently), each driven by autocannon with the same settings: a warm-up, then a fixed
 * duration with 16 connections. Results: bench/results/latest.md and stdout.
 *
 * Environment:
 *   DATABASE_URL        required; a PostgreSQL 15+ database (never the embedded one)
 *   BENCH_DURATION      measured seconds per workload and server (default 15)
 *   BENCH_WARMUP        warm-up seconds before each measurement (default 5)
 *   BENCH_CONNECTIONS   concurrent connections (default 16)
 *   BENCH_POOL_SIZE     database connections of each server (default 10, the hub's default DB_POOL_SIZE)
 *   BENCH_WORKLOADS     comma-separated subset of list,detail,write,dashboard (default all)
 *   BENCH_SERVERS       comma-separated subset of hub,postgraphile,sql (default all)
 *   BENCH_VIEWERS       comma-separated subset of ADMIN,COORDINATOR for the hub (default both)
 *   BENCH_OUT           result file (default bench/results/latest.md; "-" for stdout only)
 *   BENCH_HUB_ARGS      extra node arguments for the hub process (e.g. --cpu-prof)
 *   BENCH_HUB_MAIN      the hub's entry point (default server/dist/main.js), e.g. another build to compare
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { workloads } from './workloads.mjs';
import { cpuOf } from '../lib/cpu.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const require = createRequire(import.meta.url);

const env = process.env;
const DATABASE_URL = env.DATABASE_URL;
const DURATION = Number(env.BENCH_DURATION ?? 15);
const WARMUP = Number(env.BENCH_WARMUP ?? 5);
const CONNECTIONS = Number(env.BENCH_CONNECTIONS ?? 16);
const POOL_SIZE = Number(env.BENCH_POOL_SIZE ?? 10);
const list = (v, all) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : all);
const WORKLOADS = list(env.BENCH_WORKLOADS, ['list', 'detail', 'write', 'dashboard']);
const SERVERS = list(env.BENCH_SERVERS, ['hub', 'postgraphile', 'sql']);
const VIEWERS = list(env.BENCH_VIEWERS, ['ADMIN', 'COORDINATOR']);
const OUT = env.BENCH_OUT ?? path.join(root, 'bench/results/latest.md');
const TIME_ZONE = env.TZ_HUB ?? 'Asia/Jakarta';
const PASSWORD = 'bench-password-2026'; // set by seed:scale for its bench accounts
const ACCOUNTS = { ADMIN: 'bench-admin@example.org', COORDINATOR: null /* the coordinator of the largest province, looked up */ };
const SERVER_NAMES = { hub: 'hub', postgraphile: 'PostGraphile', sql: 'hand-written SQL' };

if (!DATABASE_URL) {
  console.error(
    'npm run bench needs DATABASE_URL: a PostgreSQL 15+ database for the national-scale data set, e.g.\n' +
      '  createdb -h 127.0.0.1 -U postgres hub_bench\n' +
      '  DATABASE_URL=postgresql://postgres@127.0.0.1:5432/hub_bench npm run bench',
  );
  process.exit(2);
}

const log = (...a) => console.error('[bench]', ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ------------------------------------------------------------------ data set and fixtures

async function ensureDataSet(db) {
  const { rows } = await db.query(
    `select (select count(*) from information_schema.tables where table_name = 'action_item')::int as has_schema`,
  );
  const count = async (sql) => (rows[0].has_schema ? Number((await db.query(sql)).rows[0].n) : 0);
  const agencies = await count('select count(*) as n from agency');
  const benchAdmin = await count(`select count(*) as n from hub_user where email = '${ACCOUNTS.ADMIN}'`);
  if (agencies === 0) {
    log('The database holds no data: seeding the national-scale data set (npm run seed:scale, about a minute)...');
    await new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [path.join(root, 'server/dist/scale/seed-scale.js')], {
        env: { ...env, DATABASE_URL },
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`seed:scale exited with ${code}`))));
    });
  } else if (benchAdmin === 0) {
    console.error(
      'This database holds data but not the national-scale bench data set (no bench accounts). Give the bench\n' +
        'an empty database (it seeds it) or one filled by `npm run seed:scale`.',
    );
    process.exit(2);
  }
}

function todayIn(timeZone) {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

function addDays(date, days) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function fixtures(db) {
  const coordinator = (
    await db.query(`select email, province_code from hub_user where email like 'bench-coordinator-%' order by email limit 1`)
  ).rows[0];
  ACCOUNTS.COORDINATOR = coordinator.email;
  const provinceCode = coordinator.province_code;
  const today = todayIn(TIME_ZONE);
  // The agreement of the province at the 90th percentile of action items (ties by id): a large
  // detail page, not the single largest.
  const agreements = (
    await db.query(
      `select ag.id, count(ai.id)::int as items from agreement ag
       left join commitment c on c.agreement_id = ag.id left join action_item ai on ai.commitment_id = c.id
       where ag.province_code = $1 group by ag.id order by 2, 1`,
      [provinceCode],
    )
  ).rows;
  const agreementId = agreements[Math.floor(agreements.length * 0.9)].id;
  const adminId = (await db.query('select id from hub_user where email = $1', [ACCOUNTS.ADMIN])).rows[0].id;
  const counts = (
    await db.query(`select (select count(*) from agency)::int as agencies, (select count(*) from agreement)::int as agreements,
      (select count(*) from commitment)::int as commitments, (select count(*) from action_item)::int as "actionItems",
      (select count(*) from action_update)::int as "actionUpdates", (select count(*) from case_record)::int as cases,
      (select count(*) from action_item where province_code = $1 and status in ('OPEN', 'IN_PROGRESS', 'BLOCKED') and due_on < $2::date)::int as "overdueInProvince"`,
    [provinceCode, today])
  ).rows[0];
  return { provinceCode, today, agreementId, adminId, period: { from: addDays(today, -364), to: today, asOf: today }, counts };
}

/** Items the Write workload may change (OPEN or IN_PROGRESS, so overdue lists stay the same), in a fixed pseudo-random order. */
async function writeQueue(db, provinceCode) {
  const { rows } = await db.query(
    `select id, version, status from action_item where province_code = $1 and status in ('OPEN', 'IN_PROGRESS') order by md5(id::text)`,
    [provinceCode],
  );
  return rows;
}

// ------------------------------------------------------------------ processes

async function freePort(from = 4600, to = 4699) {
  for (let port = from; port <= to; port++) {
    const ok = await new Promise((resolve) => {
      const srv = net.createServer();
      srv.once('error', () => resolve(false));
      srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
    });
    if (ok) return port;
  }
  throw new Error(`No free port in ${from}-${to}`);
}

function memoryOf(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/** Starts a server process and samples its memory every 200 ms until it stops. */
async function startServer(kind, port) {
  const serverEnv = { ...env, DATABASE_URL, PORT: String(port), POOL_SIZE: String(POOL_SIZE) };
  let args;
  if (kind === 'hub') {
    args = [...(env.BENCH_HUB_ARGS ? env.BENCH_HUB_ARGS.split(' ').filter(Boolean) : []), env.BENCH_HUB_MAIN || path.join(root, 'server/dist/main.js')];
    Object.assign(serverEnv, { NODE_ENV: 'production', SQL_STATS: 'true', HOST: '127.0.0.1', DB_POOL_SIZE: String(POOL_SIZE) });
  } else {
    args = [path.join(here, kind === 'postgraphile' ? 'postgraphile-server.mjs' : 'sql-server.mjs')];
  }
  const child = spawn(process.execPath, args, { cwd: root, env: serverEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const memory = { peakRss: 0, hwm: 0 };
  const sampler = setInterval(() => {
    const m = memoryOf(child.pid);
    if (m) {
      memory.peakRss = Math.max(memory.peakRss, m.rss);
      memory.hwm = Math.max(memory.hwm, m.hwm);
    }
  }, 200);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${kind} exited with code ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) throw new Error(`${kind} did not become healthy within 2 minutes:\n${output}`);
    const ok = await fetch(`${base}/healthz`).then((r) => r.ok, () => false);
    if (ok) break;
    await sleep(250);
  }
  return {
    kind,
    port,
    base,
    pid: child.pid,
    memory,
    output: () => output,
    async stop() {
      clearInterval(sampler);
      const m = memoryOf(child.pid);
      if (m) memory.hwm = Math.max(memory.hwm, m.hwm);
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await Promise.race([new Promise((r) => child.once('exit', r)), sleep(10_000).then(() => child.kill('SIGKILL'))]);
    },
  };
}

/** CPU time used so far by the PostgreSQL backends serving this database (the bench's own excepted), when on this machine. */
async function databaseCpu(db) {
  const { rows } = await db.query('select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()');
  let total = 0;
  const pids = new Map();
  for (const { pid } of rows) {
    const cpu = cpuOf(pid);
    if (cpu === null) return null;
    pids.set(pid, cpu);
    total += cpu;
  }
  return { total, pids };
}

/** CPU ms used by backends between two samples (backends that came and went in between are missed). */
function databaseCpuDelta(before, after) {
  if (!before || !after) return null;
  let sum = 0;
  for (const [pid, cpu] of after.pids) sum += cpu - (before.pids.get(pid) ?? 0);
  return sum;
}

async function post(base, urlPath, body, headers = {}) {
  const res = await fetch(base + urlPath, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await res.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    // reported below
  }
  return { status: res.status, json, text };
}

async function signIn(base, email) {
  const res = await post(base, '/graphql', JSON.stringify({
    query: 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    variables: { email, password: PASSWORD },
  }));
  const token = res.json?.data?.login?.token;
  if (!token) throw new Error(`Could not sign in as ${email}: ${res.text.slice(0, 300)}`);
  return token;
}

const statementsOf = async (server) => (await (await fetch(`${server.base}/__statements`)).json()).statements;

// ------------------------------------------------------------------ measuring

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);

/**
 * One autocannon run. `request` is {path, body} or {path, setupBody(context), onBody(body, context)}
 * for bodies that change per request. Latency of every response is kept to compute percentiles.
 */
function cannon(server, request, headers, seconds) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    const tally = { errors: 0, conflicts: 0, deadlocks: 0, firstError: null };
    const spec = { method: 'POST', path: request.path, headers: { 'content-type': 'application/json', ...headers } };
    const onResponse = (status, body, context) => {
      if (body.includes('"errors"') && body.includes('"CONFLICT"')) tally.conflicts += 1;
      else if (status !== 200 || body.includes('"errors"')) {
        tally.errors += 1;
        if (body.includes('deadlock detected')) tally.deadlocks += 1;
        tally.firstError ??= `${status} ${body.slice(0, 300)}`;
      }
      request.onBody?.(body, context);
    };
    const requests = [
      request.setupBody
        ? { ...spec, setupRequest: (req, context) => ({ ...req, body: request.setupBody(context) }), onResponse }
        : { ...spec, body: request.body, onResponse },
    ];
    const started = process.hrtime.bigint();
    const instance = autocannon(
      { url: server.base, connections: CONNECTIONS, pipelining: 1, duration: seconds, requests, timeout: 30 },
      (err, result) => {
        if (err) return reject(err);
        const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
        latencies.sort((a, b) => a - b);
        resolve({
          requests: latencies.length,
          rps: latencies.length / elapsed,
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
          max: latencies[latencies.length - 1],
          timeouts: result.timeouts,
          ...tally,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

/** The statements one request runs: the hub says so itself; the others are counted in their process. */
async function statementsPerRequest(server, send, extract) {
  const counts = [];
  for (let i = 0; i < 10; i++) {
    const before = server.kind === 'hub' ? 0 : await statementsOf(server);
    const res = await send();
    counts.push(server.kind === 'hub' ? res.json?.extensions?.sqlStatements : (await statementsOf(server)) - before);
    extract?.(res);
  }
  // The most frequent count of ten requests (the hub's session check is never counted in sqlStatements).
  const tally = new Map();
  for (const c of counts) tally.set(c, (tally.get(c) ?? 0) + 1);
  return [...tally].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
}

const NOTE = 'Bench: status checked with the agency by phone.';
const nextStatus = (s) => (s === 'OPEN' ? 'IN_PROGRESS' : 'OPEN');

/** A Write request source: each request takes the next item of the queue, and puts it back with its new version once written. */
function writeSource(w, kind, queue) {
  const q = queue.slice();
  let head = 0;
  const take = () => (head < q.length ? q[head++] : null);
  const giveBack = (item) => q.push(item);
  return {
    path: w[kind].path,
    take,
    giveBack,
    setupBody(context) {
      const item = take();
      if (!item) throw new Error('The Write queue ran out of items');
      context.item = item;
      return w[kind].bodyFor(item, nextStatus(item.status), NOTE);
    },
    onBody(body, context) {
      const item = context.item;
      context.item = null;
      if (!item) return;
      let written = null;
      try {
        written = w.written[kind](JSON.parse(body));
      } catch {
        // counted as an error by the caller
      }
      // Items answered with an error or CONFLICT leave the queue: their version is unknown.
      if (written) giveBack({ id: item.id, version: written.version, status: written.status });
    },
  };
}

async function runWorkload(server, name, w, fx, db, headers = {}, viewer = null) {
  const spec = w[name][server.kind];
  const label = `${SERVER_NAMES[server.kind]}${viewer ? ` (${viewer})` : ''}: ${name}`;
  let request;
  let statements;
  let summary = null;
  if (name === 'write') {
    // One queue per server process, read once: an item still in flight when a run ends never
    // comes back, so no later request can carry a version that is no longer current.
    server.writeSource ??= writeSource(w.write, server.kind, await writeQueue(db, fx.provinceCode));
    const source = server.writeSource;
    const send = async () => {
      const context = {};
      const body = source.setupBody(context);
      const res = await post(server.base, spec.path, body, headers);
      source.onBody(res.text, context);
      if (!res.json || res.json.errors) throw new Error(`${label} failed: ${res.text.slice(0, 500)}`);
      return res;
    };
    statements = await statementsPerRequest(server, send);
    request = source;
  } else {
    const send = () => post(server.base, spec.path, spec.body, headers);
    const first = await send();
    if (first.status !== 200 || !first.json || first.json.errors) throw new Error(`${label} failed: ${first.text.slice(0, 500)}`);
    summary = w[name].summary[server.kind](first.json);
    statements = await statementsPerRequest(server, send);
    request = spec;
  }
  log(`${label}: warm-up ${WARMUP} s, then ${DURATION} s with ${CONNECTIONS} connections`);
  await cannon(server, request, headers, WARMUP);
  const before = server.kind === 'hub' ? null : await statementsOf(server);
  const cpuBefore = { server: cpuOf(server.pid), db: await databaseCpu(db), bench: process.cpuUsage() };
  const logBefore = server.output().length;
  const result = await cannon(server, request, headers, DURATION);
  // The hub and the SQL handler log what they answer as an internal error; PostGraphile says it in the answer.
  await sleep(100);
  result.deadlocks += (server.output().slice(logBefore).match(/deadlock detected/g) ?? []).length;
  const cpuAfter = { server: cpuOf(server.pid), db: await databaseCpu(db), bench: process.cpuUsage(cpuBefore.bench) };
  const average = before === null ? null : ((await statementsOf(server)) - before) / result.requests;
  const dbCpu = databaseCpuDelta(cpuBefore.db, cpuAfter.db);
  result.cpuServer = cpuBefore.server === null || cpuAfter.server === null ? NaN : (cpuAfter.server - cpuBefore.server) / result.requests;
  result.cpuDb = dbCpu === null ? NaN : dbCpu / result.requests;
  result.cpuBench = (cpuAfter.bench.user + cpuAfter.bench.system) / 1000 / result.requests;
  log(`${label}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, ` +
    `CPU/req server ${result.cpuServer.toFixed(2)} ms + PostgreSQL ${result.cpuDb.toFixed(2)} ms` +
    (result.errors ? `, ${result.errors} errors, ${result.deadlocks} of them deadlocks (${result.firstError})` : '') +
    (result.conflicts ? `, ${result.conflicts} conflicts` : ''));
  return { server: server.kind, viewer, workload: name, statements, averageStatements: average, summary, ...result };
}

// ------------------------------------------------------------------ report

const fmt = (x, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');
const int = (x) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : 'n/a');

function versions() {
  const v = (pkg) => {
    try {
      // Read the file itself: packages whose `exports` leave out package.json refuse require().
      return JSON.parse(fs.readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
    } catch {
      return '?';
    }
  };
  return {
    node: process.version,
    hub: `@apollo/server ${v('@apollo/server')}, type-graphql ${v('type-graphql')}, graphql ${v('graphql')}, @mikro-orm/core ${v('@mikro-orm/core')}, express ${v('express')}, pg ${v('pg')}`,
    postgraphile: `postgraphile ${v('postgraphile')} (@graphile-contrib/pg-simplify-inflector ${v('@graphile-contrib/pg-simplify-inflector')})`,
    autocannon: v('autocannon'),
  };
}

function summaryText(r) {
  const s = r.summary;
  if (!s) return '';
  if (r.workload === 'list') return `${s.items} items, ${s.withCommitment} with commitment, ${s.parties} parties`;
  if (r.workload === 'detail') return `${s.parties} parties, ${s.commitments} commitments, ${s.actionItems} items`;
  if (r.workload === 'dashboard') return `${s.agencyActionStats.length} agency rows`;
  return '';
}

function report({ results, fx, servers, started, pgVersion, checks }) {
  const ver = versions();
  const byKey = (server, workload, viewer = null) => results.find((r) => r.server === server && r.workload === workload && r.viewer === viewer);
  const lines = [];
  const p = (s = '') => lines.push(s);
  p('# API benchmark: the hub, PostGraphile and hand-written SQL');
  p();
  p('Produced by `npm run bench` (bench/api/run.mjs); rewritten on every run. How it works and what was changed for speed:');
  p('[bench/README.md](../README.md).');
  p();
  p(`- Date: ${started.toISOString()}`);
  p(`- Machine: ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.type()} ${os.release()}; the servers, PostgreSQL and the load generator share it`);
  p(`- Node ${ver.node}; PostgreSQL: ${pgVersion}`);
  p(`- Hub: ${ver.hub}; production mode, SQL_STATS=true, DB_POOL_SIZE=${POOL_SIZE}`);
  p(`- PostGraphile: ${ver.postgraphile}, pool of ${POOL_SIZE}; hand-written SQL: pg ${ver.hub.match(/pg ([\d.]+)/)?.[1]}, pool of ${POOL_SIZE}, named statements`);
  p(`- Load: autocannon ${ver.autocannon}, ${CONNECTIONS} connections, ${WARMUP} s warm-up then ${DURATION} s per workload and server, one server at a time`);
  const c = fx.counts;
  p(`- Data (seed:scale): ${int(c.agencies)} agencies, ${int(c.agreements)} agreements, ${int(c.commitments)} commitments, ${int(c.actionItems)} action items, ${int(c.actionUpdates)} history entries, ${int(c.cases)} cases; province ${fx.provinceCode} has ${int(c.overdueInProvince)} overdue items; today = ${fx.today} (${TIME_ZONE})`);
  p();
  p('## Results');
  p();
  p('Throughput is responses per second over the measured period; latencies are computed from every response (p95 too).');
  p('"SQL/req" is the statements one request runs: the hub\'s own `extensions.sqlStatements` (its statements, not BEGIN/COMMIT),');
  p('counted in the pg client of the PostGraphile and hand-written processes (transaction control included; "avg" over the');
  p('whole measured period). "CPU ms/req" is the CPU time per response of the server process and of its PostgreSQL');
  p('backends (from /proc), which depends less on what else the machine is doing than req/s. Ratios compare throughput');
  p('(higher is better for the hub). Errors are answers with an error other than CONFLICT, and timeouts.');
  p();
  p('| Workload | Server (viewer) | req/s | p50 ms | p95 ms | p99 ms | SQL/req | CPU ms/req: server + PostgreSQL | errors | answer | hub ÷ PostGraphile | hub ÷ SQL |');
  p('|---|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|');
  const w = workloads(fx);
  for (const name of WORKLOADS) {
    for (const r of results.filter((x) => x.workload === name)) {
      const who = `${SERVER_NAMES[r.server]}${r.viewer ? ` (${r.viewer})` : ''}`;
      const pgl = byKey('postgraphile', name);
      const floor = byKey('sql', name);
      const ratio = (other) => (r.server === 'hub' && other ? `${fmt(r.rps / other.rps, 2)}×` : '');
      const errors = `${r.errors + r.timeouts}${r.deadlocks ? ` (${r.deadlocks} deadlock${r.deadlocks > 1 ? 's' : ''})` : ''}${r.conflicts ? ` (+${r.conflicts} CONFLICT)` : ''}`;
      const stmts = r.statements + (r.averageStatements !== null && r.averageStatements !== undefined ? ` (avg ${fmt(r.averageStatements, 2)})` : '');
      const cpu = `${fmt(r.cpuServer, 2)} + ${fmt(r.cpuDb, 2)}`;
      p(`| ${name} | ${who} | ${int(r.rps)} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${stmts} | ${cpu} | ${errors} | ${summaryText(r)} | ${ratio(pgl)} | ${ratio(floor)} |`);
    }
  }
  p();
  for (const name of WORKLOADS) p(`- **${name}**: ${w[name].title}.`);
  p();
  if (checks.length) {
    p('Same data from every server:');
    p();
    for (const line of checks) p(`- ${line}`);
    p();
  }
  p('## Targets');
  p();
  p('| Target | Measured | Met |');
  p('|---|---|---|');
  const target = (label, measured, ok) => p(`| ${label} | ${measured} | ${ok === null ? 'not measured' : ok ? 'yes' : '**no**'} |`);
  for (const name of ['list', 'detail']) {
    const hub = byKey('hub', name, 'ADMIN');
    const pgl = byKey('postgraphile', name);
    const floor = byKey('sql', name);
    const cap = name[0].toUpperCase() + name.slice(1);
    target(`${cap} throughput ≥ 1.0× PostGraphile (ADMIN)`, hub && pgl ? `${fmt(hub.rps / pgl.rps, 2)}× (${int(hub.rps)} vs ${int(pgl.rps)} req/s)` : 'n/a', hub && pgl ? hub.rps >= pgl.rps : null);
    target(`${cap} throughput ≥ 0.5× hand-written SQL (ADMIN)`, hub && floor ? `${fmt(hub.rps / floor.rps, 2)}× (${int(hub.rps)} vs ${int(floor.rps)} req/s)` : 'n/a', hub && floor ? hub.rps >= 0.5 * floor.rps : null);
  }
  for (const viewer of VIEWERS) {
    const write = byKey('hub', 'write', viewer);
    target(`Write p95 < 50 ms (${viewer})`, write ? `${fmt(write.p95)} ms` : 'n/a', write ? write.p95 < 50 : null);
  }
  const hub = servers.hub;
  target('Hub RSS < 400 MB throughout (peak, VmHWM)', hub ? `${fmt(hub.hwm, 0)} MB` : 'n/a', hub ? hub.hwm < 400 : null);
  p();
  p('## Memory');
  p();
  p('| Server | peak RSS (VmHWM) MB | largest sampled RSS MB |');
  p('|---|---:|---:|');
  for (const [kind, m] of Object.entries(servers)) p(`| ${SERVER_NAMES[kind]} | ${fmt(m.hwm, 0)} | ${fmt(m.peakRss, 0)} |`);
  p();
  p('## Notes');
  p();
  p('- The hub reads the session of the token from the database on every request (one prepared statement by primary key,');
  p('  never cached, so a logout or a new role applies to the next request), one more round trip not counted in "SQL/req".');
  p('- The hub answers signed in (Bearer token of the seeded ADMIN, and of the COORDINATOR of the province, whose scope');
  p('  conditions are part of the real cost); PostGraphile and the hand-written handler run **without authentication or');
  p('  authorization**, so they do less work per request than the hub.');
  p('- Write: the hub checks the version (optimistic concurrency) and the viewer\'s rights, and writes the item, its history');
  p('  entry and an audit event in one transaction. PostGraphile writes the same three rows with three mutations of one');
  p('  request (one transaction) but cannot check the version; the hand-written handler does it all in one statement.');
  p('  Every request gets an item whose current version is known (a queue; an item returns to it with its new version once');
  p('  written), so CONFLICT answers would only come from a bug. Statuses alternate OPEN ↔ IN_PROGRESS, so the read');
  p('  workloads see the same items on every run.');
  p('- Dashboard: PostGraphile\'s generated schema cannot express these aggregates, so only the hub and the hand-written SQL');
  p('  are measured; the latter runs the metrics module\'s own statements bundled into one round trip.');
  p('- Deadlocks, if any, are counted in "errors". The metrics rollup triggers take their rows in one order');
  p('  (Migration20261122170000_metrics_lock_order), and the hub runs a transaction PostgreSQL aborted for a deadlock');
  p('  again (common/mutation.ts); PostGraphile and the hand-written handler would report it as an error.');
  p('- The machine is shared with the load generator and, during development, with other work: compare the servers of');
  p('  one run, and the CPU per request across runs.');
  return lines.join('\n') + '\n';
}

// ------------------------------------------------------------------ main

async function main() {
  const started = new Date();
  const db = new pg.Client({ connectionString: DATABASE_URL });
  await db.connect();
  await ensureDataSet(db);
  const fx = await fixtures(db);
  const pgVersion = (await db.query('show server_version')).rows[0].server_version;
  const w = workloads(fx);
  log(`Province ${fx.provinceCode}, agreement ${fx.agreementId}, today ${fx.today}`);

  const results = [];
  const servers = {};
  const answers = {};
  for (const kind of SERVERS) {
    const server = await startServer(kind, await freePort());
    try {
      const viewers = kind === 'hub' ? VIEWERS : [null];
      const tokens = {};
      if (kind === 'hub') for (const v of viewers) tokens[v] = await signIn(server.base, ACCOUNTS[v]);
      else await post(server.base, kind === 'postgraphile' ? '/graphql' : '/list', kind === 'postgraphile' ? '{"query":"{ __typename }"}' : w.list.sql.body);
      for (const name of WORKLOADS) {
        if (!w[name][kind]) continue;
        for (const viewer of viewers) {
          const headers = viewer ? { authorization: `Bearer ${tokens[viewer]}` } : {};
          const r = await runWorkload(server, name, w, fx, db, headers, viewer);
          results.push(r);
          if (r.summary) (answers[name] ??= []).push({ who: `${SERVER_NAMES[kind]}${viewer ? ` (${viewer})` : ''}`, summary: r.summary });
        }
      }
    } finally {
      await server.stop();
      servers[kind] = server.memory;
    }
  }
  await db.end();

  const checks = [];
  for (const [name, list] of Object.entries(answers)) {
    const same = list.every((a) => isDeepStrictEqual(a.summary, list[0].summary));
    const what = name === 'dashboard' ? 'every figure' : 'row counts and first/last ids';
    checks.push(`${name}: ${same ? `same ${what} from ${list.map((a) => a.who).join(', ')}` : `**answers differ**: ${list.map((a) => `${a.who} ${JSON.stringify(a.summary).slice(0, 200)}`).join('; ')}`}`);
  }
  const text = report({ results, fx, servers, started, pgVersion, checks });
  console.log(text);
  if (OUT !== '-') {
    fs.mkdirSync(path.dirname(OUT), { recursive: true });
    fs.writeFileSync(OUT, text);
    log(`Written to ${path.relative(process.cwd(), OUT)}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
