import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedDatabase {
  /**
   * A postgres:// URL for the normal `pg` driver naming the Unix socket's directory
   * (`postgresql://postgres@/postgres?host=/dir&port=5432`); no TCP port is ever opened.
   */
  url: string;
  /**
   * A gzipped tarball of the whole data directory, taken while no statement runs (PGlite is
   * one session; the dump waits for the statement in progress). Used by backups.
   */
  dump(): Promise<Uint8Array>;
  /** The directory (mode 0700) holding the socket file `.s.PGSQL.5432`. */
  socketDir: string;
  stop(): Promise<void>;
}

/** The longest Unix socket path Linux accepts (sun_path is 108 bytes with its NUL). */
const MAX_SOCKET_PATH = 107;

/** The port number only names the socket file (`.s.PGSQL.<port>`), as PostgreSQL does. */
export const SOCKET_PORT = 5432;

/**
 * Starts PGlite persisted under `dataDir` (or in memory when dataDir is null) and serves it
 * over the PostgreSQL wire protocol on a Unix socket, so the rest of the hub talks to it
 * exactly as to any PostgreSQL server. PGlite is a single connection: clients must use a pool
 * of one, and the server accepts one connection at a time.
 *
 * The wire protocol served here has no authentication, so the socket is the only door and it
 * is locked by the file system: it lives in `<dataDir>/socket/` (or a fresh private temporary
 * directory for an in-memory database), a directory of mode 0700 that only the hub's own user
 * can enter. No TCP port is opened, so no other local user (nor anything on the network) can
 * reach the database. The hub also keeps its one connection open (see `createOrm`), so even a
 * process of the same user is refused while the hub runs.
 */
export async function startEmbeddedDatabase(dataDir: string | null): Promise<EmbeddedDatabase> {
  let lockFile: string | null = null;
  let db: PGlite;
  let socketDir: string;
  let ownsSocketDir = false;
  if (dataDir) {
    const socketPath = path.join(path.resolve(dataDir), 'socket', `.s.PGSQL.${SOCKET_PORT}`);
    if (Buffer.byteLength(socketPath) > MAX_SOCKET_PATH) {
      throw new Error(
        `DATA_DIR is too long: the embedded database's socket ${socketPath} would exceed the ${MAX_SOCKET_PATH} bytes ` +
          'a Unix socket path may have. Use a shorter DATA_DIR.',
      );
    }
    const pgdata = path.join(dataDir, 'pgdata');
    fs.mkdirSync(pgdata, { recursive: true, mode: 0o700 });
    lockFile = path.join(dataDir, 'hub.lock');
    acquireLock(lockFile);
    socketDir = path.join(dataDir, 'socket');
    try {
      // A new data directory is initialised in a short-lived child process: PGlite's initdb
      // leaves ~400 MB behind in the process that ran it (bench/results/memory.md).
      privateDirectory(socketDir);
      if (!fs.existsSync(path.join(pgdata, 'PG_VERSION'))) await initialiseInChild(pgdata);
      db = await PGlite.create(pgdata, { startParams: START_PARAMS });
    } catch (err) {
      releaseLock(lockFile);
      throw err;
    }
  } else {
    socketDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-db-')); // mkdtemp makes it 0700
    fs.chmodSync(socketDir, 0o700);
    ownsSocketDir = true;
    db = await PGlite.create();
  }
  const socketFile = path.join(socketDir, `.s.PGSQL.${SOCKET_PORT}`);
  // A socket file left by a hub that was killed (the lock above says none runs now).
  fs.rmSync(socketFile, { force: true });
  const server = new PGLiteSocketServer({ db, path: socketFile, maxConnections: 1 });
  try {
    await server.start();
    fs.chmodSync(socketFile, 0o600);
  } catch (err) {
    await db.close().catch(() => {});
    if (lockFile) releaseLock(lockFile);
    throw err;
  }
  let stopped = false;
  return {
    url: embeddedUrl(socketDir),
    socketDir,
    async dump() {
      const blob = await db.dumpDataDir('gzip');
      return new Uint8Array(await blob.arrayBuffer());
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
      fs.rmSync(socketFile, { force: true });
      if (ownsSocketDir) fs.rmSync(socketDir, { recursive: true, force: true });
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

/** The connection URL of a socket directory, understood by `pg`, MikroORM and psql alike. */
export function embeddedUrl(socketDir: string): string {
  return `postgresql://postgres@/postgres?host=${encodeURIComponent(socketDir)}&port=${SOCKET_PORT}`;
}

/** Creates `dir` (or takes it over) as a directory that only this user can enter. */
function privateDirectory(dir: string) {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const st = fs.lstatSync(dir);
  if (!st.isDirectory()) throw new Error(`${dir} must be a directory (it holds the embedded database's socket).`);
  if (typeof process.getuid === 'function' && st.uid !== process.getuid()) {
    throw new Error(`${dir} belongs to another user; the embedded database's socket must be in a directory of the hub's own user.`);
  }
  fs.chmodSync(dir, 0o700);
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
