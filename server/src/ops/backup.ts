import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { Logger } from '../common/logger';

/**
 * Backups of the embedded database. PGlite is one session held by the running hub, so a backup
 * is taken by the hub itself: a CHECKPOINT through its own pool, then a gzipped tarball of the
 * data directory taken between two statements (PGlite runs one at a time). Restoring that
 * tarball is like restarting after a crash at that moment: every committed transaction is there.
 *
 * `npm run backup -- <file>` asks the running hub over a Unix socket in DATA_DIR (readable by
 * the hub's own OS user only), or opens the database itself when no hub runs.
 */

/** Automatic backups kept in DATA_DIR/backups. */
export const KEEP_DAILY_BACKUPS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;
const BACKUP_NAME = /^hub-\d{8}T\d{6}Z\.tar\.gz$/;

export const controlSocketOf = (dataDir: string) => path.join(dataDir, 'hub-control.sock');
export const backupsDirOf = (dataDir: string) => path.join(dataDir, 'backups');

/** Takes one consistent snapshot of the running database as a gzipped tarball. */
export type Snapshotter = () => Promise<Uint8Array>;

/** Writes a file completely or not at all (temporary file, then rename), readable by its owner only. */
export function writeFileAtomic(file: string, data: Uint8Array) {
  const tmp = `${file}.partial-${process.pid}`;
  fs.writeFileSync(tmp, data, { mode: 0o600 });
  fs.renameSync(tmp, file);
}

/** The control socket of a running hub: GET /backup answers a snapshot. */
export async function startControlSocket(dataDir: string, snapshot: Snapshotter, log: Logger): Promise<() => Promise<void>> {
  const socket = controlSocketOf(dataDir);
  fs.rmSync(socket, { force: true }); // left over by a hub that was killed; the DATA_DIR lock is ours
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' || req.url !== '/backup') {
      res.writeHead(404).end();
      return;
    }
    snapshot().then(
      (tarball) => {
        log.info('Backup taken on request', { bytes: tarball.length });
        res.writeHead(200, { 'content-type': 'application/gzip', 'content-length': tarball.length }).end(tarball);
      },
      (err) => {
        log.error('Backup failed', err);
        res.writeHead(500).end('backup failed');
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socket, () => resolve());
  });
  fs.chmodSync(socket, 0o600);
  return () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
      fs.rmSync(socket, { force: true });
    });
}

/** Asks the hub running on dataDir for a snapshot; null when no hub listens there. */
export function snapshotFromRunningHub(dataDir: string): Promise<Uint8Array | null> {
  const socketPath = controlSocketOf(dataDir);
  if (!fs.existsSync(socketPath)) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const req = http.get({ socketPath, path: '/backup' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        if (res.statusCode === 200) resolve(new Uint8Array(Buffer.concat(chunks)));
        else reject(new Error(`the running hub could not take the backup (HTTP ${res.statusCode})`));
      });
      res.on('error', reject);
    });
    req.on('error', (err: NodeJS.ErrnoException) => {
      // A socket file with nobody behind it: the hub is gone.
      if (err.code === 'ECONNREFUSED' || err.code === 'ENOENT') resolve(null);
      else reject(err);
    });
  });
}

/** The automatic backups in a directory, oldest first. */
export function listBackups(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => BACKUP_NAME.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');

/** Writes one automatic backup into dir and deletes all but the newest `keep`. */
export async function rotateBackup(dir: string, snapshot: Snapshotter, keep = KEEP_DAILY_BACKUPS, now = new Date()): Promise<string> {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, `hub-${stamp(now)}.tar.gz`);
  writeFileAtomic(file, await snapshot());
  const all = listBackups(dir);
  for (const old of all.slice(0, Math.max(0, all.length - keep))) fs.rmSync(old, { force: true });
  return file;
}

/**
 * A backup into DATA_DIR/backups once a day: the first when the newest is a day old (or there is
 * none), checked every hour, so restarts neither skip nor repeat a day.
 */
export function startDailyBackups(dataDir: string, snapshot: Snapshotter, log: Logger): () => Promise<void> {
  const dir = backupsDirOf(dataDir);
  let running: Promise<unknown> = Promise.resolve();
  const due = () => {
    const newest = listBackups(dir).at(-1);
    return !newest || Date.now() - fs.statSync(newest).mtimeMs >= DAY_MS;
  };
  const tick = () => {
    if (!due()) return;
    running = rotateBackup(dir, snapshot).then(
      (file) => log.info('Daily backup written', { file }),
      (err) => log.error('Daily backup failed', err),
    );
  };
  const first = setTimeout(tick, 5_000);
  const hourly = setInterval(tick, 60 * 60 * 1000);
  first.unref();
  hourly.unref();
  return async () => {
    clearTimeout(first);
    clearInterval(hourly);
    await running;
  };
}
