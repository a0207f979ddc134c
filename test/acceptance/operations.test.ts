import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/demo/catalogue';
import { buildServer, gql, killAll, root, signInAt, startHubProcess, stopHubProcess } from '../support/hub-process';

/**
 * Operating the hub as its own process on the embedded database: an orderly shutdown that
 * finishes the requests in flight, and backups that restore every record and the audit trail.
 */
const run = promisify(execFile);
const temp: string[] = [];
const tempDir = (name: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `hub-ops-${name}-`));
  temp.push(dir);
  return dir;
};
const ADMIN = { ADMIN_EMAIL: 'admin@example.org', ADMIN_PASSWORD: 'admin-password-123' };

beforeAll(() => buildServer(), 180_000);
afterAll(() => {
  killAll();
  for (const d of temp) fs.rmSync(d, { recursive: true, force: true });
});

/** A POST whose body arrives in two parts: the request is in flight between them. */
function slowRequest(url: string, token: string, query: string) {
  const body = JSON.stringify({ query });
  const cut = Math.floor(body.length / 2);
  const { hostname, port } = new URL(url);
  let sendRest!: () => void;
  const response = new Promise<{ status: number; body: string; connection: string | undefined }>((resolve, reject) => {
    const req = http.request(
      { hostname, port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` } },
      (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode!, body: text, connection: res.headers.connection }));
      },
    );
    req.on('error', reject);
    req.write(body.slice(0, cut));
    req.flushHeaders();
    sendRest = () => req.end(body.slice(cut));
  });
  return { response, sendRest: () => sendRest() };
}

describe('SIGTERM', () => {
  it('turns readiness false first, finishes the request in flight, closes the database and exits 0', async () => {
    const dataDir = tempDir('shutdown');
    const hub = await startHubProcess({ ...ADMIN, DATA_DIR: dataDir, DEMO_DATA: 'false', DAILY_BACKUP: 'false', SHUTDOWN_DELAY_SECONDS: '1' });
    const token = await signInAt(hub.url, ADMIN.ADMIN_EMAIL, ADMIN.ADMIN_PASSWORD);
    expect((await fetch(`${hub.url}/readyz`)).status).toBe(200);

    const slow = slowRequest(hub.url, token, 'mutation { createAgency(input: { name: "LBH APIK NTB", sector: LEGAL_AID, level: PROVINCE, provinceCode: "52" }) { id name } }');
    await new Promise((r) => setTimeout(r, 200)); // the request has reached the hub
    hub.child.kill('SIGTERM');
    await hub.waitFor('SIGTERM received');
    const ready = await fetch(`${hub.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'not ready', checks: { shutdown: 'stopping' } });

    await new Promise((r) => setTimeout(r, 1500)); // past the delay: the hub no longer accepts connections
    await expect(fetch(`${hub.url}/healthz`)).rejects.toThrow();
    slow.sendRest();
    const res = await slow.response;
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).data.createAgency.name).toBe('LBH APIK NTB');
    expect(await hub.exit).toBe(0);
    expect(hub.out()).toContain('Stopped cleanly.');
    expect(fs.existsSync(path.join(dataDir, 'hub.lock'))).toBe(false);

    // The write finished before the database closed.
    const again = await startHubProcess({ ...ADMIN, DATA_DIR: dataDir, DAILY_BACKUP: 'false' });
    const relogin = await signInAt(again.url, ADMIN.ADMIN_EMAIL, ADMIN.ADMIN_PASSWORD);
    expect((await gql(again.url, '{ agencies { nodes { name } } }', {}, relogin)).data.agencies.nodes).toEqual([{ name: 'LBH APIK NTB' }]);
    expect(await stopHubProcess(again)).toBe(0);
  }, 180_000);
});

/** Every table's row count and a digest of its rows, read straight from a stopped data directory. */
async function fingerprint(dataDir: string): Promise<Record<string, string>> {
  const db = await PGlite.create(path.join(dataDir, 'pgdata'));
  try {
    const { rows: tables } = await db.query<{ t: string }>(`select tablename as t from pg_tables where schemaname = 'public' order by 1`);
    const out: Record<string, string> = {};
    for (const { t } of tables) {
      const { rows } = await db.query<{ n: number; h: string | null }>(`select count(*)::int as n, md5(string_agg(x::text, '|' order by x::text)) as h from "${t}" x`);
      out[t] = `${rows[0].n}:${rows[0].h}`;
    }
    return out;
  } finally {
    await db.close();
  }
}

const npm = (args: string[], dataDir: string) =>
  run('npm', ['run', '--silent', ...args], { cwd: root, env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' } });

describe('backups of the embedded database', () => {
  it('are taken while the hub runs and restore every record and the audit trail', async () => {
    const dataDir = tempDir('backup');
    const backups = tempDir('files');
    const hub = await startHubProcess({ DATA_DIR: dataDir, DEMO_DATA: 'true' });
    const admin = await signInAt(hub.url, 'admin@demo.pantau.id', DEMO_PASSWORD);
    const created = await gql(hub.url, 'mutation { createAgency(input: { name: "Dibuat sebelum cadangan", sector: LEGAL_AID, level: PROVINCE, provinceCode: "52" }) { id } }', {}, admin);
    expect(created.errors).toBeUndefined();

    // The daily backup is written soon after the start.
    await hub.waitFor('Daily backup written', 30_000);
    expect(fs.readdirSync(path.join(dataDir, 'backups'))).toEqual([expect.stringMatching(/^hub-\d{8}T\d{6}Z\.tar\.gz$/)]);

    // A backup on request while the hub keeps answering.
    const file = path.join(backups, 'hub.tar.gz');
    const reads = Array.from({ length: 10 }, () => gql(hub.url, '{ agencies { totalCount } }', {}, admin));
    const { stdout } = await npm(['backup', '--', file], dataDir);
    expect(stdout).toContain('from the running hub');
    for (const r of await Promise.all(reads)) expect(r.data.agencies.totalCount).toBeGreaterThan(100);

    // Restoring is refused while the hub runs, and changes nothing.
    await expect(npm(['restore', '--', file], dataDir)).rejects.toMatchObject({ stderr: expect.stringContaining('stop it before restoring') });

    expect(await stopHubProcess(hub)).toBe(0);
    const before = await fingerprint(dataDir);
    expect(Number(before.audit_event.split(':')[0])).toBeGreaterThan(0);
    expect(Number(before.action_update.split(':')[0])).toBeGreaterThan(0);

    // Wipe, restore, compare every table.
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.mkdirSync(dataDir);
    await npm(['restore', '--', file], dataDir);
    expect(await fingerprint(dataDir)).toEqual(before);

    // A backup of the stopped database is the same too.
    const stoppedFile = path.join(backups, 'stopped.tar.gz');
    expect((await npm(['backup', '--', stoppedFile], dataDir)).stdout).toContain('from the stopped database');
    fs.rmSync(dataDir, { recursive: true, force: true });
    await npm(['restore', '--', stoppedFile], dataDir);
    expect(await fingerprint(dataDir)).toEqual(before);

    // And the restored hub answers through the API, audit trail included.
    const restored = await startHubProcess({ DATA_DIR: dataDir, DAILY_BACKUP: 'false' });
    const again = await signInAt(restored.url, 'admin@demo.pantau.id', DEMO_PASSWORD);
    const audit = await gql(restored.url, '{ auditEvents(filter: { action: "createAgency" }) { nodes { entityId } } }', {}, again);
    expect(audit.data.auditEvents.nodes.map((n: { entityId: string }) => n.entityId)).toContain(created.data.createAgency.id);
    const agencies = await gql(restored.url, '{ agencies { totalCount } }', {}, again);
    expect(agencies.data.agencies.totalCount).toBe(Number(before.agency.split(':')[0]));
    expect(await stopHubProcess(restored)).toBe(0);
  }, 300_000);
});
