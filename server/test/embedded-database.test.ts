/**
 * The embedded database is reachable only by the hub: it listens on no TCP port, its Unix socket
 * is in a directory only the hub's user may enter, and while the hub runs it keeps the one
 * connection the socket accepts, so even a process of the same user is refused.
 *
 * Tests run as root, which ignores file modes: the other local user is played by `nobody`
 * (`setpriv`), and a control run with the modes opened up shows that it is the modes that
 * keep them out.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { Sql } from '../src/common/sql';
import { loadConfig } from '../src/config';
import { startEmbeddedDatabase, SOCKET_PORT, type EmbeddedDatabase } from '../src/db/embedded';
import { createOrm } from '../src/db/orm';
import { createApp, type AppState } from '../src/http/app';
import { createLogger } from '../src/common/logger';
import { startHub, type Hub } from '../src/hub';
import { testLogger } from './support/harness';

// Starting PGlite on disk takes tens of seconds on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

const cleanup: (() => Promise<unknown> | unknown)[] = [];
afterAll(async () => {
  for (const c of cleanup.reverse()) await c();
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-embedded-test-'));
  fs.chmodSync(dir, 0o755); // so that only the hub's own directory can keep `nobody` out
  cleanup.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Tries to open a Unix socket as user `nobody`; answers "connected" or the error code. */
function connectAsNobody(socketFile: string): string {
  const script = `require('net').connect(${JSON.stringify(socketFile)}).on('connect', () => { console.log('connected'); process.exit(0); }).on('error', (e) => { console.log(e.code); process.exit(0); });`;
  const r = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, '-e', script], {
    encoding: 'utf8',
    timeout: 20_000,
    cwd: '/',
  });
  return (r.stdout || r.stderr).trim();
}

/** TCP ports this process listens on (`ss -ltnp`). */
function tcpPortsOfThisProcess(): string[] {
  const out = execFileSync('ss', ['-ltnpH'], { encoding: 'utf8' });
  return out.split('\n').filter((line) => line.includes(`pid=${process.pid},`));
}

async function connectAsHubUser(url: string): Promise<string> {
  const c = new Client({ connectionString: url, connectionTimeoutMillis: 20_000 });
  c.on('error', () => {});
  try {
    await c.connect();
    await c.query('select 1');
    return 'connected';
  } catch (err) {
    return `refused: ${(err as Error).message}`;
  } finally {
    await c.end().catch(() => {});
  }
}

describe('the embedded database', () => {
  let db: EmbeddedDatabase;

  it('listens on a Unix socket in a directory of mode 0700 inside DATA_DIR, and on no TCP port', async () => {
    const dataDir = tempDir();
    db = await startEmbeddedDatabase(dataDir);
    cleanup.push(() => db.stop());
    expect(db.socketDir).toBe(path.join(dataDir, 'socket'));
    expect(fs.statSync(db.socketDir).mode & 0o777).toBe(0o700);
    const socketFile = path.join(db.socketDir, `.s.PGSQL.${SOCKET_PORT}`);
    expect(fs.statSync(socketFile).isSocket()).toBe(true);
    expect(fs.statSync(socketFile).mode & 0o777).toBe(0o600);
    expect(db.url).not.toMatch(/127\.0\.0\.1|localhost|:\d+\//);
    expect(tcpPortsOfThisProcess()).toEqual([]);
    expect(await connectAsHubUser(db.url)).toBe('connected');
  });

  it('cannot be opened by another local user', async () => {
    const socketFile = path.join(db.socketDir, `.s.PGSQL.${SOCKET_PORT}`);
    expect(connectAsNobody(socketFile)).toBe('EACCES');
    // Control: with the directory and socket opened up, the same attempt gets in, so it is
    // the modes (not the test's set-up) that keep another user out.
    fs.chmodSync(db.socketDir, 0o755);
    fs.chmodSync(socketFile, 0o666);
    try {
      expect(connectAsNobody(socketFile)).toBe('connected');
    } finally {
      fs.chmodSync(db.socketDir, 0o700);
      fs.chmodSync(socketFile, 0o600);
    }
    expect(connectAsNobody(socketFile)).toBe('EACCES');
  });

  it('refuses a DATA_DIR too long for a socket path, saying so', async () => {
    const long = path.join(tempDir(), 'd'.repeat(100));
    await expect(startEmbeddedDatabase(long)).rejects.toThrow(/DATA_DIR is too long/);
    expect(fs.existsSync(long)).toBe(false);
  });

  it('uses a private temporary directory when in memory, removed at stop', async () => {
    const mem = await startEmbeddedDatabase(null);
    expect(fs.statSync(mem.socketDir).mode & 0o777).toBe(0o700);
    expect(connectAsNobody(path.join(mem.socketDir, `.s.PGSQL.${SOCKET_PORT}`))).toBe('EACCES');
    expect(await connectAsHubUser(mem.url)).toBe('connected');
    await mem.stop();
    expect(fs.existsSync(mem.socketDir)).toBe(false);
  });
});

describe('a hub on the embedded database', () => {
  let hub: Hub;
  let dataDir: string;

  it('keeps its one connection, so another client of the same user is refused while it runs', async () => {
    dataDir = tempDir();
    hub = await startHub({ ...loadConfig({}), port: 0, host: '127.0.0.1', databaseUrl: null, dataDir, demoData: false }, testLogger);
    cleanup.push(() => hub.stop());
    const url = `postgresql://postgres@/postgres?host=${encodeURIComponent(path.join(dataDir, 'socket'))}&port=${SOCKET_PORT}`;
    expect(await connectAsHubUser(url)).toMatch(/^refused/);
    // Only the HTTP port is listened on.
    expect(tcpPortsOfThisProcess().map((l) => l.split(/\s+/)[3])).toEqual([`127.0.0.1:${hub.port}`]);
    // The hub still works, and says so.
    const health = await fetch(`${hub.url}/healthz`);
    expect(health.status).toBe(200);
    const res = await fetch(`${hub.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ provinces { code } }' }),
    });
    expect(((await res.json()) as any).data.provinces).toHaveLength(38);
  });
});

describe('/healthz', () => {
  it('answers 503 (and does not hang) when the database does not answer the hub', async () => {
    const db = await startEmbeddedDatabase(null);
    cleanup.push(() => db.stop());
    // Something else holds the one connection the embedded database accepts.
    const squatter = new Client({ connectionString: db.url });
    await squatter.connect();
    cleanup.push(() => squatter.end().catch(() => {}));
    const orm = await createOrm({ url: db.url, poolSize: 1 });
    cleanup.push(() => orm.close(true));
    const sql = new Sql(orm.em.fork());
    const state: AppState = { ready: true, stopping: false, graphql: null, readiness: null, metrics: null, inFlight: 0, files: null, checkDatabase: () => sql.run('select 1') };
    const app = createApp({ ...loadConfig({}) }, state, createLogger({ destination: { write: () => {} } }));
    const server = app.listen(0, '127.0.0.1');
    cleanup.push(() => new Promise((r) => server.close(r)));
    await new Promise((r) => server.once('listening', r));
    const port = (server.address() as { port: number }).port;
    const started = Date.now();
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'database unavailable' });
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
