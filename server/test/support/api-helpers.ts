import { expect } from 'vitest';
import { addDays, todayIn } from '../../src/common/dates';
import { FIELD_ERROR_CODES } from '../../src/common/field-error';
import { signIn, snapshotCounts, type SignedIn } from './factories';
import { codes, type GqlResult, type TestHub } from './harness';

/** "Today" as the hub sees it (Asia/Jakarta unless TZ_HUB says otherwise). */
export const today = () => todayIn(process.env.TZ_HUB || 'Asia/Jakarta');
/** The day `n` days after today (negative: before). */
export const day = (n: number) => addDays(today(), n);

/** Runs one operation and fails the test, showing the errors, unless it succeeded. */
export async function ok<T = Record<string, any>>(
  t: TestHub,
  query: string,
  variables: Record<string, unknown>,
  token: string | null,
): Promise<T> {
  const res = await t.gql<T>(query, variables, token);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
}

/** The whole stored row of a table by id, to show that a refusal left it as it was. */
export const rowOf = (t: TestHub, table: string, id: number | string) =>
  t.sql.maybeOne<Record<string, unknown>>(`select * from ${table} where id = $1`, [Number(id)]);

export interface Refusal {
  code: 'BAD_USER_INPUT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'CONFLICT';
  /** For BAD_USER_INPUT: exactly the offending input fields, in the order the server reports them. */
  fields?: string[];
}

/**
 * Runs a mutation that must be refused and checks the refusal: its code, for bad input the
 * exact `extensions.fields` (and a message for each in `fieldErrors`), no data, and that
 * nothing changed: the row counts of every data table and, when given, the watched rows.
 */
export async function expectRefused(
  t: TestHub,
  run: () => Promise<GqlResult>,
  expected: Refusal,
  watch: () => Promise<unknown> = async () => null,
): Promise<GqlResult> {
  const countsBefore = await snapshotCounts(t.sql);
  const watchedBefore = await watch();
  const res = await run();
  expect(codes(res), JSON.stringify(res.errors)).toEqual([expected.code]);
  expect(res.data).toBeNull();
  const ext = res.errors![0].extensions;
  if (expected.code === 'BAD_USER_INPUT') {
    expect(ext.fields).toEqual(expected.fields);
    expect(Object.keys(ext.fieldErrors ?? {})).toEqual(expected.fields);
    // Every field error carries a code clients translate, and an English message.
    for (const e of Object.values((ext.fieldErrors ?? {}) as Record<string, { code: string; message: string }>)) {
      expect(FIELD_ERROR_CODES).toContain(e.code);
      expect(typeof e.message).toBe('string');
    }
  }
  expect(await snapshotCounts(t.sql)).toEqual(countsBefore);
  expect(await watch()).toEqual(watchedBefore);
  return res;
}

export interface Cast {
  admin: SignedIn;
  /** COORDINATOR of Nusa Tenggara Barat (52). */
  coord: SignedIn;
  /** COORDINATOR of Kalimantan Barat (61). */
  coordKB: SignedIn;
  oversight: SignedIn;
  /** MEMBER of a new agency in 52. */
  member: SignedIn;
}

/** One signed-in user of each kind a test file usually needs. */
export async function signInCast(t: TestHub): Promise<Cast> {
  return {
    admin: await signIn(t, 'ADMIN'),
    coord: await signIn(t, 'COORDINATOR', { provinceCode: '52' }),
    coordKB: await signIn(t, 'COORDINATOR', { provinceCode: '61' }),
    oversight: await signIn(t, 'OVERSIGHT'),
    member: await signIn(t, 'MEMBER'),
  };
}

/** Ids of a list result, as strings. */
export const idsOf = (nodes: { id: string }[]) => nodes.map((n) => n.id);

/**
 * Walks a connection page by page with `after` and returns every node, checking on the way
 * that each page but the last is full, says it has a next page, and ends at its last node.
 */
export async function walkPages(
  t: TestHub,
  field: string,
  query: string,
  variables: Record<string, unknown>,
  token: string,
  pageSize: number,
): Promise<{ nodes: { id: string }[]; totalCounts: number[]; pages: number }> {
  const nodes: { id: string }[] = [];
  const totalCounts: number[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const data: Record<string, any> = await ok(t, query, { ...variables, first: pageSize, after }, token);
    const page = data[field];
    pages += 1;
    totalCounts.push(page.totalCount);
    nodes.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) {
      expect(page.nodes.length).toBeLessThanOrEqual(pageSize);
      break;
    }
    expect(page.nodes).toHaveLength(pageSize);
    expect(page.pageInfo.endCursor).toBeTruthy();
    after = page.pageInfo.endCursor;
    if (pages > 200) throw new Error('pagination does not end');
  }
  return { nodes, totalCounts, pages };
}
