import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActionItem, buildAgency, buildRecommendation, buildUser, login, signIn, type SignedIn } from './support/factories';
import { codes, startTestHub, type TestHub } from './support/harness';
import { day, expectRefused, ok, rowOf, today } from './support/api-helpers';

/**
 * Recommendations of oversight bodies (recommendations.md): who issues, answers and reads,
 * valid input, the derived status at each edge (field and filter alike), linking action items,
 * and the nested references' scope.
 */
let t: TestHub;
let komnas: number;
let kpai: number;
let police52: number;
let agency61: number;
let national: number;
let u: {
  admin: SignedIn;
  komnas: SignedIn;
  kpai: SignedIn;
  bodiless: SignedIn;
  coord52: SignedIn;
  coord61: SignedIn;
  member52: SignedIn;
  member61: SignedIn;
  memberNational: SignedIn;
};

const ISSUE = `mutation($in: IssueRecommendationInput!) { issueRecommendation(input: $in) {
  id title text reference issuedOn responseDueOn issueAreas status response respondedOn
  issuer { id } province { code } addressees { id } actionItems { id } } }`;
const RESPOND = `mutation($id: ID!, $in: RespondToRecommendationInput!) { respondToRecommendation(id: $id, input: $in) {
  id response responseNote respondedOn status } }`;
const READ = 'query($id: ID!) { recommendation(id: $id) { id status viewerCanRespond actionItems { id status } } }';
const LIST = `query($f: RecommendationFilter, $first: Int, $after: String) { recommendations(filter: $f, first: $first, after: $after) {
  totalCount nodes { id status } pageInfo { hasNextPage endCursor } } }`;

const input = (o: Record<string, unknown> = {}) => ({
  title: '  Kebijakan koordinasi lintas sektor  ',
  text: 'Bangun kebijakan koordinasi antara sistem peradilan pidana dan pemulihan korban TPPO.',
  issuerId: String(komnas),
  issuedOn: day(-10),
  provinceCode: '52',
  issueAreas: ['TRAFFICKING'],
  ...o,
});

beforeAll(async () => {
  t = await startTestHub();
  komnas = (await buildAgency(t.sql, { name: 'Komnas Perempuan', sector: 'OVERSIGHT', provinceCode: null })).id;
  kpai = (await buildAgency(t.sql, { name: 'KPAI', sector: 'OVERSIGHT', provinceCode: null })).id;
  police52 = (await buildAgency(t.sql, { name: 'Unit PPA Polda NTB', sector: 'POLICE', provinceCode: '52' })).id;
  agency61 = (await buildAgency(t.sql, { name: 'UPTD PPA Kalbar', provinceCode: '61' })).id;
  national = (await buildAgency(t.sql, { name: 'KemenPPPA', sector: 'PROTECTION_SERVICE', provinceCode: null })).id;
  u = {
    admin: await signIn(t, 'ADMIN'),
    komnas: await signIn(t, 'OVERSIGHT', { agencyId: komnas }),
    kpai: await signIn(t, 'OVERSIGHT', { agencyId: kpai }),
    bodiless: await signIn(t, 'OVERSIGHT'),
    coord52: await signIn(t, 'COORDINATOR', { provinceCode: '52' }),
    coord61: await signIn(t, 'COORDINATOR', { provinceCode: '61' }),
    member52: await signIn(t, 'MEMBER', { agencyId: police52 }),
    member61: await signIn(t, 'MEMBER', { agencyId: agency61 }),
    memberNational: await signIn(t, 'MEMBER', { agencyId: national }),
  };
});
afterAll(() => t?.stop());

describe('OVERSIGHT accounts name their body', () => {
  const CREATE = 'mutation($in: CreateUserInput!) { createUser(input: $in) { id role agency { id name } } }';
  const UPDATE = 'mutation($id: ID!, $in: UpdateUserInput!) { updateUser(id: $id, input: $in) { id agency { id } } }';
  const account = (o: Record<string, unknown>) => ({ email: `o${Math.random().toString(36).slice(2)}@example.org`, displayName: 'Analis', password: 'a-long-enough-password', role: 'OVERSIGHT', ...o });

  it('createUser accepts an active agency of sector OVERSIGHT, and no body at all', async () => {
    const d = await ok(t, CREATE, { in: account({ agencyId: String(komnas) }) }, u.admin.token);
    expect(d.createUser.agency).toEqual({ id: String(komnas), name: 'Komnas Perempuan' });
    const none = await ok(t, CREATE, { in: account({}) }, u.admin.token);
    expect(none.createUser.agency).toBeNull();
  });

  it('createUser refuses an agency of another sector or an inactive oversight body (BAD_USER_INPUT on agencyId)', async () => {
    await expectRefused(t, () => t.gql(CREATE, { in: account({ agencyId: String(police52) }) }, u.admin.token), { code: 'BAD_USER_INPUT', fields: ['agencyId'] });
    const inactive = await buildAgency(t.sql, { sector: 'OVERSIGHT', provinceCode: null, active: false });
    await expectRefused(t, () => t.gql(CREATE, { in: account({ agencyId: String(inactive.id) }) }, u.admin.token), { code: 'BAD_USER_INPUT', fields: ['agencyId'] });
  });

  it('updateUser sets and checks the body of an OVERSIGHT account', async () => {
    const user = await buildUser(t.sql, { role: 'OVERSIGHT' });
    const d = await ok(t, UPDATE, { id: String(user.id), in: { agencyId: String(kpai) } }, u.admin.token);
    expect(d.updateUser.agency).toEqual({ id: String(kpai) });
    await expectRefused(
      t,
      () => t.gql(UPDATE, { id: String(user.id), in: { agencyId: String(police52) } }, u.admin.token),
      { code: 'BAD_USER_INPUT', fields: ['agencyId'] },
      () => rowOf(t, 'hub_user', user.id),
    );
  });

  it('a COORDINATOR still cannot name an agency', async () => {
    await expectRefused(t, () => t.gql(CREATE, { in: account({ role: 'COORDINATOR', provinceCode: '52', agencyId: String(komnas) }) }, u.admin.token), {
      code: 'BAD_USER_INPUT',
      fields: ['agencyId'],
    });
  });
});

describe('issueRecommendation', () => {
  it('an OVERSIGHT user issues for their own body: trimmed, with addressees, audited', async () => {
    const d = await ok(t, ISSUE, { in: input({ addresseeIds: [String(police52), String(national)], responseDueOn: day(20), reference: 'KP/2026/01' }) }, u.komnas.token);
    const r = d.issueRecommendation;
    expect(r).toMatchObject({
      title: 'Kebijakan koordinasi lintas sektor',
      reference: 'KP/2026/01',
      issuer: { id: String(komnas) },
      province: { code: '52' },
      status: 'AWAITING_RESPONSE',
      response: null,
      actionItems: [],
    });
    expect(r.addressees.map((a: { id: string }) => a.id).sort()).toEqual([String(police52), String(national)].sort());
    const audit = await t.sql.one<{ n: number }>(
      `select count(*)::int as n from audit_event where action = 'issueRecommendation' and entity_type = 'Recommendation' and entity_id = $1 and actor_id = $2 and province_code = '52'`,
      [r.id, u.komnas.user.id],
    );
    expect(audit.n).toBe(1);
  });

  it('ADMIN issues for any oversight body, national recommendations too', async () => {
    const d = await ok(t, ISSUE, { in: input({ issuerId: String(kpai), provinceCode: null, addresseeIds: [String(national)] }) }, u.admin.token);
    expect(d.issueRecommendation).toMatchObject({ issuer: { id: String(kpai) }, province: null });
  });

  it('an OVERSIGHT user for another body, or without a body, is FORBIDDEN; nothing changes', async () => {
    await expectRefused(t, () => t.gql(ISSUE, { in: input({ issuerId: String(kpai) }) }, u.komnas.token), { code: 'FORBIDDEN' });
    await expectRefused(t, () => t.gql(ISSUE, { in: input() }, u.bodiless.token), { code: 'FORBIDDEN' });
  });

  it('COORDINATOR and MEMBER are FORBIDDEN, anonymous UNAUTHENTICATED', async () => {
    for (const caller of [u.coord52, u.member52]) await expectRefused(t, () => t.gql(ISSUE, { in: input() }, caller.token), { code: 'FORBIDDEN' });
    await expectRefused(t, () => t.gql(ISSUE, { in: input() }, null), { code: 'UNAUTHENTICATED' });
  });

  it('refuses bad input with the offending fields and changes nothing', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ title: '   ' }, ['title']],
      [{ text: ' ' }, ['text']],
      [{ text: 'x'.repeat(10_001) }, ['text']],
      [{ issuedOn: day(1) }, ['issuedOn']],
      [{ responseDueOn: day(-11) }, ['responseDueOn']],
      [{ issueAreas: [] }, ['issueAreas']],
      [{ provinceCode: '99' }, ['provinceCode']],
      [{ addresseeIds: [String(agency61)] }, ['addresseeIds']],
      [{ addresseeIds: [String(police52), String(police52)] }, ['addresseeIds']],
      [{ addresseeIds: ['999999'] }, ['addresseeIds']],
      [{ provinceCode: null, addresseeIds: [String(police52)] }, ['addresseeIds']],
    ];
    for (const [patch, fields] of cases) {
      await expectRefused(t, () => t.gql(ISSUE, { in: input(patch) }, u.komnas.token), { code: 'BAD_USER_INPUT', fields });
    }
    // The text limit is inclusive.
    await ok(t, ISSUE, { in: input({ text: 'x'.repeat(10_000) }) }, u.komnas.token);
    // ADMIN naming an agency that is not an oversight body.
    await expectRefused(t, () => t.gql(ISSUE, { in: input({ issuerId: String(police52) }) }, u.admin.token), { code: 'BAD_USER_INPUT', fields: ['issuerId'] });
  });

  it('an inactive oversight body cannot issue', async () => {
    const body = await buildAgency(t.sql, { sector: 'OVERSIGHT', provinceCode: null });
    const user = await signIn(t, 'OVERSIGHT', { agencyId: body.id });
    await t.sql.run('update agency set active = false where id = $1', [body.id]);
    await expectRefused(t, () => t.gql(ISSUE, { in: input({ issuerId: String(body.id) }) }, user.token), { code: 'BAD_USER_INPUT', fields: ['issuerId'] });
  });
});

describe('respondToRecommendation', () => {
  it("the province's COORDINATOR answers once; a second answer is CONFLICT and changes nothing", async () => {
    const r = await buildRecommendation(t.sql, { issuerId: komnas, issuedOn: day(-30) });
    const d = await ok(t, RESPOND, { id: String(r.id), in: { response: 'ACCEPTED' } }, u.coord52.token);
    expect(d.respondToRecommendation).toEqual({ id: String(r.id), response: 'ACCEPTED', responseNote: null, respondedOn: today(), status: 'ACCEPTED' });
    const audit = await t.sql.one<{ n: number }>(
      `select count(*)::int as n from audit_event where action = 'respondToRecommendation' and entity_id = $1 and actor_id = $2`,
      [String(r.id), u.coord52.user.id],
    );
    expect(audit.n).toBe(1);
    for (const caller of [u.coord52, u.admin]) {
      await expectRefused(
        t,
        () => t.gql(RESPOND, { id: String(r.id), in: { response: 'NOTED', note: 'Berubah pikiran' } }, caller.token),
        { code: 'CONFLICT' },
        () => rowOf(t, 'recommendation', r.id),
      );
    }
  });

  it('ADMIN answers any, national ones included; a COORDINATOR cannot answer a national one it may read', async () => {
    const nat = await buildRecommendation(t.sql, { issuerId: kpai, provinceCode: null, issuedOn: day(-5) });
    expect((await ok(t, READ, { id: String(nat.id) }, u.coord52.token)).recommendation.viewerCanRespond).toBe(false);
    await expectRefused(t, () => t.gql(RESPOND, { id: String(nat.id), in: { response: 'ACCEPTED' } }, u.coord52.token), { code: 'FORBIDDEN' }, () =>
      rowOf(t, 'recommendation', nat.id),
    );
    const d = await ok(t, RESPOND, { id: String(nat.id), in: { response: 'PARTIALLY_ACCEPTED', note: 'Sebagian', respondedOn: day(-1) } }, u.admin.token);
    expect(d.respondToRecommendation).toMatchObject({ response: 'PARTIALLY_ACCEPTED', responseNote: 'Sebagian', respondedOn: day(-1) });
  });

  it('everyone else is refused with its code and nothing changes', async () => {
    const r = await buildRecommendation(t.sql, { issuerId: komnas, issuedOn: day(-30) });
    const watch = () => rowOf(t, 'recommendation', r.id);
    const run = (token: string | null) => () => t.gql(RESPOND, { id: String(r.id), in: { response: 'ACCEPTED' } }, token);
    for (const caller of [u.coord61, u.komnas, u.member52]) await expectRefused(t, run(caller.token), { code: 'FORBIDDEN' }, watch);
    await expectRefused(t, run(null), { code: 'UNAUTHENTICATED' }, watch);
    await expectRefused(t, () => t.gql(RESPOND, { id: '999999', in: { response: 'ACCEPTED' } }, u.coord52.token), { code: 'NOT_FOUND' });
  });

  it('a note is required for NOTED and PARTIALLY_ACCEPTED; respondedOn neither in the future nor before issuedOn', async () => {
    const r = await buildRecommendation(t.sql, { issuerId: komnas, issuedOn: day(-30) });
    const watch = () => rowOf(t, 'recommendation', r.id);
    const refuse = (inp: Record<string, unknown>, fields: string[]) =>
      expectRefused(t, () => t.gql(RESPOND, { id: String(r.id), in: inp }, u.coord52.token), { code: 'BAD_USER_INPUT', fields }, watch);
    await refuse({ response: 'NOTED' }, ['note']);
    await refuse({ response: 'NOTED', note: '   ' }, ['note']);
    await refuse({ response: 'PARTIALLY_ACCEPTED' }, ['note']);
    await refuse({ response: 'ACCEPTED', respondedOn: day(1) }, ['respondedOn']);
    await refuse({ response: 'ACCEPTED', respondedOn: day(-31) }, ['respondedOn']);
    const d = await ok(t, RESPOND, { id: String(r.id), in: { response: 'NOTED', note: 'Kewenangan pusat', respondedOn: day(-30) } }, u.coord52.token);
    expect(d.respondToRecommendation).toMatchObject({ response: 'NOTED', status: 'NOT_ACCEPTED', respondedOn: day(-30) });
  });
});

describe('reading: scope in the list, the record and the nested fields', () => {
  let ids: Record<string, number>;
  beforeAll(async () => {
    await t.sql.run('delete from action_item where recommendation_id is not null');
    await t.sql.run('delete from recommendation');
    ids = {
      r52: (await buildRecommendation(t.sql, { issuerId: komnas, provinceCode: '52', issuedOn: day(-3) })).id,
      r61: (await buildRecommendation(t.sql, { issuerId: kpai, provinceCode: '61', issuedOn: day(-2) })).id,
      r61ToNational: (await buildRecommendation(t.sql, { issuerId: kpai, provinceCode: '61', issuedOn: day(-4), addresseeIds: [police52] })).id,
      nat: (await buildRecommendation(t.sql, { issuerId: kpai, provinceCode: null, issuedOn: day(-1), addresseeIds: [national] })).id,
    };
  });
  const listed = async (token: string) => {
    const d = await ok(t, LIST, {}, token);
    return { ids: d.recommendations.nodes.map((n: { id: string }) => Number(n.id)).sort((a: number, b: number) => a - b), total: d.recommendations.totalCount };
  };
  const sorted = (...xs: number[]) => xs.sort((a, b) => a - b);

  it('ADMIN and OVERSIGHT (with or without a body) read all', async () => {
    for (const caller of [u.admin, u.komnas, u.bodiless]) expect((await listed(caller.token)).ids).toEqual(sorted(...Object.values(ids)));
  });

  it('a COORDINATOR reads their province and the national ones', async () => {
    expect(await listed(u.coord52.token)).toEqual({ ids: sorted(ids.r52, ids.nat), total: 2 });
    expect(await listed(u.coord61.token)).toEqual({ ids: sorted(ids.r61, ids.r61ToNational, ids.nat), total: 3 });
    expect(codes(await t.gql(READ, { id: String(ids.r61) }, u.coord52.token))).toEqual(['FORBIDDEN']);
  });

  it("a MEMBER reads their agency's province and those naming their agency", async () => {
    expect(await listed(u.member52.token)).toEqual({ ids: sorted(ids.r52, ids.r61ToNational), total: 2 });
    expect(await listed(u.memberNational.token)).toEqual({ ids: [ids.nat], total: 1 });
    expect(codes(await t.gql(READ, { id: String(ids.r61) }, u.member52.token))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(READ, { id: String(ids.nat) }, u.member61.token))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(READ, { id: '999999' }, u.member61.token))).toEqual(['NOT_FOUND']);
    expect(codes(await t.gql(LIST, {}, null))).toEqual(['UNAUTHENTICATED']);
  });

  it('filters by province, issuer and issue area, within the scope', async () => {
    const f = async (filter: Record<string, unknown>, token = u.admin.token) =>
      (await ok(t, LIST, { f: filter }, token)).recommendations.nodes.map((n: { id: string }) => Number(n.id)).sort((a: number, b: number) => a - b);
    expect(await f({ provinceCode: '61' })).toEqual(sorted(ids.r61, ids.r61ToNational));
    expect(await f({ provinceCode: '61' }, u.coord52.token)).toEqual([]);
    expect(await f({ issuerId: String(komnas) })).toEqual([ids.r52]);
    expect(await f({ issueArea: 'TRAFFICKING' })).toHaveLength(4);
    expect(await f({ issueArea: 'CHILD_MARRIAGE' })).toEqual([]);
  });

  it('pages with a cursor, newest first', async () => {
    const first = await ok(t, LIST, { first: 2 }, u.admin.token);
    expect(first.recommendations.nodes.map((n: { id: string }) => Number(n.id))).toEqual([ids.nat, ids.r61]);
    expect(first.recommendations.totalCount).toBe(4);
    const second = await ok(t, LIST, { first: 2, after: first.recommendations.pageInfo.endCursor }, u.admin.token);
    expect(second.recommendations.nodes.map((n: { id: string }) => Number(n.id))).toEqual([ids.r52, ids.r61ToNational]);
    expect(second.recommendations.pageInfo.hasNextPage).toBe(false);
  });

  it('ActionItem.recommendation is null for a reader of the item who may not read the recommendation', async () => {
    await t.sql.run(`update recommendation set response = 'ACCEPTED', responded_on = issued_on where id = $1`, [ids.r52]);
    // An item in 52 assigned to an agency of 61: its member reads the item, not 52's recommendation.
    const item = await buildActionItem(t.sql, { provinceCode: '52', agencyId: agency61, recommendationId: ids.r52 });
    const q = 'query($id: ID!) { actionItem(id: $id) { id recommendation { id title } } }';
    expect((await ok(t, q, { id: String(item.id) }, u.member61.token)).actionItem).toEqual({ id: String(item.id), recommendation: null });
    expect((await ok(t, q, { id: String(item.id) }, u.coord52.token)).actionItem.recommendation.id).toBe(String(ids.r52));
    // Through the list too.
    const list = await ok(t, '{ actionItems { nodes { id recommendation { id } } } }', {}, u.member61.token);
    expect(list.actionItems.nodes).toContainEqual({ id: String(item.id), recommendation: null });
    // And Recommendation.actionItems lists only the items the viewer may read.
    const coord61Sees = await ok(t, READ, { id: String(ids.r61ToNational) }, u.member52.token);
    expect(coord61Sees.recommendation.actionItems).toEqual([]);
  });
});

describe('status at each edge (the field and the SQL filter agree)', () => {
  const statusOf = async (id: number) => (await ok(t, READ, { id: String(id) }, u.admin.token)).recommendation.status;
  const filteredBy = async (status: string) =>
    (await ok(t, LIST, { f: { status: [status] }, first: 100 }, u.admin.token)).recommendations.nodes.map((n: { id: string }) => Number(n.id));
  const check = async (id: number, expected: string) => {
    expect(await statusOf(id)).toBe(expected);
    expect(await filteredBy(expected)).toContain(id);
    for (const other of ['AWAITING_RESPONSE', 'RESPONSE_OVERDUE', 'NOT_ACCEPTED', 'ACCEPTED', 'IN_PROGRESS', 'IMPLEMENTED'].filter((s) => s !== expected)) {
      expect(await filteredBy(other), `${id} filtered as ${other}`).not.toContain(id);
    }
  };
  const accepted = () => buildRecommendation(t.sql, { issuerId: komnas, issuedOn: day(-20), response: 'ACCEPTED', respondedOn: day(-10) });
  const link = (recommendationId: number, status: string) =>
    buildActionItem(t.sql, { recommendationId, status, openedOn: day(-9), dueOn: day(30), completedOn: status === 'DONE' ? day(-1) : null });

  it('not answered: due today is AWAITING_RESPONSE, due yesterday RESPONSE_OVERDUE, no due date AWAITING_RESPONSE', async () => {
    await check((await buildRecommendation(t.sql, { issuerId: komnas, issuedOn: day(-20), responseDueOn: today() })).id, 'AWAITING_RESPONSE');
    await check((await buildRecommendation(t.sql, { issuerId: komnas, issuedOn: day(-20), responseDueOn: day(-1) })).id, 'RESPONSE_OVERDUE');
    await check((await buildRecommendation(t.sql, { issuerId: komnas, issuedOn: day(-20) })).id, 'AWAITING_RESPONSE');
  });

  it('answered NOTED is NOT_ACCEPTED, whatever items link to it', async () => {
    const r = await buildRecommendation(t.sql, { issuerId: komnas, issuedOn: day(-20), response: 'NOTED' });
    await link(r.id, 'DONE');
    await check(r.id, 'NOT_ACCEPTED');
  });

  it('accepted with no linked items: ACCEPTED', async () => {
    await check((await accepted()).id, 'ACCEPTED');
  });

  it('accepted with every linked item CANCELLED: ACCEPTED', async () => {
    const r = await accepted();
    await link(r.id, 'CANCELLED');
    await link(r.id, 'CANCELLED');
    await check(r.id, 'ACCEPTED');
  });

  it('accepted with only OPEN or BLOCKED items: ACCEPTED; one IN_PROGRESS: IN_PROGRESS', async () => {
    const r = await accepted();
    await link(r.id, 'OPEN');
    await link(r.id, 'BLOCKED');
    await check(r.id, 'ACCEPTED');
    await link(r.id, 'IN_PROGRESS');
    await check(r.id, 'IN_PROGRESS');
  });

  it('one DONE of two: IN_PROGRESS; both DONE: IMPLEMENTED; a CANCELLED one besides does not count', async () => {
    const r = await buildRecommendation(t.sql, { issuerId: komnas, issuedOn: day(-20), response: 'PARTIALLY_ACCEPTED', respondedOn: day(-10) });
    await link(r.id, 'DONE');
    const open = await link(r.id, 'OPEN');
    await link(r.id, 'CANCELLED');
    await check(r.id, 'IN_PROGRESS');
    await t.sql.run(`update action_item set status = 'DONE', completed_on = $2 where id = $1`, [open.id, day(-1)]);
    await check(r.id, 'IMPLEMENTED');
  });
});

describe('createActionItem with recommendationId', () => {
  const CREATE = 'mutation($in: CreateActionItemInput!) { createActionItem(input: $in) { id recommendation { id status } } }';
  const item = (recommendationId: number | string, o: Record<string, unknown> = {}) => ({
    title: 'Susun rancangan Pergub koordinasi lintas sektor',
    agencyId: String(police52),
    dueOn: day(60),
    recommendationId: String(recommendationId),
    ...o,
  });

  it('links an item to an accepted (or partly accepted) recommendation of its province; the link is audited', async () => {
    for (const response of ['ACCEPTED', 'PARTIALLY_ACCEPTED']) {
      const r = await buildRecommendation(t.sql, { issuerId: komnas, issuedOn: day(-20), response });
      const d = await ok(t, CREATE, { in: item(r.id) }, u.coord52.token);
      expect(d.createActionItem.recommendation).toEqual({ id: String(r.id), status: 'ACCEPTED' });
      const audit = await t.sql.one<{ changes: Record<string, { after: unknown }> }>(
        `select changes from audit_event where action = 'createActionItem' and entity_id = $1`,
        [d.createActionItem.id],
      );
      expect(audit.changes.recommendationId.after).toBe(r.id);
    }
    // A member creating an item for their own agency may link it too.
    const r = await buildRecommendation(t.sql, { issuerId: komnas, issuedOn: day(-20), response: 'ACCEPTED' });
    const d = await ok(t, CREATE, { in: item(r.id) }, u.member52.token);
    expect(d.createActionItem.recommendation.id).toBe(String(r.id));
    expect((await ok(t, READ, { id: String(r.id) }, u.admin.token)).recommendation.actionItems).toEqual([{ id: d.createActionItem.id, status: 'OPEN' }]);
  });

  it('refuses, on recommendationId, one not answered, NOTED, of another province, national, or unknown', async () => {
    const refuse = (id: number | string) =>
      expectRefused(t, () => t.gql(CREATE, { in: item(id) }, u.coord52.token), { code: 'BAD_USER_INPUT', fields: ['recommendationId'] });
    await refuse((await buildRecommendation(t.sql, { issuerId: komnas, issuedOn: day(-20) })).id);
    await refuse((await buildRecommendation(t.sql, { issuerId: komnas, issuedOn: day(-20), response: 'NOTED' })).id);
    await refuse((await buildRecommendation(t.sql, { issuerId: komnas, issuedOn: day(-20), provinceCode: '61', response: 'ACCEPTED' })).id);
    await refuse((await buildRecommendation(t.sql, { issuerId: komnas, issuedOn: day(-20), provinceCode: null, response: 'ACCEPTED' })).id);
    await refuse('999999');
    await refuse('not-an-id');
  });
});

describe('no N+1', () => {
  it('the list with issuer, addressees, status and action items runs the same number of statements at any page size', async () => {
    for (let i = 0; i < 6; i++) {
      const r = await buildRecommendation(t.sql, { issuerId: i % 2 ? komnas : kpai, issuedOn: day(-40 - i), response: 'ACCEPTED', addresseeIds: [police52], issueAreas: ['CHILD_MARRIAGE'] });
      await buildActionItem(t.sql, { recommendationId: r.id, status: 'DONE', completedOn: day(-1) });
    }
    const q = `query($first: Int) { recommendations(first: $first, filter: { issueArea: CHILD_MARRIAGE }) { nodes { id status issuer { name } addressees { name }
      province { name } actionItems { id agency { name } recommendation { id } } } } }`;
    const count = async (first: number) => {
      const res = await t.gql(q, { first }, u.admin.token);
      expect(res.errors).toBeUndefined();
      expect(res.data!.recommendations.nodes).toHaveLength(first);
      return res.extensions!.sqlStatements;
    };
    await count(1); // the first request of a session also reads the viewer
    expect(await count(6)).toBe(await count(2));
  });
});

describe('login of a demo-like OVERSIGHT account', () => {
  it('an OVERSIGHT account with a body reads its body through me.agency', async () => {
    const token = await login(t, u.komnas.user.email);
    expect((await ok(t, '{ me { role agency { id } } }', {}, token)).me).toEqual({ role: 'OVERSIGHT', agency: { id: String(komnas) } });
  });
});
