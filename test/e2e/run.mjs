#!/usr/bin/env node
/**
 * Browser tests end to end: builds the hub (server and dashboard), starts it on a fresh
 * embedded database with demo data and a free port, reads the demo accounts it prints,
 * runs the Playwright tests through vitest, and stops the hub again.
 *
 *   npm run test:e2e                 full run
 *   E2E_SKIP_BUILD=1 npm run test:e2e   reuse server/dist and client/dist
 *   npm run test:e2e -- roles        extra arguments go to vitest (e.g. a file filter)
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const stateDir = path.join(here, '.state');
const require = createRequire(import.meta.url);

function log(message) {
  console.log(`[e2e] ${message}`);
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

/** E2E_PORT, else the first free port from 4300 to 4399, else any free port. */
async function choosePort() {
  if (process.env.E2E_PORT) return Number(process.env.E2E_PORT);
  for (let p = 4300; p <= 4399; p++) if (await portIsFree(p)) return p;
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * The accounts block the hub prints at start, as plain lines or as JSON log lines (`msg`):
 *   Demo accounts (...):
 *     Role         Email                 What it is for
 *     -----------  --------------------  --------------
 *     ADMIN        admin@demo.pantau.id  Runs the hub...
 * The password is printed only to an interactive terminal (never into logs), so it is taken
 * from the demo catalogue the hub was built with.
 */
export function parseDemoAccounts(output, password = demoPassword()) {
  const lines = output.split('\n').map((line) => {
    try {
      const parsed = JSON.parse(line);
      return typeof parsed?.msg === 'string' ? parsed.msg : line;
    } catch {
      return line;
    }
  });
  const accounts = [];
  const start = lines.findIndex((l) => l.includes('Demo accounts'));
  if (start < 0) return accounts;
  for (const line of lines.slice(start + 1)) {
    const m = /^\s+(ADMIN|COORDINATOR|OVERSIGHT|MEMBER)\s+(\S+@\S+)\s+(.*)$/.exec(line);
    if (m) {
      const rest = m[3].trim();
      // An interactive terminal also shows the password column; the description follows it.
      const description = rest.startsWith(password) ? rest.slice(password.length).trim() : rest;
      accounts.push({ role: m[1], email: m[2], password, description });
    } else if (accounts.length && !/^\s/.test(line)) break;
  }
  return accounts;
}

function demoPassword() {
  return require(path.join(root, 'server/dist/demo/catalogue.js')).DEMO_PASSWORD;
}

async function waitForHealth(url, hub, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hub.exitCode !== null) throw new Error(`The hub exited with code ${hub.exitCode} before it was ready`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The hub was not healthy within ${timeoutMs / 1000} s`);
}

async function stopHub(hub) {
  if (!hub || hub.exitCode !== null) return;
  const exited = new Promise((resolve) => hub.once('exit', resolve));
  hub.kill('SIGTERM');
  const timer = setTimeout(() => hub.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
}

async function main() {
  fs.mkdirSync(stateDir, { recursive: true });
  if (!process.env.E2E_SKIP_BUILD) {
    log('building server and dashboard (npm run build)...');
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build failed');
  }

  const port = await choosePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'client-e2e-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, NODE_ENV: 'development' };
  // A fresh embedded database that loads the demo data by itself.
  delete env.DATABASE_URL;
  delete env.DEMO_DATA;
  delete env.ADMIN_EMAIL;
  delete env.ADMIN_PASSWORD;

  log(`starting the hub on ${baseUrl} with DATA_DIR=${dataDir}`);
  const hubLog = fs.createWriteStream(path.join(stateDir, 'hub.log'));
  const hub = spawn(process.execPath, ['server/dist/main.js'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let ready = false;
  hub.stdout.on('data', (chunk) => {
    output += chunk;
    hubLog.write(chunk);
    if (output.includes('Hub ready')) ready = true;
  });
  hub.stderr.on('data', (chunk) => hubLog.write(chunk));

  let code = 1;
  const cleanup = async () => {
    await stopHub(hub);
    hubLog.end();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));
  try {
    await waitForHealth(baseUrl, hub, 240_000);
    for (let i = 0; i < 100 && !ready; i++) await new Promise((r) => setTimeout(r, 100));
    const accounts = parseDemoAccounts(output);
    if (!accounts.length) throw new Error('The hub printed no demo accounts; is the demo generator in place? See test/e2e/.state/hub.log');
    log(`hub ready; ${accounts.length} demo accounts`);

    const vitest = path.join(path.dirname(require.resolve('vitest/package.json')), 'vitest.mjs');
    const run = spawn(process.execPath, [vitest, 'run', '--config', 'test/e2e/vitest.e2e.config.mts', ...process.argv.slice(2)], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, E2E_BASE_URL: baseUrl, E2E_ACCOUNTS: JSON.stringify(accounts) },
    });
    code = await new Promise((resolve) => run.on('exit', (c) => resolve(c ?? 1)));
  } catch (err) {
    console.error(`[e2e] ${err instanceof Error ? err.message : err}`);
    code = 1;
  } finally {
    log('stopping the hub');
    await cleanup();
  }
  process.exit(code);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
