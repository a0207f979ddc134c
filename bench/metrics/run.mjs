#!/usr/bin/env node
/**
 * Benchmark of the coordination metrics (`npm run bench:metrics`).
 *
 * Against the PostgreSQL database of DATABASE_URL, loaded with `npm run seed:scale`, it starts
 * the built hub in production mode with SQL_STATS=true on a free port, signs in as ADMIN and as
 * OVERSIGHT (suppression included), warms up, then sends each query REQUESTS times from 8
 * concurrent keep-alive clients and reports latency percentiles and SQL statements per request.
 * Results go to bench/results/metrics.md and to stdout.
 *
 * Environment: DATABASE_URL (required), BENCH_REQUESTS (default 400), BENCH_WARMUP (default 40),
 * BENCH_CONCURRENCY (default 8), BENCH_QUERIES (a subset of the query keys below, comma-separated),
 * BENCH_VIEWERS (default ADMIN,OVERSIGHT), BENCH_OUT (default bench/results/metrics.md, `-` for
 * stdout only), BENCH_HUB_MAIN (the hub's entry point, default server/dist/main.js; several
 * `label=path` entries, comma-separated, measure several builds in one run: each query is
 * measured on every build back to back, in turn, so the machine's load falls on all alike),
 * BENCH_HUB_ARGS (extra node arguments for the hub, e.g. --cpu-prof).
 */
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { cpuOf } from '../lib/cpu.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DATABASE_URL = process.env.DATABASE_URL;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 40);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const PASSWORD = 'bench-password-2026'; // set by seed:scale
const ACCOUNTS = { ADMIN: 'bench-admin@example.org', OVERSIGHT: 'bench-oversight@example.org' };
const VIEWERS = (process.env.BENCH_VIEWERS ?? 'ADMIN,OVERSIGHT').split(',').filter(Boolean);
const ONLY = process.env.BENCH_QUERIES ? new Set(process.env.BENCH_QUERIES.split(',').filter(Boolean)) : null;
const OUT = process.env.BENCH_OUT ?? path.join(root, 'bench/results/metrics.md');
/** The builds to measure: [label, entry point]; one unlabelled build by default. */
const BUILDS = (process.env.BENCH_HUB_MAIN ?? path.join(root, 'server/dist/main.js'))
  .split(',')
  .filter(Boolean)
  .map((entry) => (entry.includes('=') ? entry.split('=', 2) : ['', entry]))
  .map(([label, main]) => [label, path.resolve(root, main)]);
const HUB_ARGS = (process.env.BENCH_HUB_ARGS ?? '').split(' ').filter(Boolean);

if (!DATABASE_URL) {
  console.error('bench:metrics needs DATABASE_URL: a PostgreSQL database filled by `npm run seed:scale`.');
  process.exit(2);
}

// ------------------------------------------------------------------ queries

const COUNT = '{ value suppressed rounded }';
const PROVINCE_FIGURES = `
  province { code name } from to asOf caseFrom caseTo hasData
  activeAgreements expiringAgreements coveredSectors sectorCoverage crossSectorPartnerships
  meetingsHeld commitments commitmentsFulfilled commitmentsOverdue fulfilmentRate
  actionsOpen actionsOverdue actionsDoneInPeriod onTimeCompletionRate
  casesReported ${COUNT}
  casesByIssueArea { issueArea count ${COUNT} }
  casesByOutcome { outcome count ${COUNT} }
  medianDaysToFirstService referralAcceptanceRate multiSectorCaseRate coordinationIndex`;
const AGENCY_STATS = 'agencyActionStats { agency { id name sector } open overdue doneInPeriod onTimeRate }';

const QUERIES = {
  province: `query Province($p: String!) { provinceMetrics(provinceCode: $p) { ${PROVINCE_FIGURES} ${AGENCY_STATS} } }`,
  provinceFigures: `query ProvinceFigures($p: String!) { provinceMetrics(provinceCode: $p) { ${PROVINCE_FIGURES} } }`,
  national: `query National { nationalMetrics { from to asOf actionsOverdue casesReported ${COUNT} provinces { ${PROVINCE_FIGURES} } } }`,
  nationalWithAgencies: `query NationalAgencies { nationalMetrics { actionsOverdue provinces { province { code } ${AGENCY_STATS} } } }`,
  trend: `query Trend($p: String, $from: Date!, $to: Date!) { metricsTrend(provinceCode: $p, from: $from, to: $to) {
    month actionsOpened actionsDone actionsOverdueAtMonthEnd casesReported ${COUNT} } }`,
};

// ------------------------------------------------------------------ helpers

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY * 2 });

function post(port, body, token) {
  return new Promise((resolve, reject) => {
    const data = Buffer.from(JSON.stringify(body));
    const headers = { 'content-type': 'application/json', 'content-length': data.length };
    if (token) headers.authorization = `Bearer ${token}`;
    const req = http.request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        try {
          resolve({ status: res.statusCode, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
        } catch (err) {
          reject(err);
        }
      });
    });
    req.on('error', reject);
    req.end(data);
  });
}

async function freePort() {
  for (let port = 4400; port <= 4499; port++) {
    const ok = await new Promise((resolve) => {
      const srv = net.createServer();
      srv.once('error', () => resolve(false));
      srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
    });
    if (ok) return port;
  }
  throw new Error('No free port in 4400-4499');
}

async function waitHealthy(port, child) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The hub exited with code ${child.exitCode}`);
    const ok = await new Promise((resolve) => {
      http.get({ host: '127.0.0.1', port, path: '/healthz' }, (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      }).on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('The hub did not become healthy within 2 minutes');
}

/** CPU ms used so far by the PostgreSQL backends of this database (the bench's own excepted), per pid; null when not on this machine. */
async function databaseCpu(db) {
  const { rows } = await db.query('select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()');
  const pids = new Map();
  for (const { pid } of rows) {
    const cpu = cpuOf(pid);
    if (cpu === null) return null;
    pids.set(pid, cpu);
  }
  return pids;
}

function databaseCpuDelta(before, after) {
  if (!before || !after) return NaN;
  let sum = 0;
  for (const [pid, cpu] of after) sum += cpu - (before.get(pid) ?? 0);
  return sum;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** N requests from `concurrency` clients, each sending its next request when the last answered. */
async function measure(port, body, token, n, concurrency, cpu) {
  const latencies = [];
  const statements = new Set();
  let sent = 0;
  let errors = 0;
  let firstError = null;
  const worker = async () => {
    while (sent < n) {
      sent++;
      const t0 = process.hrtime.bigint();
      const res = await post(port, body, token);
      latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      if (res.status !== 200 || res.json.errors) {
        errors++;
        firstError ??= JSON.stringify(res.json.errors ?? res.json).slice(0, 500);
      }
      statements.add(res.json.extensions?.sqlStatements);
    }
  };
  const before = cpu && { hub: cpuOf(cpu.pid), db: await databaseCpu(cpu.db) };
  const started = Date.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (Date.now() - started) / 1000;
  const after = cpu && { hub: cpuOf(cpu.pid), db: await databaseCpu(cpu.db) };
  latencies.sort((a, b) => a - b);
  return {
    n: latencies.length,
    errors,
    firstError,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1],
    rps: latencies.length / seconds,
    statements: [...statements].sort((a, b) => a - b),
    cpuHub: before && before.hub !== null && after.hub !== null ? (after.hub - before.hub) / latencies.length : NaN,
    cpuDb: before ? databaseCpuDelta(before.db, after.db) / latencies.length : NaN,
  };
}

function machine(pgVersion) {
  const cpuinfo = fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  let nproc = String(os.cpus().length);
  try {
    nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
  } catch {
    // nproc missing: os.cpus() it is
  }
  return {
    nproc,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    cpu: model,
    node: process.version,
    postgres: pgVersion,
    date: new Date().toISOString(),
  };
}

// ------------------------------------------------------------------ main

async function main() {
  const loadAtStart = os.loadavg();
  const db = new pg.Client({ connectionString: DATABASE_URL });
  await db.connect();
  const { rows: versionRows } = await db.query('select version() as v, current_setting($1) as jit', ['jit']);
  const { rows: sizeRows } = await db.query(`select
    (select count(*) from agency)::int as agencies, (select count(*) from agreement)::int as agreements,
    (select count(*) from commitment)::int as commitments, (select count(*) from action_item)::int as "actionItems",
    (select count(*) from action_update)::int as "actionUpdates", (select count(*) from case_record)::int as cases,
    (select count(*) from referral)::int as referrals, (select count(*) from service_record)::int as services`);
  const { rows: largest } = await db.query(
    `select c.province_code as code, p.name, count(*)::int as n from case_record c join province p on p.code = c.province_code
     group by 1, 2 order by 3 desc limit 1`,
  );
  const { rows: agencyRows } = largest.length
    ? await db.query('select count(distinct agency_id)::int as n from action_item where province_code = $1', [largest[0].code])
    : { rows: [] };
  const sizes = sizeRows[0];
  if (!largest.length || sizes.actionItems === 0) throw new Error('The database is empty: run `npm run seed:scale` first.');
  const province = largest[0];

  const today = new Date().toISOString().slice(0, 10);
  const [y, m] = today.split('-').map(Number);
  const start = new Date(Date.UTC(y, m - 1 - 23, 1)).toISOString().slice(0, 10);
  const cases = [
    { key: 'province', name: `provinceMetrics (${province.code} ${province.name}, all fields)`, target: 100, body: { query: QUERIES.province, variables: { p: province.code } } },
    { key: 'provinceFigures', name: `provinceMetrics (${province.code}, all fields but agencyActionStats)`, target: null, body: { query: QUERIES.provinceFigures, variables: { p: province.code } } },
    { key: 'national', name: 'nationalMetrics (38 provinces, all fields but agencyActionStats)', target: 250, body: { query: QUERIES.national } },
    { key: 'trendNational', name: 'metricsTrend (24 months, national)', target: 150, body: { query: QUERIES.trend, variables: { p: null, from: start, to: today } } },
    { key: 'trendProvince', name: `metricsTrend (24 months, ${province.code})`, target: 150, body: { query: QUERIES.trend, variables: { p: province.code, from: start, to: today } } },
    { key: 'nationalWithAgencies', name: 'nationalMetrics with agencyActionStats of every province', target: null, body: { query: QUERIES.nationalWithAgencies } },
  ].filter((c) => !ONLY || ONLY.has(c.key));

  /** One hub per build, all started up front (one at a time, each migrating the database if it must). */
  const hubs = [];
  const stopAll = () => {
    for (const h of hubs) if (h.child.exitCode === null) h.child.kill('SIGTERM');
  };
  process.on('exit', stopAll);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      stopAll();
      process.exit(130);
    });
  }
  try {
    for (const [label, main] of BUILDS) {
      const port = await freePort();
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'metrics-bench-'));
      const child = spawn(process.execPath, [...HUB_ARGS, main], {
        cwd: root,
        env: { ...process.env, NODE_ENV: 'production', SQL_STATS: 'true', DATABASE_URL, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      const hub = { label, main, port, child, dataDir, tokens: {} };
      hubs.push(hub);
      await waitHealthy(port, child);
      for (const role of VIEWERS) {
        const res = await post(port, {
          query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
          variables: { e: ACCOUNTS[role], p: PASSWORD },
        });
        if (!res.json.data) throw new Error(`Cannot sign in as ${ACCOUNTS[role]}: ${JSON.stringify(res.json.errors)}`);
        hub.tokens[role] = res.json.data.login.token;
      }
    }

    const results = [];
    for (const c of cases) {
      for (const role of VIEWERS) {
        for (const hub of hubs) {
          const who = `${c.name} as ${role}${hub.label ? ` (${hub.label})` : ''}`;
          process.stderr.write(`${who}: warm-up...`);
          await measure(hub.port, c.body, hub.tokens[role], WARMUP, CONCURRENCY);
          process.stderr.write(' measuring...');
          const r = await measure(hub.port, c.body, hub.tokens[role], REQUESTS, CONCURRENCY, { pid: hub.child.pid, db });
          process.stderr.write(` p95 ${r.p95.toFixed(1)} ms, CPU/req ${r.cpuHub.toFixed(1)} + ${r.cpuDb.toFixed(1)} ms\n`);
          if (r.errors) throw new Error(`${who}: ${r.errors} failed responses, e.g. ${r.firstError}`);
          results.push({ ...c, role, build: hub.label, ...r });
        }
      }
    }

    const info = machine(versionRows[0].v);
    const ms = (x) => x.toFixed(1);
    const several = hubs.length > 1;
    const lines = [
      '# Metrics benchmark',
      '',
      'Produced by `npm run bench:metrics` (bench/metrics/run.mjs). The hub runs in production mode',
      '(`NODE_ENV=production SQL_STATS=true node server/dist/main.js`) against PostgreSQL loaded with',
      '`npm run seed:scale` (national size). Each query is sent ' +
        `${REQUESTS} times by ${CONCURRENCY} concurrent keep-alive clients after ${WARMUP} warm-up requests; latency is measured by the`,
      'client from sending the request to reading the whole response. Defaults: asOf = today, a 365-day period.',
      '"CPU ms/req" is the CPU time per response of the hub process and of its PostgreSQL backends (from /proc),',
      'which depends much less on what else the machine is doing than the latencies do.',
      ...(several
        ? ['', `Builds compared in this run (each query measured on every build back to back): ${hubs.map((h) => `**${h.label}** = \`${path.relative(root, h.main)}\``).join(', ')}.`]
        : []),
      '',
      '## Machine',
      '',
      `- CPUs (nproc): ${info.nproc}`,
      `- Memory: ${info.memory}`,
      `- CPU model: ${info.cpu}`,
      `- Node: ${info.node}`,
      `- PostgreSQL: ${info.postgres} (server setting jit = ${versionRows[0].jit}; the metrics turn it off per transaction)`,
      `- Date: ${info.date}`,
      `- Load average (1, 5, 15 min) at start ${loadAtStart.map((x) => x.toFixed(2)).join(', ')}, at end ${os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(', ')} (the machine is shared: other work inflates the latencies)`,
      '',
      '## Data set',
      '',
      `${Object.entries(sizes).map(([k, v]) => `${k} ${v.toLocaleString('en')}`).join(', ')}; largest province ${province.code} (${province.name}) with ${province.n.toLocaleString('en')} cases` +
        ` and ${agencyRows[0]?.n ?? 0} agencies with action items (the rows of its agencyActionStats).`,
      '',
      '## Results',
      '',
      `| Query | Viewer |${several ? ' Build |' : ''} Requests | p50 ms | p95 ms | p99 ms | max ms | req/s | CPU ms/req hub + PostgreSQL | SQL statements | Target p95 | Met |`,
      `|---|---|${several ? '---|' : ''}---:|---:|---:|---:|---:|---:|---:|---:|---:|---|`,
      ...results.map(
        (r) =>
          `| ${r.name} | ${r.role} |${several ? ` ${r.build} |` : ''} ${r.n} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${ms(r.max)} | ${r.rps.toFixed(0)} | ${r.cpuHub.toFixed(1)} + ${r.cpuDb.toFixed(1)} | ${r.statements.join(', ')} | ${r.target ? `< ${r.target}` : 'n/a'} | ${r.target ? (r.p95 < r.target ? 'yes' : '**no**') : ''} |`,
      ),
      '',
      'SQL statements include `set local jit = off` where it runs and the sign-in check when it is not cached.',
      '',
    ];
    const out = lines.join('\n');
    if (OUT !== '-') {
      fs.mkdirSync(path.dirname(OUT), { recursive: true });
      fs.writeFileSync(OUT, out);
    }
    console.log(out);
  } finally {
    stopAll();
    agent.destroy();
    await db.end();
    for (const h of hubs) fs.rmSync(h.dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error('bench:metrics failed:', err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
