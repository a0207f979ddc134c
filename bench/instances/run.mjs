#!/usr/bin/env node
/**
 * Two hubs on one PostgreSQL database against one (`npm run bench:instances`, issue 15).
 *
 * Against the PostgreSQL database of DATABASE_URL, loaded with `npm run seed:scale`, it starts the
 * compiled hub (production mode, a free port, the same SESSION_SECRET for every instance) and
 * drives BENCH_CONNECTIONS (default 16) concurrent clients for BENCH_DURATION (default 20) seconds
 * after a BENCH_WARMUP (5 s) warm-up with a mix of reads and writes as an ADMIN: three List
 * requests (the bench's first 50 overdue action items of the largest province with agency,
 * commitment, agreement and parties) for every note added to one of 200 action items of that
 * province (`addActionNote`: a transaction with a history entry and an audit event). Then it
 * starts a second hub on the same database, signs in on the first only (the token must be
 * valid on both), and spreads the same load over both (client i uses hub i mod 2). Throughput,
 * p50/p95/p99 and errors per phase. It adds notes: run it on a bench database. Results in
 * bench/results/instances.md (BENCH_OUT) and on stdout.
 */
import pg from 'pg';
import { fmt, login, machine, percentile, requireDatabaseUrl, startHub, uptime, writeResult } from '../lib/hub.mjs';

const DATABASE_URL = requireDatabaseUrl('bench:instances');
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const DURATION = Number(process.env.BENCH_DURATION ?? 20);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
const ADMIN = { ADMIN_EMAIL: 'bench-instances-admin@example.org', ADMIN_PASSWORD: 'bench-instances-password-2026' };
const log = (...a) => console.error('[instances]', ...a);
const uptimeStart = uptime();

const db = new pg.Client({ connectionString: DATABASE_URL });
await db.connect();
const { rows: [largest] } = await db.query(`select province_code as code from action_item group by 1 order by count(*) desc, 1 limit 1`);
const itemIds = (await db.query(`select id from action_item where province_code = $1 order by md5(id::text) limit 200`, [largest.code])).rows.map((r) => String(r.id));
const pgVersion = (await db.query('select version() as v')).rows[0].v;
await db.end();

const LIST = JSON.stringify({
  query: `query List($filter: ActionItemFilter) { actionItems(filter: $filter, first: 50) {
  nodes { id title status dueOn agency { name sector } commitment { description agreement { title parties { name } } } } } }`,
  variables: { filter: { provinceCode: largest.code, overdue: true } },
});
const NOTE = 'mutation($id: ID!, $n: String!) { addActionNote(id: $id, note: $n) { id } }';

/** `CONNECTIONS` clients, client c on urls[c % urls.length], until the deadline. */
async function phase(urls, token, seconds) {
  const lat = { list: [], note: [] };
  const errors = { list: 0, note: 0 };
  let firstError = null;
  let n = 0;
  const until = Date.now() + seconds * 1000;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, c) => {
      const url = urls[c % urls.length];
      while (Date.now() < until) {
        const i = n++;
        const kind = i % 4 === 3 ? 'note' : 'list';
        const body = kind === 'list' ? LIST : JSON.stringify({ query: NOTE, variables: { id: itemIds[i % itemIds.length], n: `Catatan bench ${i}` } });
        const started = performance.now();
        try {
          const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
          const json = await res.json();
          if (!res.ok || json.errors) throw new Error(JSON.stringify(json.errors ?? res.status).slice(0, 300));
          lat[kind].push(performance.now() - started);
        } catch (err) {
          errors[kind] += 1;
          firstError ??= String(err).slice(0, 300);
        }
      }
    }),
  );
  return { lat, errors, firstError, seconds: (performance.now() - t0) / 1000 };
}

const hubs = [];
const results = [];
try {
  hubs.push(await startHub(DATABASE_URL, ADMIN));
  const token = await login(hubs[0].url, ADMIN.ADMIN_EMAIL, ADMIN.ADMIN_PASSWORD);
  for (const count of [1, 2]) {
    if (hubs.length < count) hubs.push(await startHub(DATABASE_URL, ADMIN));
    const urls = hubs.slice(0, count).map((h) => h.url);
    await phase(urls, token, WARMUP);
    const r = await phase(urls, token, DURATION);
    const all = [...r.lat.list, ...r.lat.note];
    log(`${count} instance(s): ${all.length} responses, ${(all.length / r.seconds).toFixed(1)}/s, p95 ${percentile(all, 95).toFixed(1)} ms, errors ${JSON.stringify(r.errors)} ${r.firstError ?? ''}`);
    results.push({ count, ...r, all });
  }
} finally {
  for (const h of hubs) await h.stop();
}
const uptimeEnd = uptime();

const line = (label, xs, errs, seconds) =>
  `${label} | ${fmt(xs.length)} | ${fmt(xs.length / seconds, 1)} | ${percentile(xs, 50).toFixed(1)} | ${percentile(xs, 95).toFixed(1)} | ${percentile(xs, 99).toFixed(1)} | ${errs}`;
const [one, two] = results;
const md = `# Two hubs on one PostgreSQL database

Produced by \`npm run bench:instances\` (bench/instances/run.mjs): the compiled hub
(\`server/dist/main.js\`, \`NODE_ENV=production\`, default \`DB_POOL_SIZE\`) as its own process on
PostgreSQL loaded with \`npm run seed:scale\`; ${CONNECTIONS} concurrent clients (Node \`fetch\`), signed in
once as an ADMIN on the first hub, sending three List requests (first 50 overdue action items of
province ${largest.code} with agency, commitment, agreement and parties) for every \`addActionNote\` on one
of 200 items of that province (a transaction: the item, a history entry, an audit event).
${WARMUP} s warm-up, ${DURATION} s measured: first with one hub, then with a second hub started on the
same database and the clients spread over both (client *i* on hub *i* mod 2; the token signed by
the first is used on the second). No proxy in front.

## Machine

${machine()}
- PostgreSQL: ${pgVersion}
- \`uptime\` at start: \`${uptimeStart}\`
- \`uptime\` at end: \`${uptimeEnd}\`

The machine has 2 vCPUs, shared by both hubs, PostgreSQL, the clients and other engineers' builds
and tests running at the same time (the load averages above). On 2 vCPUs a second process cannot add
CPU, so this run shows whether anything **serialises or fails** across instances, not how a
second machine would scale.

## Results

| Instances | Requests | Responses | per s | p50 ms | p95 ms | p99 ms | Errors |
|---|---|---:|---:|---:|---:|---:|---:|
${results
  .map((r) =>
    [
      `| ${r.count} | all | ${line('', r.all, r.errors.list + r.errors.note, r.seconds).slice(3)} |`,
      `| ${r.count} | List | ${line('', r.lat.list, r.errors.list, r.seconds).slice(3)} |`,
      `| ${r.count} | addActionNote | ${line('', r.lat.note, r.errors.note, r.seconds).slice(3)} |`,
    ].join('\n'),
  )
  .join('\n')}

Two instances against one: throughput ${((two.all.length / two.seconds) / (one.all.length / one.seconds)).toFixed(2)}×, p95
${(percentile(two.all, 95) / percentile(one.all, 95)).toFixed(2)}×; errors: ${one.errors.list + one.errors.note} with one, ${two.errors.list + two.errors.note} with two${two.firstError ?? one.firstError ? ` (first: \`${two.firstError ?? one.firstError}\`)` : ''}.
`;
writeResult('instances.md', md);
