import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, findBreakingChanges } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printHubSchema } from '../src/emit-schema';
import { getSchema, SCHEMA_FILE } from '../src/schema';

/**
 * The public contract: the shared copy next to the project when present (what
 * `node ../shared/tools/check-contract.mjs` checks), else the copy committed in schema/.
 */
function contractFile(): string {
  const shared = path.resolve(__dirname, '../../../shared/api/contract.graphql');
  return fs.existsSync(shared) ? shared : path.resolve(__dirname, '../../schema/contract.graphql');
}

describe('schema', () => {
  it('matches the committed schema/schema.graphql (run `npm run schema` after changing the API)', async () => {
    const emitted = printHubSchema(await getSchema());
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(emitted);
  });

  it('keeps every type, field, argument and enum value of the API contract', async () => {
    const contract = buildSchema(fs.readFileSync(contractFile(), 'utf8'));
    const broken = findBreakingChanges(contract, await getSchema()).map((c) => `${c.type}: ${c.description}`);
    expect(broken).toEqual([]);
  });

  it('has no field that could hold personal data about a victim', async () => {
    const schema = await getSchema();
    const caseFields = [
      ...Object.keys((schema.getType('Case') as any).getFields()),
      ...Object.keys((schema.getType('RecordCaseInput') as any).getFields()),
    ];
    for (const f of caseFields) expect(f).not.toMatch(/name|address|birth|phone|nik|identity|narrative|story|description|note/i);
  });
});
