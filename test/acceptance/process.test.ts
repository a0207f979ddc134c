import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The hub as a user runs it: the compiled server as its own process, with the embedded
 * database in a fresh DATA_DIR, configured only through environment variables.
 */
const root = path.resolve(__dirname, '../..');
const main = path.join(root, 'server/dist/main.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-acceptance-'));
const children: ChildProcess[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

interface Run {
  child: ChildProcess;
  out: () => string;
  exit: Promise<number | null>;
}

function start(env: Record<string, string>): Run {
  const cleanEnv = { ...process.env };
  delete cleanEnv.DATABASE_URL;
  delete cleanEnv.NODE_ENV;
  const child = spawn(process.execPath, [main], { env: { ...cleanEnv, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, out: () => out, exit };
}

async function healthSeries(port: number, until: number): Promise<number[]> {
  const seen: number[] = [];
  const deadline = Date.now() + until;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      seen.push(res.status);
      if (res.status === 200) return seen;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return seen;
}

async function gql(port: number, query: string, token?: string) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data: any; errors?: any[] };
}

beforeAll(() => {
  execFileSync('npx', ['tsc', '-p', 'server/tsconfig.json'], { cwd: root, stdio: 'inherit' });
}, 180_000);

afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('the hub process', () => {
  let port: number;
  const env = () => ({ PORT: String(port), DATA_DIR: dataDir, DEMO_DATA: 'false', ADMIN_EMAIL: 'admin@example.org', ADMIN_PASSWORD: 'admin-password-123' });

  it('answers /healthz with 503 while starting and 200 once migrated', async () => {
    port = await freePort();
    const run = start(env());
    const series = await healthSeries(port, 60_000);
    expect(series[0]).toBe(503);
    expect(series.at(-1)).toBe(200);
    expect(run.out()).toContain('Created the administrator account admin@example.org');
    const provinces = await gql(port, '{ provinces { code } }');
    expect(provinces.data.provinces).toHaveLength(38);
  }, 90_000);

  it('serves its embedded database on no TCP port, to no other local client', async () => {
    const pid = children[0].pid!;
    // `ss -ltnp`: the hub process listens on its HTTP port only.
    const listening = execFileSync('ss', ['-ltnpH'], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => l.includes(`pid=${pid},`))
      .map((l) => l.split(/\s+/)[3]);
    expect(listening).toEqual([`0.0.0.0:${port}`]);
    const socketDir = path.join(dataDir, 'socket');
    expect(fs.statSync(socketDir).mode & 0o777).toBe(0o700);
    // Another local user (tests run as root, which ignores modes: play `nobody`).
    fs.chmodSync(dataDir, 0o755);
    const script = `require('net').connect(${JSON.stringify(path.join(socketDir, '.s.PGSQL.5432'))}).on('connect', () => console.log('connected')).on('error', (e) => console.log(e.code)).on('connect', function () { this.end(); });`;
    const asNobody = execFileSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, '-e', script], { encoding: 'utf8', cwd: '/' });
    expect(asNobody.trim()).toBe('EACCES');
    // The hub's own user is refused too while the hub holds its one connection.
    const c = new Client({ connectionString: `postgresql://postgres@/postgres?host=${encodeURIComponent(socketDir)}&port=5432`, connectionTimeoutMillis: 5000 });
    c.on('error', () => {});
    await expect(c.connect().then(() => c.query('select 1'))).rejects.toThrow();
    await c.end().catch(() => {});
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  }, 30_000);

  it('refuses a second hub on the same DATA_DIR', async () => {
    const other = start({ ...env(), PORT: String(await freePort()) });
    expect(await other.exit).toBe(1);
    expect(other.out()).toMatch(/in use by another hub process/);
  }, 60_000);

  it('stops cleanly on Ctrl-C and finds its data again on the next start', async () => {
    const login = await gql(port, 'mutation { login(email: "admin@example.org", password: "admin-password-123") { token } }');
    const token = login.data.login.token;
    const created = await gql(port, 'mutation { createAgency(input: { name: "LBH APIK NTB", sector: LEGAL_AID, level: PROVINCE, provinceCode: "52" }) { id } }', token);
    expect(created.errors).toBeUndefined();
    const first = children[0];
    const exited = new Promise<number | null>((resolve) => first.on('exit', (code) => resolve(code)));
    first.kill('SIGINT');
    expect(await exited).toBe(0);

    port = await freePort();
    const again = start(env());
    expect((await healthSeries(port, 60_000)).at(-1)).toBe(200);
    expect(again.out()).not.toContain('Created the administrator account');
    const relogin = await gql(port, 'mutation { login(email: "admin@example.org", password: "admin-password-123") { token } }');
    const list = await gql(port, '{ agencies { totalCount nodes { name } } }', relogin.data.login.token);
    expect(list.data.agencies).toEqual({ totalCount: 1, nodes: [{ name: 'LBH APIK NTB' }] });
    again.child.kill('SIGTERM');
    expect(await again.exit).toBe(0);
  }, 120_000);

  it('explains every bad setting and exits without starting', async () => {
    const bad = start({ PORT: 'eighty', DATABASE_URL: 'mysql://localhost/hub', DEMO_DATA: 'maybe', TZ_HUB: 'Mars/Olympus', ADMIN_EMAIL: 'admin@example.org', ADMIN_PASSWORD: 'short' });
    expect(await bad.exit).toBe(2);
    const out = bad.out();
    expect(out).toMatch(/PORT must be a whole number/);
    expect(out).toMatch(/DATABASE_URL must be a postgres/);
    expect(out).toMatch(/DEMO_DATA must be "true" or "false"/);
    expect(out).toMatch(/TZ_HUB must be an IANA time zone/);
    expect(out).toMatch(/ADMIN_PASSWORD must be at least 12 characters/);
  }, 30_000);
});
