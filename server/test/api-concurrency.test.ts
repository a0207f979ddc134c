import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActionItem, buildAgency, signIn, type SignedIn } from './support/factories';
import { actionRollups } from './support/rollups';
import { codes, startTestHub, type TestHub } from './support/harness';
import { day, ok, signInCast, type Cast } from './support/api-helpers';
import { CASE_CODE_PATTERN } from '../src/modules/case/case.code';

/**
 * Requests racing over HTTP. On the embedded database the hub has one connection, so the
 * requests queue for it; on PostgreSQL (DATABASE_URL) they run in parallel transactions and
 * the database alone decides which change wins.
 */
let t: TestHub;
let u: Cast;
let police: number;
let policeMember: SignedIn;
const RACERS = 10;

beforeAll(async () => {
  t = await startTestHub();
  u = await signInCast(t);
  police = (await buildAgency(t.sql, { name: 'Polda NTB', provinceCode: '52' })).id;
  policeMember = await signIn(t, 'MEMBER', { agencyId: police });
});
afterAll(() => t?.stop());

const UPDATE = `mutation($id: ID!, $in: UpdateActionItemInput!) { updateActionItem(id: $id, input: $in) { version status title } }`;
const state = async (id: number) => ({
  item: await t.sql.one<{ version: number; status: string; title: string }>('select version, status, title from action_item where id = $1', [id]),
  history: await t.sql.all<{ note: string | null }>('select note from action_update where action_item_id = $1', [id]),
  audits: (await t.sql.one<{ n: number }>(`select count(*)::int as n from audit_event where action = 'updateActionItem' and entity_id = $1`, [String(id)])).n,
});

describe('updateActionItem under concurrent requests', () => {
  it(`of ${RACERS} updates naming the same version, exactly one wins and the rest get CONFLICT`, async () => {
    const a = await buildActionItem(t.sql, { agencyId: police, openedOn: day(-10), dueOn: day(10) });
    const results = await Promise.all(
      Array.from({ length: RACERS }, (_, i) =>
        t.gql(UPDATE, { id: a.id, in: { version: 1, status: i % 2 ? 'IN_PROGRESS' : 'BLOCKED', note: `racer ${i}` } }, i % 3 ? policeMember.token : u.coord.token)),
    );
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers.map(codes)).toEqual(Array.from({ length: RACERS - 1 }, () => ['CONFLICT']));
    for (const l of losers) expect(l.errors![0].extensions).toMatchObject({ yourVersion: 1, currentVersion: 2 });
    expect(winners[0].data!.updateActionItem.version).toBe(2);
    const after = await state(a.id);
    expect(after.item.version).toBe(2);
    expect(after.item.status).toBe(winners[0].data!.updateActionItem.status);
    expect(after.history).toHaveLength(1);
    expect(after.audits).toBe(1);
  });

  it('detail changes and status changes from different people race the same way', async () => {
    const a = await buildActionItem(t.sql, { agencyId: police, openedOn: day(-10), dueOn: day(10), version: 7 });
    const results = await Promise.all([
      ...Array.from({ length: RACERS / 2 }, (_, i) => t.gql(UPDATE, { id: a.id, in: { version: 7, title: `Judul ${i}` } }, u.coord.token)),
      ...Array.from({ length: RACERS / 2 }, () => t.gql(UPDATE, { id: a.id, in: { version: 7, status: 'DONE' } }, policeMember.token)),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).every((r) => codes(r)[0] === 'CONFLICT')).toBe(true);
    const after = await state(a.id);
    expect(after.item.version).toBe(8);
    expect(after.history).toHaveLength(1);
  });

  it('racers that each re-read before writing all get through, one version at a time', async () => {
    const a = await buildActionItem(t.sql, { agencyId: police, openedOn: day(-10), dueOn: day(10) });
    const results = await Promise.all(
      Array.from({ length: 5 }, async (_, i) => {
        // Retry on CONFLICT with the version the server reports, as a client would.
        let version = 1;
        for (let attempt = 0; attempt < 20; attempt++) {
          const res = await t.gql(UPDATE, { id: a.id, in: { version, note: `writer ${i}` } }, policeMember.token);
          if (!res.errors) return res.data!.updateActionItem.version as number;
          expect(codes(res)).toEqual(['CONFLICT']);
          version = res.errors[0].extensions.currentVersion;
        }
        throw new Error('never got through');
      }),
    );
    expect([...results].sort((x, y) => x - y)).toEqual([2, 3, 4, 5, 6]);
    const after = await state(a.id);
    expect(after.item.version).toBe(6);
    expect(after.history.map((h) => h.note).sort()).toEqual(['writer 0', 'writer 1', 'writer 2', 'writer 3', 'writer 4']);
  });

  it('concurrent notes all land, and none of them bumps the version', async () => {
    const a = await buildActionItem(t.sql, { agencyId: police, openedOn: day(-10), dueOn: day(10), version: 3 });
    const results = await Promise.all(
      Array.from({ length: RACERS }, (_, i) => t.gql(`mutation($id: ID!, $n: String!) { addActionNote(id: $id, note: $n) { version } }`, { id: a.id, n: `catatan ${i}` }, policeMember.token)),
    );
    expect(results.map(codes), JSON.stringify(results.map((r) => r.errors))).toEqual(Array.from({ length: RACERS }, () => []));
    const after = await state(a.id);
    expect(after.item.version).toBe(3);
    expect(after.history).toHaveLength(RACERS);
  });
});

describe('updateActionItem on different items of one province at once', () => {
  it('all get through (no deadlock on the metrics rollups), and the rollups stay exact', async () => {
    // Items whose opening, due and completion months interleave, so that their rollup rows
    // overlap in every order: the case where two transactions could lock them in opposite orders.
    const agencies = [police, ...(await Promise.all([1, 2].map((i) => buildAgency(t.sql, { name: `Dinas ${i}`, provinceCode: '52' })))).map((a) => a.id)];
    const items = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        buildActionItem(t.sql, { agencyId: agencies[i % 3], openedOn: day(-200 + (i % 4) * 30), dueOn: day(-100 + ((i * 7) % 5) * 35) }),
      ),
    );
    const versions = new Map(items.map((a) => [a.id, 1]));
    const rounds: ((i: number) => Record<string, unknown>)[] = [
      (i) => (i % 2 ? { status: 'IN_PROGRESS', note: 'mulai' } : { status: 'DONE', completedOn: day(-(i % 6) * 20), note: 'selesai' }),
      (i) => (i % 2 ? { status: 'BLOCKED' } : { status: 'OPEN' }),
      (i) => (i % 3 ? { status: 'DONE', completedOn: day(-(i % 5) * 15) } : { status: 'CANCELLED' }),
    ];
    for (const round of rounds) {
      const results = await Promise.all(
        items.map((a, i) => t.gql(UPDATE, { id: a.id, in: { version: versions.get(a.id), ...round(i) } }, u.coord.token)),
      );
      expect(results.map(codes), JSON.stringify(results.map((r) => r.errors).filter(Boolean))).toEqual(items.map(() => []));
      items.forEach((a, i) => versions.set(a.id, results[i].data!.updateActionItem.version));
    }
    const incremental = await actionRollups(t.sql, '52');
    expect(incremental.month.length).toBeGreaterThan(0);
    await t.sql.run('select metrics_rebuild()');
    expect(incremental).toEqual(await actionRollups(t.sql, '52'));
  });
});

describe('recordCase under concurrent requests', () => {
  it('hands out distinct case codes of the current form', async () => {
    const input = { provinceCode: '52', issueArea: 'DOMESTIC_VIOLENCE', victimAgeGroup: 'ADULT_25_59', victimSex: 'FEMALE', reportedOn: '2024-03-01', intakeAgencyId: police };
    const results = await Promise.all(
      Array.from({ length: RACERS }, () => t.gql(`mutation($in: RecordCaseInput!) { recordCase(input: $in) { code } }`, { in: input }, u.coord.token)),
    );
    expect(results.map(codes), JSON.stringify(results.map((r) => r.errors))).toEqual(Array.from({ length: RACERS }, () => []));
    const got = results.map((r) => r.data!.recordCase.code as string);
    expect(new Set(got).size).toBe(RACERS);
    for (const code of got) expect(code).toMatch(/^NB-2024-/);
    for (const code of got) expect(code).toMatch(CASE_CODE_PATTERN);
    const stored = await ok(t, `{ cases(filter: { reportedFrom: "2024-03-01", reportedTo: "2024-03-01" }) { totalCount } }`, {}, u.coord.token);
    expect(stored.cases.totalCount).toBe(RACERS);
  });
});

describe('createUser under concurrent requests', () => {
  it('creates one account for one email; the others are refused as a collision, never as a server error', async () => {
    const input = { email: 'race@example.org', displayName: 'Race', password: 'a-long-enough-password', role: 'OVERSIGHT' };
    const results = await Promise.all(
      Array.from({ length: 5 }, () => t.gql(`mutation($in: CreateUserInput!) { createUser(input: $in) { id } }`, { in: input }, u.admin.token)),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of results.filter((x) => x.errors)) {
      // Serialized (embedded database): the later ones see the taken email; racing (PostgreSQL): the unique index decides.
      expect(['BAD_USER_INPUT', 'CONFLICT']).toContain(codes(r)[0]);
    }
    expect((await t.sql.one<{ n: number }>(`select count(*)::int as n from hub_user where email = 'race@example.org'`)).n).toBe(1);
  });
});

