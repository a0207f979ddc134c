import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildActionItem, buildAgency, buildAgreement, buildCase, buildCommitment, buildMeeting,
} from './support/factories';
import { codes, startTestHub, type TestHub } from './support/harness';
import { day, idsOf, ok, signInCast, walkPages, type Cast } from './support/api-helpers';

/**
 * Every list of the API pages the same way: keyset cursors over its default order, `first`
 * from 1 to 100 (default 50), `totalCount` across all pages. The data has many ties in the
 * sort keys (same names, same dates, missing dates) so that cursors must break them by id.
 */
let t: TestHub;
let u: Cast;

const LISTS = ['agencies', 'meetings', 'agreements', 'commitments', 'actionItems', 'cases', 'auditEvents'] as const;
const query = (field: string) => `query($first: Int, $after: String) {
  ${field}(first: $first, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } }
}`;

beforeAll(async () => {
  t = await startTestHub();
  u = await signInCast(t);
  const agencies: number[] = [];
  // With the member's own agency: 56 rows, whole pages of 4 and of 7.
  for (let i = 0; i < 55; i++) {
    // Five distinct names only: most of the order comes from the id.
    agencies.push((await buildAgency(t.sql, { name: `Dinas ${i % 5}`, provinceCode: i % 7 === 0 ? null : '52' })).id);
  }
  for (let i = 0; i < 23; i++) await buildMeeting(t.sql, { heldOn: `2026-01-0${1 + (i % 3)}`, attendeeIds: [agencies[i]] });
  const agreements: number[] = [];
  for (let i = 0; i < 23; i++) {
    const signedOn = i % 4 === 0 ? null : `2025-0${1 + (i % 3)}-01`;
    agreements.push((await buildAgreement(t.sql, { partyIds: [agencies[i], agencies[i + 1]], signedOn, expiresOn: null })).id);
  }
  const commitments: number[] = [];
  for (let i = 0; i < 23; i++) {
    commitments.push((await buildCommitment(t.sql, { agreementId: agreements[i], agencyId: agencies[i], dueOn: i % 5 === 0 ? null : day((i % 3) - 1) })).id);
  }
  for (let i = 0; i < 27; i++) {
    // Overdue and not, open and done, on three due dates around today.
    await buildActionItem(t.sql, {
      agencyId: agencies[1 + (i % 6)], openedOn: day(-100), dueOn: day((i % 3) - 1), status: i % 4 === 0 ? 'DONE' : 'OPEN', completedOn: i % 4 === 0 ? day(-1) : null,
      commitmentId: commitments[i % 23],
    });
  }
  for (let i = 0; i < 23; i++) await buildCase(t.sql, { intakeAgencyId: agencies[1 + (i % 6)], reportedOn: `2026-02-0${1 + (i % 2)}` });
  // Audit events come from real mutations.
  for (let i = 0; i < 12; i++) {
    await ok(t, `mutation($id: ID!) { updateAgency(id: $id, input: { acronym: "A${i}" }) { id } }`, { id: agencies[1] }, u.admin.token);
  }
});
afterAll(() => t?.stop());

describe('page size', () => {
  it.each(LISTS)('%s: first defaults to 50 and accepts 1 to 100', async (field) => {
    const all = await ok(t, query(field), { first: 100 }, u.admin.token);
    const total = all[field].totalCount;
    expect(total).toBeGreaterThan(0);
    expect(all[field].nodes).toHaveLength(Math.min(total, 100));
    const byDefault = await ok(t, `{ ${field} { totalCount nodes { id } pageInfo { hasNextPage } } }`, {}, u.admin.token);
    expect(byDefault[field].nodes).toHaveLength(Math.min(total, 50));
    expect(byDefault[field].pageInfo.hasNextPage).toBe(total > 50);
    expect(byDefault[field].totalCount).toBe(total);
    const one = await ok(t, query(field), { first: 1 }, u.admin.token);
    expect(idsOf(one[field].nodes)).toEqual(idsOf(all[field].nodes).slice(0, 1));
    expect(one[field].pageInfo.hasNextPage).toBe(total > 1);
  });

  it('the agencies list has more than 50 rows, so the default really cuts at 50', async () => {
    const data = await ok(t, `{ agencies { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`, {}, u.admin.token);
    expect(data.agencies.totalCount).toBeGreaterThan(50);
    expect(data.agencies.nodes).toHaveLength(50);
    expect(data.agencies.pageInfo.hasNextPage).toBe(true);
  });

  it.each(LISTS.flatMap((f) => [0, -1, 101, 1000].map((n) => [f, n] as const)))('%s: first = %i is refused with BAD_USER_INPUT on "first"', async (field, first) => {
    const res = await t.gql(query(field), { first }, u.admin.token);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].extensions.fields).toEqual(['first']);
    expect(res.data).toBeNull();
  });

  it('users: first outside 1..100 is refused too', async () => {
    const res = await t.gql(`{ users(first: 101) { totalCount } }`, {}, u.admin.token);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['first'] });
  });
});

describe('cursors', () => {
  it.each(LISTS)('%s: walking pages of 4 and of 7 returns every row once, in the order of one big page', async (field) => {
    const all = await ok(t, query(field), { first: 100 }, u.admin.token);
    const expected = idsOf(all[field].nodes);
    for (const size of [4, 7]) {
      const walk = await walkPages(t, field, query(field), {}, u.admin.token, size);
      const ids = idsOf(walk.nodes);
      expect(ids).toEqual(expected);
      expect(new Set(ids).size).toBe(ids.length);
      expect(new Set(walk.totalCounts)).toEqual(new Set([expected.length]));
      // hasNextPage is exact: a last full page does not promise another one.
      expect(walk.pages).toBe(Math.ceil(expected.length / size));
    }
  });

  it('a cursor keeps the filter: walking a filtered list returns exactly the filtered rows', async () => {
    const q = `query($first: Int, $after: String) { actionItems(filter: { overdue: true }, first: $first, after: $after) { totalCount nodes { id isOverdue } pageInfo { hasNextPage endCursor } } }`;
    const walk = await walkPages(t, 'actionItems', q, {}, u.admin.token, 3);
    expect(walk.nodes.length).toBe(walk.totalCounts[0]);
    expect(walk.nodes.every((n) => (n as unknown as { isOverdue: boolean }).isOverdue)).toBe(true);
    expect(walk.nodes.length).toBeGreaterThan(3);
  });

  it('the last page says so and has no further cursor to follow', async () => {
    const all = await ok(t, query('cases'), { first: 100 }, u.admin.token);
    expect(all.cases.pageInfo.hasNextPage).toBe(false);
    const after = await ok(t, query('cases'), { first: 10, after: all.cases.pageInfo.endCursor }, u.admin.token);
    expect(after.cases.nodes).toEqual([]);
    expect(after.cases.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });

  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  it.each(LISTS.flatMap((f) => [
    [f, 'garbage', 'not a cursor!'],
    [f, 'not JSON', Buffer.from('{{{').toString('base64url')],
    [f, 'a JSON object', b64({ id: 1 })],
    [f, 'too many keys', b64([1, 2, 3, 4, 5])],
    [f, 'values of the wrong type', b64(['x', 'y', 'z'].slice(0, f === 'actionItems' ? 3 : f === 'auditEvents' ? 1 : 2))],
    [f, 'nulls', b64([null, null, null].slice(0, f === 'actionItems' ? 3 : f === 'auditEvents' ? 1 : 2))],
    [f, 'an impossible date or number', b64(f === 'actionItems' ? [0, '2026-02-31', 1] : f === 'auditEvents' ? ['1e99'] : f === 'agencies' ? ['x', 1.5] : ['2026-13-01', 1])],
  ] as const))('%s: a cursor that is %s is refused with BAD_USER_INPUT on "after"', async (field, _label, after) => {
    const res = await t.gql(query(field), { first: 5, after }, u.admin.token);
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0].extensions.fields).toEqual(['after']);
  });

  it('a cursor of one list is refused by a list with other keys', async () => {
    const agencies = await ok(t, query('agencies'), { first: 2 }, u.admin.token);
    const res = await t.gql(query('actionItems'), { first: 2, after: agencies.agencies.pageInfo.endCursor }, u.admin.token);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['after'] });
  });
});
