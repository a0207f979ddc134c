/**
 * Shared helpers of the process benchmarks (exports, sweep, instances): start the compiled hub
 * as its own process on a PostgreSQL database at a free port, sign in, sample its memory, time
 * requests, describe the machine.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const BENCH_PASSWORD = 'bench-password-2026'; // seed:scale's bench accounts
/** The same for every hub a benchmark starts, so a token of one is valid on the other. */
const SESSION_SECRET = 'bench-session-secret-0123456789abcdef0123456789abcdef';

export function requireDatabaseUrl(name) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(`${name} needs DATABASE_URL: a PostgreSQL database filled by \`npm run seed:scale\`.`);
    process.exit(2);
  }
  return url;
}

export function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** VmRSS and VmHWM of a process in MB, or null once it has exited. */
export function memoryOf(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/**
 * Starts `node server/dist/main.js` in production mode on DATABASE_URL (the hub migrates at
 * start) and waits for /readyz. `extraEnv` may add e.g. ADMIN_EMAIL/ADMIN_PASSWORD.
 */
export async function startHub(databaseUrl, extraEnv = {}) {
  const port = await freePort();
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    SESSION_SECRET,
    DAILY_BACKUP: 'false',
    LOG_LEVEL: 'warn',
    LOG_FORMAT: 'json',
    ...extraEnv,
  };
  delete env.DATA_DIR;
  const child = spawn(process.execPath, [path.join(root, 'server/dist/main.js')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output = (output + d).slice(-20_000)));
  child.stderr.on('data', (d) => (output = (output + d).slice(-20_000)));
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the hub exited with code ${child.exitCode}:\n${output}`);
    if (Date.now() - started > 300_000) {
      child.kill('SIGTERM');
      throw new Error(`the hub did not become ready within 5 minutes:\n${output}`);
    }
    if (await fetch(`${url}/readyz`).then((r) => r.ok, () => false)) break;
    await sleep(250);
  }
  return {
    child,
    url,
    startSeconds: (Date.now() - started) / 1000,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

/** Samples VmRSS (and VmHWM) of a process every `ms` until stopped; returns the peaks. */
export function memorySampler(pid, ms = 100) {
  const first = memoryOf(pid);
  const peak = { rss: first?.rss ?? 0, hwm: first?.hwm ?? 0, start: first?.rss ?? 0 };
  const timer = setInterval(() => {
    const m = memoryOf(pid);
    if (m) {
      peak.rss = Math.max(peak.rss, m.rss);
      peak.hwm = Math.max(peak.hwm, m.hwm);
    }
  }, ms);
  return {
    stop() {
      clearInterval(timer);
      const m = memoryOf(pid);
      if (m) {
        peak.rss = Math.max(peak.rss, m.rss);
        peak.hwm = Math.max(peak.hwm, m.hwm);
      }
      return peak;
    },
  };
}

export async function gql(url, query, variables = {}, token) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const json = await res.json();
  if (json.errors) throw new Error(JSON.stringify(json.errors).slice(0, 500));
  return json.data;
}

export async function login(url, email, password = BENCH_PASSWORD) {
  return (await gql(url, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: password })).login.token;
}

/** p-th percentile (0..100) of an array of numbers. */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/**
 * Runs `request` from `clients` concurrent loops until `until()` is true; returns every latency
 * in ms and the errors.
 */
export async function drive(clients, request, until) {
  const latencies = [];
  let errors = 0;
  let firstError = null;
  let n = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (!until()) {
        const i = n++;
        const t0 = performance.now();
        try {
          await request(i);
          latencies.push(performance.now() - t0);
        } catch (err) {
          errors += 1;
          firstError ??= String(err).slice(0, 300);
        }
      }
    }),
  );
  return { latencies, errors, firstError };
}

export function loadavg() {
  return os.loadavg().map((l) => l.toFixed(2)).join(', ');
}

export function uptime() {
  try {
    return execFileSync('uptime').toString().trim();
  } catch {
    return `load average ${loadavg()}`;
  }
}

export function machine() {
  let nproc = String(os.cpus().length);
  try {
    nproc = execFileSync('nproc').toString().trim();
  } catch {}
  return [
    `- CPUs (nproc): ${nproc}; ${os.cpus()[0]?.model ?? 'unknown'}`,
    `- Memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- Node: ${process.version}`,
    `- Date: ${new Date().toISOString()}`,
  ].join('\n');
}

export const fmt = (n, digits = 0) => Number(n).toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export function writeResult(file, md) {
  const out = process.env.BENCH_OUT ?? path.join(root, 'bench/results', file);
  if (out !== '-') {
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, md);
    console.error(`Written to ${path.relative(root, out)}`);
  }
  console.log(md);
}
