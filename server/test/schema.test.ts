import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { printHubSchema } from '../src/emit-schema';
import { getSchema, SCHEMA_FILE } from '../src/schema';

describe('schema', () => {
  it('matches the committed schema/schema.graphql (run `npm run schema -w server` after changing the API)', async () => {
    const emitted = printHubSchema(await getSchema());
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(emitted);
  });

  it('keeps every promise of the API contract', () => {
    const root = path.resolve(__dirname, '../..');
    const out = execFileSync('node', [path.resolve(root, '../shared/tools/check-contract.mjs'), SCHEMA_FILE], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(out).toContain('contract: compatible');
  });
});
