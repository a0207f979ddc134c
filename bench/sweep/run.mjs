#!/usr/bin/env node
/**
 * The API's latency while the follow-up sweep runs (`npm run bench:sweep`, issue 11).
 *
 * Against the PostgreSQL database of DATABASE_URL, loaded with `npm run seed:scale`, it starts the
 * compiled hub (production mode, a free port), signs in as an ADMIN (created with
 * ADMIN_EMAIL/ADMIN_PASSWORD), and for each workload drives BENCH_CLIENTS (default 4) concurrent
 * clients: a warm-up, BENCH_DURATION (default 20) seconds without a sweep, then as long as a
 * `runFollowUpSweep(asOf)` sent to the same hub takes, for a day no sweep has run for yet (the
 * day after the latest sweep, or BENCH_SWEEP_AHEAD days after it, so the sweep does real
 * work). p50/p95/p99 of every response in each phase. Workloads (BENCH_WORKLOADS, default list,dashboard): the bench's List
 * (first 50 overdue action items of the largest province with agency, commitment, agreement and
 * parties) and the province dashboard's headline figures (`provinceMetrics` of that province,
 * without the per-agency table). It writes notifications and e-mails for the new days: run it on
 * a bench database. Results in bench/results/sweep.md (BENCH_OUT) and on stdout.
 *
 * Target (issue 11): the API's p95 during a sweep no worse than twice its p95 without.
 */
import pg from 'pg';
import { drive, fmt, gql, login, machine, percentile, requireDatabaseUrl, startHub, sleep, uptime, writeResult } from '../lib/hub.mjs';

const DATABASE_URL = requireDatabaseUrl('bench:sweep');
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 4);
const DURATION = Number(process.env.BENCH_DURATION ?? 20);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
const WORKLOADS = (process.env.BENCH_WORKLOADS ?? 'list,dashboard').split(',').filter(Boolean);
/** Days after the latest swept day (default 1, the next day); more days make more items due or overdue at once. */
const AHEAD = Number(process.env.BENCH_SWEEP_AHEAD ?? 1);
const ADMIN = { ADMIN_EMAIL: 'bench-sweep-admin@example.org', ADMIN_PASSWORD: 'bench-sweep-password-2026' };
const log = (...a) => console.error('[sweep]', ...a);
const uptimeStart = uptime();

const db = new pg.Client({ connectionString: DATABASE_URL });
await db.connect();
const { rows: [largest] } = await db.query(
  `select province_code as code, count(*)::int as items from action_item group by 1 order by 2 desc, 1 limit 1`,
);
const pgVersion = (await db.query('select version() as v')).rows[0].v;

const LIST = `query List($filter: ActionItemFilter) { actionItems(filter: $filter, first: 50) {
  nodes { id title status dueOn agency { name sector } commitment { description agreement { title parties { name } } } } } }`;
const DASHBOARD = `query Dashboard($code: String!) { provinceMetrics(provinceCode: $code) {
  activeAgreements commitments commitmentsOverdue fulfilmentRate actionsOpen actionsOverdue onTimeCompletionRate coordinationIndex } }`;
const bodies = {
  list: { title: `List: first 50 overdue action items of province ${largest.code} with agency, commitment, agreement and parties`, body: JSON.stringify({ query: LIST, variables: { filter: { provinceCode: largest.code, overdue: true } } }) },
  dashboard: { title: `Dashboard: provinceMetrics of province ${largest.code}, headline figures`, body: JSON.stringify({ query: DASHBOARD, variables: { code: largest.code } }) },
};

const hub = await startHub(DATABASE_URL, ADMIN);
const rows = [];
try {
  const token = await login(hub.url, ADMIN.ADMIN_EMAIL, ADMIN.ADMIN_PASSWORD);
  const request = (body) => async () => {
    const res = await fetch(`${hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
    const json = await res.json();
    if (json.errors || !res.ok) throw new Error(JSON.stringify(json.errors ?? res.status).slice(0, 300));
  };
  for (const name of WORKLOADS) {
    const w = bodies[name];
    if (!w) throw new Error(`unknown workload ${name}`);
    const run = request(w.body);
    let until = Date.now() + WARMUP * 1000;
    await drive(CLIENTS, run, () => Date.now() > until);
    until = Date.now() + DURATION * 1000;
    let t0 = performance.now();
    const without = await drive(CLIENTS, run, () => Date.now() > until);
    const withoutSeconds = (performance.now() - t0) / 1000;
    log(`${name} without a sweep: ${without.latencies.length} responses, p95 ${percentile(without.latencies, 95).toFixed(1)} ms`);

    const { rows: [{ day }] } = await db.query(
      `select to_char(greatest(coalesce(max(as_of) + $1::int, current_date), current_date), 'YYYY-MM-DD') as day from followup_sweep`,
      [AHEAD],
    );
    let sweep = null;
    t0 = performance.now();
    const sweepDone = gql(hub.url, 'mutation($d: Date!) { runFollowUpSweep(asOf: $d) { asOf notificationsCreated emailsQueued } }', { d: day }, token).then(
      (d) => (sweep = { ...d.runFollowUpSweep, seconds: (performance.now() - t0) / 1000 }),
      (err) => (sweep = { error: String(err), seconds: (performance.now() - t0) / 1000 }),
    );
    const during = await drive(CLIENTS, run, () => sweep !== null);
    await sweepDone;
    log(`${name} during the sweep of ${day} (${JSON.stringify(sweep)}): ${during.latencies.length} responses, p95 ${percentile(during.latencies, 95).toFixed(1)} ms`);
    rows.push({ name, title: w.title, day, sweep, without, withoutSeconds, during });
    await sleep(1000);
  }
} finally {
  await hub.stop();
  await db.end();
}
const uptimeEnd = uptime();

const stats = (r, seconds) =>
  `${fmt(r.latencies.length)} | ${fmt(r.latencies.length / seconds, 1)} | ${percentile(r.latencies, 50).toFixed(1)} | **${percentile(r.latencies, 95).toFixed(1)}** | ${percentile(r.latencies, 99).toFixed(1)} | ${r.errors}`;
const md = `# The API's latency during the follow-up sweep

Produced by \`npm run bench:sweep\` (bench/sweep/run.mjs): the compiled hub (\`server/dist/main.js\`,
\`NODE_ENV=production\`, default \`DB_POOL_SIZE\`) as its own process on PostgreSQL loaded with
\`npm run seed:scale\` (the follow-up tables already holding the sweeps of earlier days), signed in
as an ADMIN. Per workload, ${CLIENTS} concurrent clients (Node \`fetch\`, each sending its next request when
the last one is answered): a ${WARMUP} s warm-up, ${DURATION} s without a sweep, then for as long as
\`runFollowUpSweep(asOf)\` for a day no sweep had run for (${AHEAD === 1 ? 'the day after the latest sweep' : `${AHEAD} days after the latest sweep`}; sent to the same hub) takes. Latencies
of every response, in ms.

Target (issue 11): the API's p95 during a sweep no worse than twice its p95 without.

## Machine

${machine()}
- PostgreSQL: ${pgVersion}
- \`uptime\` at start: \`${uptimeStart}\`
- \`uptime\` at end: \`${uptimeEnd}\`

The machine has 2 vCPUs, shared by the hub, PostgreSQL, the clients and other engineers' builds
and tests running at the same time (the load averages above).

## Results

| Workload | Phase | Responses | per s | p50 | p95 | p99 | Errors |
|---|---|---:|---:|---:|---:|---:|---:|
${rows
  .map(
    (r) =>
      `| ${r.name} | without a sweep (${r.withoutSeconds.toFixed(0)} s) | ${stats(r.without, r.withoutSeconds)} |\n| ${r.name} | during the sweep of ${r.day} (${r.sweep.seconds.toFixed(1)} s) | ${stats(r.during, r.sweep.seconds)} |`,
  )
  .join('\n')}

${rows
  .map((r) => {
    const ratio = percentile(r.during.latencies, 95) / percentile(r.without.latencies, 95);
    const s = r.sweep.error ? `failed: ${r.sweep.error}` : `${fmt(r.sweep.notificationsCreated)} notifications, ${fmt(r.sweep.emailsQueued)} e-mails queued`;
    return `- **${r.name}** (${r.title}): p95 during / without = **${ratio.toFixed(2)}×**, target ≤ 2×: ${ratio <= 2 ? 'met' : '**not met**'}. The sweep of ${r.day}: ${r.sweep.seconds.toFixed(1)} s, ${s}.`;
  })
  .join('\n')}
`;
writeResult('sweep.md', md);
