/**
 * Generates a migration from the difference between the entities and the schema
 * the committed migrations build. Run with `npm run migration:create -w server -- [name]`;
 * it uses a throw-away in-memory embedded database, so no server is needed.
 */
import fs from 'node:fs';
import path from 'node:path';
import 'reflect-metadata';
import { startEmbeddedDatabase } from './embedded';
import { createOrm, migrate } from './orm';

async function main() {
  const name = process.argv[2];
  const dir = path.resolve(__dirname, '../../src/db/migrations');
  const db = await startEmbeddedDatabase(null);
  const orm = await createOrm({ url: db.url, poolSize: 1 });
  try {
    await migrate(orm);
    const migrator = orm.getMigrator();
    (migrator as unknown as { options: Record<string, unknown> }).options.path = dir;
    (migrator as unknown as { options: Record<string, unknown> }).options.pathTs = dir;
    (migrator as unknown as { options: Record<string, unknown> }).options.emit = 'ts';
    const result = await migrator.createMigration(dir, false, false, name);
    if (!result.fileName) {
      console.log('No changes: the entities match the migrations.');
      return;
    }
    console.log(`Created ${path.join(dir, result.fileName)}`);
    writeIndex(dir);
  } finally {
    await orm.close(true);
    await db.stop();
  }
}

function writeIndex(dir: string) {
  const names = fs
    .readdirSync(dir)
    .filter((f) => /^Migration\d{14}.*\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
  const lines = [
    "import type { MigrationObject } from '@mikro-orm/core';",
    ...names.map((n) => `import { ${className(dir, n)} } from './${n}';`),
    '',
    '/** Every committed migration, in order. New migrations are generated with `npm run migration:create -w server`. */',
    'export const migrationsList: MigrationObject[] = [',
    ...names.map((n) => `  { name: '${n}', class: ${className(dir, n)} },`),
    '];',
    '',
  ];
  fs.writeFileSync(path.join(dir, 'index.ts'), lines.join('\n'));
}

function className(dir: string, file: string): string {
  const src = fs.readFileSync(path.join(dir, `${file}.ts`), 'utf8');
  const m = /export class (\w+)/.exec(src);
  if (!m) throw new Error(`${file}.ts exports no class`);
  return m[1];
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
