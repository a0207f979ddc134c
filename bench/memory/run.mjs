#!/usr/bin/env node
/**
 * Memory of the hub on the embedded database (`npm run bench:memory`): the compiled hub started on
 * a fresh DATA_DIR with the demo data, then 30 s of mixed reads and writes from 16 concurrent
 * clients (lists, an agreement with its commitments and items, the province dashboard, notes added
 * to action items), while the hub's resident memory (VmRSS of its process) is sampled every 250 ms.
 * A second run restarts the hub on the same (now existing) data directory, the usual case.
 *
 * Environment: BENCH_DURATION (seconds, default 30), BENCH_CONNECTIONS (default 16),
 * BENCH_OUT (default bench/results/memory.md; "-" for stdout only), BENCH_HUB_ARGS (node flags).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DURATION = Number(process.env.BENCH_DURATION ?? 30);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const OUT = process.env.BENCH_OUT ?? path.join(root, 'bench/results/memory.md');
const HUB_ARGS = (process.env.BENCH_HUB_ARGS ?? '').split(' ').filter(Boolean);
const PASSWORD = 'demo-pantau-2026'; // the demo accounts' password (README)
const log = (...a) => console.error('[memory]', ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const rssOf = (pid) => {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : 0;
};

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function startHub(dataDir) {
  const port = await freePort();
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DAILY_BACKUP: 'false', LOG_FORMAT: 'json', LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  delete env.NODE_ENV;
  const child = spawn(process.execPath, [...HUB_ARGS, path.join(root, 'server/dist/main.js')], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) return { child, url };
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error('the hub did not start');
}

async function gql(url, query, variables, token) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const json = await res.json();
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return json.data;
}

async function load(url) {
  const login = async (email) =>
    (await (await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', variables: { e: email, p: PASSWORD } }) })).json()).data.login.token;
  const coord = await login('koordinator.ntb@demo.pantau.id');
  const agreements = (await gql(url, '{ agreements(first: 20, filter: { provinceCode: "52" }) { nodes { id } } }', {}, coord)).agreements.nodes;
  const items = (await gql(url, '{ actionItems(first: 50, filter: { provinceCode: "52" }) { nodes { id } } }', {}, coord)).actionItems.nodes;
  const today = new Date().toISOString().slice(0, 10);
  const requests = [
    ['list', () => gql(url, '{ actionItems(first: 50, filter: { provinceCode: "52" }) { totalCount nodes { id title status dueOn agency { name sector } commitment { description agreement { title parties { name } } } } } }', {}, coord)],
    ['detail', (i) => gql(url, 'query($id: ID!) { agreement(id: $id) { title parties { name } commitments { description actionItems { id title status dueOn } } } }', { id: agreements[i % agreements.length].id }, coord)],
    ['dashboard', () => gql(url, 'query($d: Date!) { provinceMetrics(provinceCode: "52", asOf: $d) { coordinationIndex } }', { d: today }, coord)],
    ['write', (i) => gql(url, 'mutation($id: ID!, $n: String!) { addActionNote(id: $id, note: $n) { id } }', { id: items[i % items.length].id, n: `Catatan ${i}` }, coord)],
  ];
  const counts = { list: 0, detail: 0, dashboard: 0, write: 0, errors: 0 };
  const until = Date.now() + DURATION * 1000;
  let n = 0;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < until) {
        const i = n++;
        const [name, run] = requests[i % requests.length];
        try {
          await run(i);
          counts[name] += 1;
        } catch (err) {
          counts.errors += 1;
          if (counts.errors < 3) log(name, String(err).slice(0, 200));
        }
      }
    }),
  );
  return counts;
}

async function measure(label, dataDir) {
  const started = Date.now();
  const { child, url } = await startHub(dataDir);
  const startSeconds = (Date.now() - started) / 1000;
  const ready = rssOf(child.pid);
  let peak = ready;
  const sampler = setInterval(() => {
    try {
      peak = Math.max(peak, rssOf(child.pid));
    } catch {
      // exited
    }
  }, 250);
  const counts = await load(url);
  clearInterval(sampler);
  const after = rssOf(child.pid);
  child.kill('SIGTERM');
  await new Promise((r) => child.on('exit', r));
  const row = { label, startSeconds, ready, peak, after, ...counts };
  log(JSON.stringify(row));
  return row;
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-memory-'));
try {
  const rows = [await measure('first start (new DATA_DIR, demo data loaded)', dataDir), await measure('restart on the same DATA_DIR', dataDir)];
  const md = [
    `# Memory of the hub on the embedded database`,
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} with \`node bench/memory/run.mjs\` on this machine (${os.cpus().length} cores, Node ${process.version}${HUB_ARGS.length ? `, hub flags \`${HUB_ARGS.join(' ')}\`` : ''}):`,
    `${DURATION} s of mixed reads and writes from ${CONNECTIONS} concurrent clients (list, detail, dashboard, note added), resident memory (VmRSS) of the hub process sampled every 250 ms.`,
    '',
    '| Run | start (s) | RSS when ready (MB) | peak RSS under load (MB) | RSS after (MB) | requests (list / detail / dashboard / write) | errors |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.label} | ${r.startSeconds.toFixed(1)} | ${r.ready} | **${r.peak}** | ${r.after} | ${r.list} / ${r.detail} / ${r.dashboard} / ${r.write} | ${r.errors} |`),
    '',
  ].join('\n');
  if (OUT !== '-') fs.writeFileSync(OUT, md);
  console.log(md);
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
