import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../src/common/dates';
import { buildAgency, buildRecommendation, buildUser, signIn, type SignedIn } from './support/factories';
import { startTestHub, type TestHub } from './support/harness';
import { day, expectRefused, ok } from './support/api-helpers';
import { sweep, triples } from './support/followup';

/**
 * The recommendation kinds of followup.md: RECOMMENDATION_RECEIVED (issueRecommendation: the
 * province coordinators, and the agency users of every addressee), RECOMMENDATION_RESPONDED
 * (respondToRecommendation: the issuer users of its issuer) and RECOMMENDATION_RESPONSE_DUE
 * (the sweep: not answered, responseDueOn <= A + 14; the province coordinators). Never the
 * actor, once, only to who may read the recommendation, nobody for a refused change.
 */
let t: TestHub;
let komnas: number;
let kpai: number;
let addressee52: number;
let addressee61: number;
let national: number;
let u: Record<'admin' | 'komnas' | 'komnas2' | 'kpai' | 'bodiless' | 'coord52' | 'coord61' | 'member52' | 'memberAddressee' | 'memberNational', SignedIn>;
let secondAdmin: number;
let inactiveCoord52: number;

const ISSUE = 'mutation($in: IssueRecommendationInput!) { issueRecommendation(input: $in) { id } }';
const RESPOND = 'mutation($id: ID!, $in: RespondToRecommendationInput!) { respondToRecommendation(id: $id, input: $in) { id } }';
const INBOX = '{ notifications { nodes { kind recommendation { id title } actionItem { id } } } }';

beforeAll(async () => {
  t = await startTestHub();
  komnas = (await buildAgency(t.sql, { name: 'Komnas Perempuan', sector: 'OVERSIGHT', provinceCode: null })).id;
  kpai = (await buildAgency(t.sql, { name: 'KPAI', sector: 'OVERSIGHT', provinceCode: null })).id;
  addressee52 = (await buildAgency(t.sql, { name: 'DP3A NTB', provinceCode: '52' })).id;
  addressee61 = (await buildAgency(t.sql, { name: 'DP3A Kalbar', provinceCode: '61' })).id;
  national = (await buildAgency(t.sql, { name: 'KemenPPPA', provinceCode: null })).id;
  u = {
    admin: await signIn(t, 'ADMIN'),
    komnas: await signIn(t, 'OVERSIGHT', { agencyId: komnas }),
    komnas2: await signIn(t, 'OVERSIGHT', { agencyId: komnas }),
    kpai: await signIn(t, 'OVERSIGHT', { agencyId: kpai }),
    bodiless: await signIn(t, 'OVERSIGHT'),
    coord52: await signIn(t, 'COORDINATOR', { provinceCode: '52' }),
    coord61: await signIn(t, 'COORDINATOR', { provinceCode: '61' }),
    member52: await signIn(t, 'MEMBER', { agencyId: (await buildAgency(t.sql, { provinceCode: '52' })).id }),
    memberAddressee: await signIn(t, 'MEMBER', { agencyId: addressee52 }),
    memberNational: await signIn(t, 'MEMBER', { agencyId: national }),
  };
  secondAdmin = (await buildUser(t.sql, { role: 'ADMIN' })).id;
  inactiveCoord52 = (await buildUser(t.sql, { role: 'COORDINATOR', provinceCode: '52', active: false })).id;
});
afterAll(() => t?.stop());
beforeEach(async () => {
  await t.sql.run('delete from notification');
});

const sorted = (...ids: number[]) => [...ids].sort((a, b) => a - b);
const recipients = async (kind: string, recordId: number) => (await triples(t, kind)).filter(([r]) => r === recordId).map(([, who]) => who);

describe('RECOMMENDATION_RECEIVED', () => {
  it("goes to the province's coordinators and the addressees' users, in the issue's transaction, never to the issuer", async () => {
    const d = await ok(
      t,
      ISSUE,
      {
        in: {
          title: 'Kebijakan koordinasi lintas sektor',
          text: 'Teks',
          issuerId: String(komnas),
          issuedOn: day(-1),
          provinceCode: '52',
          issueAreas: ['TRAFFICKING'],
          addresseeIds: [String(addressee52), String(national)],
        },
      },
      u.komnas.token,
    );
    const id = Number(d.issueRecommendation.id);
    expect(await recipients('RECOMMENDATION_RECEIVED', id)).toEqual(
      sorted(u.coord52.user.id, u.memberAddressee.user.id, u.memberNational.user.id),
    );
    expect((await triples(t, 'RECOMMENDATION_RECEIVED')).every(([, , key]) => key === String(id))).toBe(true);
    // Not the inactive coordinator, not the other province's, not a member of 52 that is no addressee
    // (the member reads it, but the rule names the addressees), not the issuer.
    const inbox = await ok(t, INBOX, {}, u.coord52.token);
    expect(inbox.notifications.nodes).toEqual([
      { kind: 'RECOMMENDATION_RECEIVED', recommendation: { id: String(id), title: 'Kebijakan koordinasi lintas sektor' }, actionItem: null },
    ]);
  });

  it('a national recommendation goes to the active ADMINs (but the acting one) and the national addressees', async () => {
    const d = await ok(
      t,
      ISSUE,
      { in: { title: 'Nasional', text: 'Teks', issuerId: String(kpai), issuedOn: day(-1), issueAreas: ['OTHER'], addresseeIds: [String(national)] } },
      u.admin.token,
    );
    expect(await recipients('RECOMMENDATION_RECEIVED', Number(d.issueRecommendation.id))).toEqual(sorted(secondAdmin, u.memberNational.user.id));
  });

  it('a refused issue notifies nobody', async () => {
    await expectRefused(
      t,
      () => t.gql(ISSUE, { in: { title: ' ', text: 'Teks', issuerId: String(komnas), issuedOn: day(-1), provinceCode: '52', issueAreas: ['TRAFFICKING'] } }, u.komnas.token),
      { code: 'BAD_USER_INPUT', fields: ['title'] },
    );
    expect(await t.sql.one<{ n: number }>('select count(*)::int as n from notification')).toEqual({ n: 0 });
  });
});

describe('RECOMMENDATION_RESPONDED', () => {
  it("goes to the issuer body's OVERSIGHT users, not to other bodies' nor to the responder", async () => {
    const r = await buildRecommendation(t.sql, { issuerId: komnas, issuedOn: day(-20), addresseeIds: [addressee52] });
    await ok(t, RESPOND, { id: String(r.id), in: { response: 'NOTED', note: 'Kewenangan pusat' } }, u.coord52.token);
    expect(await recipients('RECOMMENDATION_RESPONDED', r.id)).toEqual(sorted(u.komnas.user.id, u.komnas2.user.id));
    const inbox = await ok(t, INBOX, {}, u.komnas.token);
    expect(inbox.notifications.nodes.map((n: { kind: string }) => n.kind)).toEqual(['RECOMMENDATION_RESPONDED']);
    expect((await ok(t, INBOX, {}, u.kpai.token)).notifications.nodes).toEqual([]);
    expect((await ok(t, INBOX, {}, u.bodiless.token)).notifications.nodes).toEqual([]);
  });

  it('a refused (second) answer notifies nobody', async () => {
    const r = await buildRecommendation(t.sql, { issuerId: komnas, issuedOn: day(-20), response: 'ACCEPTED' });
    await expectRefused(t, () => t.gql(RESPOND, { id: String(r.id), in: { response: 'ACCEPTED' } }, u.coord52.token), { code: 'CONFLICT' });
    expect(await t.sql.one<{ n: number }>('select count(*)::int as n from notification')).toEqual({ n: 0 });
  });
});

describe('RECOMMENDATION_RESPONSE_DUE (the sweep)', () => {
  it('not answered and due within 14 days or past due: the province coordinators, keyed by the due date, once', async () => {
    const A = day(0);
    await t.sql.run('delete from recommendation');
    const due14 = await buildRecommendation(t.sql, { issuerId: komnas, issuedOn: day(-30), responseDueOn: addDays(A, 14) });
    const due15 = await buildRecommendation(t.sql, { issuerId: komnas, issuedOn: day(-30), responseDueOn: addDays(A, 15) });
    const overdue = await buildRecommendation(t.sql, { issuerId: kpai, issuedOn: day(-30), responseDueOn: addDays(A, -3), provinceCode: '61' });
    const answered = await buildRecommendation(t.sql, { issuerId: komnas, issuedOn: day(-30), responseDueOn: addDays(A, 2), response: 'ACCEPTED' });
    const noDate = await buildRecommendation(t.sql, { issuerId: komnas, issuedOn: day(-30) });
    const nat = await buildRecommendation(t.sql, { issuerId: kpai, issuedOn: day(-30), responseDueOn: A, provinceCode: null });
    await sweep(t, A);
    expect(await triples(t, 'RECOMMENDATION_RESPONSE_DUE')).toEqual([
      [due14.id, u.coord52.user.id, addDays(A, 14)],
      [overdue.id, u.coord61.user.id, addDays(A, -3)],
      ...sorted(u.admin.user.id, secondAdmin).map((id) => [nat.id, id, A] as [number, number, string]),
    ]);
    for (const r of [due15, answered, noDate]) expect(await recipients('RECOMMENDATION_RESPONSE_DUE', r.id)).toEqual([]);
    expect(await recipients('RECOMMENDATION_RESPONSE_DUE', due14.id)).not.toContain(inactiveCoord52);

    // Once, however many sweeps; again when the due date moves.
    await sweep(t, A);
    await sweep(t, addDays(A, 1));
    expect(await recipients('RECOMMENDATION_RESPONSE_DUE', due14.id)).toEqual([u.coord52.user.id]);
    await t.sql.run('update recommendation set response_due_on = $2 where id = $1', [due14.id, addDays(A, 10)]);
    await sweep(t, A);
    expect((await triples(t, 'RECOMMENDATION_RESPONSE_DUE')).filter(([r]) => r === due14.id).map(([, , k]) => k)).toEqual([addDays(A, 10), addDays(A, 14)]);
    // The day after 15 days before its date, the other one joins.
    await sweep(t, addDays(A, 1));
    expect(await recipients('RECOMMENDATION_RESPONSE_DUE', due15.id)).toEqual([u.coord52.user.id]);
  });

  it('the inbox shows the recommendation to its coordinator', async () => {
    await t.sql.run('delete from recommendation');
    const r = await buildRecommendation(t.sql, { issuerId: komnas, issuedOn: day(-30), responseDueOn: day(-1) });
    await sweep(t, day(0));
    const inbox = await ok(t, INBOX, {}, u.coord52.token);
    expect(inbox.notifications.nodes).toContainEqual({ kind: 'RECOMMENDATION_RESPONSE_DUE', recommendation: { id: String(r.id), title: expect.any(String) }, actionItem: null });
  });
});
