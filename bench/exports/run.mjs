#!/usr/bin/env node
/**
 * Exports and the province report at national scale (`npm run bench:exports`, issue 13).
 *
 * Against the PostgreSQL database of DATABASE_URL, loaded with `npm run seed:scale`, it starts
 * the compiled hub (server/dist/main.js, production mode, a free port; the hub migrates at start)
 * with an ADMIN account created from ADMIN_EMAIL/ADMIN_PASSWORD, signs in as it and downloads
 * every action item as CSV and then as XLSX (`GET /export/action-items.csv|xlsx`, no filter: all
 * of them), each on a freshly started hub so that its peak memory is that export's: rows per
 * second, time to the first and to the last byte, and the hub's peak resident memory (VmRSS
 * sampled every 100 ms, and VmHWM). Then the report of the province with the most action items
 * (`GET /report/province/<code>.pdf`), BENCH_REPORT_RUNS times (default 3): time to the last
 * byte. Results in bench/results/exports.md (BENCH_OUT) and on stdout.
 *
 * Environment: DATABASE_URL (required), BENCH_REPORT_RUNS, BENCH_OUT.
 * Targets (issue 13): peak RSS under 400 MB while exporting; the report under 3 s.
 */
import pg from 'pg';
import { fmt, login, machine, memorySampler, percentile, requireDatabaseUrl, startHub, uptime, writeResult } from '../lib/hub.mjs';

const DATABASE_URL = requireDatabaseUrl('bench:exports');
const REPORT_RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 3);
const ADMIN = { ADMIN_EMAIL: 'bench-export-admin@example.org', ADMIN_PASSWORD: 'bench-export-password-2026' };
const log = (...a) => console.error('[exports]', ...a);
const uptimeStart = uptime();

/** Downloads `path` as ADMIN, counting bytes and line feeds as they arrive. */
async function download(url, token, path) {
  const t0 = performance.now();
  const res = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status} ${(await res.text()).slice(0, 300)}`);
  let firstByte = null;
  let bytes = 0;
  let lines = 0;
  for await (const chunk of res.body) {
    firstByte ??= performance.now() - t0;
    bytes += chunk.length;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
  }
  return { seconds: (performance.now() - t0) / 1000, firstByte: (firstByte ?? 0) / 1000, bytes, lines, type: res.headers.get('content-type'), encoding: res.headers.get('content-encoding') ?? 'none' };
}

async function withHub(fn) {
  const hub = await startHub(DATABASE_URL, ADMIN);
  try {
    const token = await login(hub.url, ADMIN.ADMIN_EMAIL, ADMIN.ADMIN_PASSWORD);
    return await fn(hub, token);
  } finally {
    await hub.stop();
  }
}

const db = new pg.Client({ connectionString: DATABASE_URL });
await db.connect();
const { rows: [counts] } = await db.query(`select (select count(*)::int from action_item) as items, (select version() as v) as pg`);
const { rows: [largest] } = await db.query(
  `select p.code, p.name, count(*)::int as items from action_item i join province p on p.code = i.province_code group by 1, 2 order by 3 desc, 1 limit 1`,
);
await db.end();
log(`${counts.items} action items; largest province ${largest.code} ${largest.name} (${largest.items})`);

const exports = [];
for (const format of ['csv', 'xlsx']) {
  exports.push(
    await withHub(async (hub, token) => {
      const before = memorySampler(hub.child.pid).stop();
      const sampler = memorySampler(hub.child.pid, 100);
      const d = await download(hub.url, token, `/export/action-items.${format}`);
      const peak = sampler.stop();
      // CSV: one line per item after the header row (no line feed inside a field in this data set).
      const rows = format === 'csv' ? d.lines - 1 : counts.items;
      const row = { format, ...d, rows, rss0: before.rss, peakRss: peak.rss, hwm: peak.hwm, startSeconds: hub.startSeconds };
      log(JSON.stringify(row));
      return row;
    }),
  );
}

const report = await withHub(async (hub, token) => {
  const runs = [];
  const sampler = memorySampler(hub.child.pid, 100);
  for (let i = 0; i < REPORT_RUNS; i++) {
    const d = await download(hub.url, token, `/report/province/${largest.code}.pdf`);
    log(`report run ${i + 1}: ${d.seconds.toFixed(2)} s, ${d.bytes} bytes`);
    runs.push(d);
  }
  return { runs, peak: sampler.stop() };
});
const uptimeEnd = uptime();

const mb = (n) => fmt(n, 0);
const reportSeconds = report.runs.map((r) => r.seconds);
const md = `# Exports and the province report at national scale

Produced by \`npm run bench:exports\` (bench/exports/run.mjs): the compiled hub
(\`server/dist/main.js\`, \`NODE_ENV=production\`, default \`DB_POOL_SIZE\`) started as its own process
on PostgreSQL loaded with \`npm run seed:scale\` (${fmt(counts.items)} action items), signed in as an
ADMIN created with \`ADMIN_EMAIL\`/\`ADMIN_PASSWORD\`, downloading with Node's \`fetch\` on the same
machine. Each export runs on a freshly started hub, so its peak memory is that export's; memory is
the hub's VmRSS sampled every 100 ms (VmHWM is the kernel's own high-water mark of the process,
start included).

Targets (issue 13): the hub's peak RSS under 400 MB while exporting; the province report of the
largest province under 3 s to the last byte.

## Machine

${machine()}
- PostgreSQL: ${counts.pg}
- \`uptime\` at start: \`${uptimeStart}\`
- \`uptime\` at end: \`${uptimeEnd}\`

The machine has 2 vCPUs and was shared with other engineers' builds and tests during the run
(the load averages above), so times are longer than on a quiet machine; memory depends far less
on that.

## Export of every action item

| Format | Content-Encoding | Rows | Size (decoded) | Time to first byte | Time to last byte | Rows per second | RSS at start | Peak RSS (VmRSS) | VmHWM | Target < 400 MB |
|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|
${exports
  .map(
    (e) =>
      `| ${e.format.toUpperCase()} | ${e.encoding} | ${fmt(e.rows)} | ${fmt(e.bytes / 2 ** 20, 1)} MB | ${e.firstByte.toFixed(2)} s | ${e.seconds.toFixed(1)} s | ${fmt(e.rows / e.seconds)} | ${mb(e.rss0)} MB | **${mb(e.peakRss)} MB** | ${mb(e.hwm)} MB | ${e.peakRss < 400 ? 'met' : '**not met**'} |`,
  )
  .join('\n')}

Node's \`fetch\` asks for gzip, as a browser does: a compressible type (CSV) comes compressed on
the fly by the hub, and the sizes are of the decoded file. Rows: for CSV, the lines of the file after its header; for XLSX, the action items in the database
(the export has no filter, so every item). Hub start (migrations included): ${exports.map((e) => `${e.startSeconds.toFixed(1)} s`).join(', ')}.

## Province report of the largest province

\`GET /report/province/${largest.code}.pdf\` (${largest.name}, ${fmt(largest.items)} action items), ${REPORT_RUNS} times
one after the other on one hub, default period:

| Run | Time to first byte | Time to last byte | Size |
|---|---:|---:|---:|
${report.runs.map((r, i) => `| ${i + 1}${i === 0 ? ' (first after start)' : ''} | ${r.firstByte.toFixed(2)} s | ${r.seconds.toFixed(2)} s | ${fmt(r.bytes / 1024)} KB |`).join('\n')}

Median ${percentile(reportSeconds, 50).toFixed(2)} s, slowest ${Math.max(...reportSeconds).toFixed(2)} s: target (< 3 s) ${Math.max(...reportSeconds) < 3 ? 'met' : percentile(reportSeconds, 50) < 3 ? 'met by the median, **not by the slowest run**' : '**not met**'}. Hub peak RSS during the reports: ${mb(report.peak.rss)} MB.
`;
writeResult('exports.md', md);
