import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedDatabase {
  /** A postgres:// URL for the normal `pg` driver, on a loopback port. */
  url: string;
  /**
   * A gzipped tarball of the whole data directory, taken while no statement runs (PGlite is
   * one session; the dump waits for the statement in progress). Used by backups.
   */
  dump(): Promise<Uint8Array>;
  stop(): Promise<void>;
}

/**
 * Starts PGlite persisted under `dataDir` (or in memory when dataDir is null) and
 * serves it over the PostgreSQL wire protocol on 127.0.0.1, so the rest of the hub
 * talks to it exactly as to any PostgreSQL server. PGlite is a single connection:
 * clients must use a pool of one.
 */
export async function startEmbeddedDatabase(dataDir: string | null): Promise<EmbeddedDatabase> {
  let lockFile: string | null = null;
  let db: PGlite;
  if (dataDir) {
    const pgdata = path.join(dataDir, 'pgdata');
    fs.mkdirSync(pgdata, { recursive: true });
    lockFile = path.join(dataDir, 'hub.lock');
    acquireLock(lockFile);
    try {
      // A new data directory is initialised in a short-lived child process: PGlite's initdb
      // leaves ~400 MB behind in the process that ran it (bench/results/memory.md).
      if (!fs.existsSync(path.join(pgdata, 'PG_VERSION'))) await initialiseInChild(pgdata);
      db = await PGlite.create(pgdata, { startParams: START_PARAMS });
    } catch (err) {
      releaseLock(lockFile);
      throw err;
    }
  } else {
    db = await PGlite.create();
  }
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
  await server.start();
  const conn = server.getServerConn(); // "127.0.0.1:PORT"
  const port = Number(conn.split(':').pop());
  let stopped = false;
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`,
    async dump() {
      const blob = await db.dumpDataDir('gzip');
      return new Uint8Array(await blob.arrayBuffer());
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
      if (lockFile) releaseLock(lockFile);
    },
  };
}

/**
 * PGlite's own start parameters, with a smaller cache: shared_buffers is PostgreSQL's page cache,
 * inside the WebAssembly memory of this process (PGlite's default is 128 MB); the operating system
 * caches the data files as well, so 32 MB costs little speed and keeps the hub's memory down.
 */
const START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'];

async function initialiseInChild(pgdata: string) {
  const script = `require(process.argv[1]).PGlite.create(process.argv[2]).then((db) => db.close())`;
  await promisify(execFile)(process.execPath, ['-e', script, require.resolve('@electric-sql/pglite'), pgdata], { timeout: 120_000 });
}

function acquireLock(file: string) {
  if (fs.existsSync(file)) {
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new Error(
        `The embedded database in ${path.dirname(file)} is in use by another hub process (pid ${pid}). ` +
          'Stop it first, or point DATA_DIR somewhere else.',
      );
    }
  }
  fs.writeFileSync(file, String(process.pid));
}

function releaseLock(file: string) {
  try {
    if (fs.readFileSync(file, 'utf8').trim() === String(process.pid)) fs.unlinkSync(file);
  } catch {
    // already gone
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
