import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Logger } from '../src/common/logger';
import { buildAgency, buildCase, snapshotCounts } from './support/factories';
import { codes, startTestHub, type GqlResult, type TestHub } from './support/harness';
import { ok, signInCast, type Cast } from './support/api-helpers';

/**
 * Unexpected failures are logged on the server and reach the client only as a bare
 * INTERNAL_SERVER_ERROR. To cause one without mocks, a test breaks the database under the
 * running hub (renames a column a request needs) and puts it back afterwards.
 */
let t: TestHub;
let u: Cast;
const logged: unknown[] = [];
const log: Logger = { info: () => {}, warn: () => {}, error: (_m: string, err?: unknown) => void logged.push(err) };

beforeAll(async () => {
  t = await startTestHub({}, log);
  u = await signInCast(t);
});
afterAll(() => t?.stop());

/** Renames a column for the duration of `work`, then restores it whatever happened. */
async function withColumnRenamed<T>(table: string, column: string, work: () => Promise<T>): Promise<T> {
  await t.sql.run(`alter table ${table} rename column ${column} to ${column}_gone`);
  try {
    return await work();
  } finally {
    await t.sql.run(`alter table ${table} rename column ${column}_gone to ${column}`);
  }
}

function expectMasked(res: GqlResult, leaks: string[]) {
  expect(codes(res)).toEqual(['INTERNAL_SERVER_ERROR']);
  const [error] = res.errors!;
  expect(error.message).toBe('Internal server error');
  expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  const body = JSON.stringify({ message: error.message, extensions: error.extensions });
  for (const leak of [...leaks, 'select', 'insert', 'stack', 'column', '.ts:', '.js:', 'node_modules']) {
    expect(body.toLowerCase()).not.toContain(leak.toLowerCase());
  }
}

describe('unexpected failures', () => {
  it('of a query are logged with their cause and answered INTERNAL_SERVER_ERROR without SQL or stack', async () => {
    await buildAgency(t.sql, { name: 'UPTD PPA NTB' });
    logged.length = 0;
    const res = await withColumnRenamed('agency', 'acronym', () => t.gql(`{ agencies { nodes { id name } } }`, {}, u.coord.token));
    expectMasked(res, ['acronym', 'agency']);
    expect(res.data).toBeNull();
    expect(logged).toHaveLength(1);
    expect(String((logged[0] as Error).message)).toMatch(/acronym/);
    // Restored: the same query works again.
    expect((await ok(t, `{ agencies { totalCount } }`, {}, u.coord.token)).agencies.totalCount).toBeGreaterThan(0);
  });

  it('of a nested field are masked the same way, the rest of the response staying intact', async () => {
    const c = await buildCase(t.sql);
    await t.sql.run('insert into service_record (case_id, agency_id, type, provided_on, created_at) values ($1, $2, $3, $4, now())', [c.id, c.intakeAgencyId, 'MEDICAL', '2026-02-02']);
    logged.length = 0;
    const res = await withColumnRenamed('service_record', 'type', () =>
      t.gql(`query($id: ID!) { case(id: $id) { code services { type } } }`, { id: c.id }, u.coord.token));
    expectMasked(res, ['service_record', 'type']);
    expect(res.errors![0].path).toEqual(['case', 'services']);
    expect(logged).toHaveLength(1);
  });

  it('of a mutation after its first write roll everything back', async () => {
    const before = await snapshotCounts(t.sql);
    logged.length = 0;
    // The audit event is written last, in the same transaction as the agency.
    const res = await withColumnRenamed('audit_event', 'changes', () =>
      t.gql(`mutation { createAgency(input: { name: "Dinas Sosial", sector: SOCIAL_WELFARE, level: PROVINCE, provinceCode: "52" }) { id } }`, {}, u.coord.token));
    expectMasked(res, ['audit_event', 'changes']);
    expect(await snapshotCounts(t.sql)).toEqual(before);
    expect(await t.sql.all(`select 1 from agency where name = 'Dinas Sosial'`)).toEqual([]);
    expect(logged).toHaveLength(1);
  });
});

describe('refusals that are part of the API', () => {
  it('keep their own code and message and are not logged as failures', async () => {
    logged.length = 0;
    const parse = await t.gql(`{ agencies { `, {}, u.coord.token);
    expect(codes(parse)).toEqual(['GRAPHQL_PARSE_FAILED']);
    const unknownField = await t.gql(`{ agencies { nodes { password } } }`, {}, u.coord.token);
    expect(codes(unknownField)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const notFound = await t.gql(`{ agency(id: "424242") { id } }`, {}, u.coord.token);
    expect(notFound.errors![0]).toMatchObject({ message: 'Agency 424242 was not found.', extensions: { code: 'NOT_FOUND' } });
    const bad = await t.gql(`mutation { createAgency(input: { name: " ", sector: POLICE, level: PROVINCE, provinceCode: "52" }) { id } }`, {}, u.coord.token);
    expect(bad.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['name'], fieldErrors: { name: { code: 'REQUIRED', message: 'must not be empty' } } });
    const badDate = await t.gql(`query($d: Date) { meetings(filter: { heldFrom: $d }) { totalCount } }`, { d: '2026-02-30' }, u.coord.token);
    expect(codes(badDate)).toEqual(['BAD_USER_INPUT']);
    const badLiteral = await t.gql(`{ meetings(filter: { heldFrom: "2026-02-30" }) { totalCount } }`, {}, u.coord.token);
    expect(codes(badLiteral)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(logged).toEqual([]);
    for (const res of [parse, unknownField, notFound, bad, badDate, badLiteral]) expect(JSON.stringify(res.errors)).not.toContain('stacktrace');
  });
});
