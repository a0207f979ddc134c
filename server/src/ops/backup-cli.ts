import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { ConfigError, loadConfig } from '../config';
import { startEmbeddedDatabase } from '../db/embedded';
import { snapshotFromRunningHub, writeFileAtomic } from './backup';

/**
 * `npm run backup -- <file>` and `npm run restore -- <file>` for the embedded database in
 * DATA_DIR. A backup works while the hub runs (the hub takes it) and while it is stopped; a
 * restore needs the hub stopped, and keeps the replaced data directory next to the new one.
 * On PostgreSQL (DATABASE_URL) use pg_dump and pg_restore (see the README).
 */
async function main(argv: string[]): Promise<number> {
  const [command, fileArg] = argv;
  if ((command !== 'backup' && command !== 'restore') || !fileArg) {
    console.error('Usage: npm run backup -- <file.tar.gz>   |   npm run restore -- <file.tar.gz>');
    return 2;
  }
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      return 2;
    }
    throw err;
  }
  if (config.databaseUrl) {
    console.error('DATABASE_URL is set: back up PostgreSQL with pg_dump and restore with pg_restore (see the README, "Backups").');
    return 2;
  }
  const file = path.resolve(fileArg);
  const pgdata = path.join(config.dataDir, 'pgdata');
  if (command === 'backup') {
    let tarball = await snapshotFromRunningHub(config.dataDir);
    const from = tarball ? 'the running hub' : 'the stopped database';
    if (!tarball) {
      if (!fs.existsSync(pgdata)) {
        console.error(`There is no embedded database in ${config.dataDir}.`);
        return 1;
      }
      // No hub runs: open the database ourselves (this also takes the DATA_DIR lock).
      const db = await startEmbeddedDatabase(config.dataDir);
      try {
        tarball = await db.dump();
      } finally {
        await db.stop();
      }
    }
    writeFileAtomic(file, tarball);
    console.log(`Backup of ${config.dataDir} (from ${from}) written to ${file} (${tarball.length} bytes).`);
    return 0;
  }

  if (!fs.existsSync(file)) {
    console.error(`No such backup file: ${file}`);
    return 1;
  }
  if ((await snapshotFromRunningHub(config.dataDir).catch(() => null)) !== null) {
    console.error('A hub is running on this DATA_DIR: stop it before restoring.');
    return 1;
  }
  // Take the DATA_DIR lock (refused while a hub holds it), then put the backup in place.
  const lock = acquire(config.dataDir);
  try {
    let kept: string | null = null;
    if (fs.existsSync(pgdata)) {
      kept = `${pgdata}.before-restore-${new Date().toISOString().replace(/[-:.]/g, '')}`;
      fs.renameSync(pgdata, kept);
    }
    fs.mkdirSync(pgdata, { recursive: true });
    const db = await PGlite.create(pgdata, { loadDataDir: new Blob([fs.readFileSync(file)]) });
    const { rows } = await db.query<{ n: number }>('select count(*)::int as n from mikro_orm_migrations');
    await db.close();
    console.log(`Restored ${file} into ${pgdata} (${rows[0].n} migrations applied in it).`);
    if (kept) console.log(`The replaced database is kept in ${kept}; delete it once the hub runs well.`);
    return 0;
  } finally {
    lock();
  }
}

/** The DATA_DIR lock the hub uses (hub.lock with our pid); refused while a live process holds it. */
function acquire(dataDir: string): () => void {
  const file = path.join(dataDir, 'hub.lock');
  fs.mkdirSync(dataDir, { recursive: true });
  if (fs.existsSync(file)) {
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    let alive = false;
    try {
      if (pid && pid !== process.pid) {
        process.kill(pid, 0);
        alive = true;
      }
    } catch (err) {
      alive = (err as NodeJS.ErrnoException).code === 'EPERM';
    }
    if (alive) throw new Error(`A hub (pid ${pid}) is using ${dataDir}: stop it before restoring.`);
  }
  fs.writeFileSync(file, String(process.pid));
  return () => fs.rmSync(file, { force: true });
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
