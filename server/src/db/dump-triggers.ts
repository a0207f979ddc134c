/**
 * Writes src/db/triggers.sql (see stored-code.ts) from a throw-away in-memory embedded
 * database migrated with every committed migration. Run with `npm run triggers -w server`.
 */
import fs from 'node:fs';
import 'reflect-metadata';
import { Sql } from '../common/sql';
import { startEmbeddedDatabase } from './embedded';
import { createOrm, migrate } from './orm';
import { dumpStoredCode, STORED_CODE_FILE } from './stored-code';

async function main() {
  const db = await startEmbeddedDatabase(null);
  const orm = await createOrm({ url: db.url, poolSize: 1 });
  try {
    await migrate(orm);
    fs.writeFileSync(STORED_CODE_FILE, await dumpStoredCode(new Sql(orm.em.fork())));
    console.log(`Wrote ${STORED_CODE_FILE}`);
  } finally {
    await orm.close(true);
    await db.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
