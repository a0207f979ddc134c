import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAgency, buildAgreement, buildCommitment, buildMeeting, buildNetwork } from './support/factories';
import { codes, startTestHub, type TestHub } from './support/harness';
import { day, expectRefused, idsOf, ok, rowOf, signInCast, today, type Cast } from './support/api-helpers';

let t: TestHub;
let u: Cast;
let uptd: number;
let police: number;
let kpai: number;
let kalbar: number;
let inactive: number;

beforeAll(async () => {
  t = await startTestHub();
  u = await signInCast(t);
  uptd = (await buildAgency(t.sql, { name: 'UPTD PPA NTB', sector: 'PROTECTION_SERVICE', provinceCode: '52' })).id;
  police = (await buildAgency(t.sql, { name: 'Polda NTB', sector: 'POLICE', provinceCode: '52' })).id;
  kpai = (await buildAgency(t.sql, { name: 'KPAI', sector: 'OVERSIGHT', provinceCode: null })).id;
  kalbar = (await buildAgency(t.sql, { name: 'UPTD PPA Kalbar', provinceCode: '61' })).id;
  inactive = (await buildAgency(t.sql, { name: 'Closed', provinceCode: '52', active: false })).id;
});
afterAll(() => t?.stop());

const FIELDS = 'id title reference kind issueAreas status signedOn expiresOn terminatedOn province { code } network { id } meeting { id } parties { id } commitments { id }';
const CREATE = `mutation($in: CreateAgreementInput!) { createAgreement(input: $in) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $in: UpdateAgreementInput!) { updateAgreement(id: $id, input: $in) { ${FIELDS} } }`;
const base = () => ({
  title: 'MoU perlindungan anak', kind: 'MOU', issueAreas: ['CHILD_MARRIAGE'], provinceCode: '52', partyIds: [uptd, police],
  signedOn: '2026-01-01', expiresOn: '2027-12-31',
});
const parties = (id: number | string) =>
  t.sql.all<{ agency_id: number }>('select agency_id from agreement_party where agreement_id = $1 order by agency_id', [Number(id)]);

describe('createAgreement', () => {
  it('creates an agreement whose parties include a national body and an agency of another province', async () => {
    const net = await buildNetwork(t.sql, { provinceCode: '52' });
    const meeting = await buildMeeting(t.sql, { provinceCode: '52', networkId: net.id });
    const data = await ok(t, CREATE, {
      in: { ...base(), title: '  Kesepakatan bersama ', reference: ' 12/MoU/2026 ', kind: 'JOINT_COMMITMENT', issueAreas: ['TRAFFICKING', 'TRAFFICKING', 'CHILD_MARRIAGE'],
        networkId: net.id, meetingId: meeting.id, partyIds: [uptd, kpai, kalbar, uptd], signedOn: today(), expiresOn: day(365) },
    }, u.coord.token);
    expect(data.createAgreement).toMatchObject({
      title: 'Kesepakatan bersama', reference: '12/MoU/2026', kind: 'JOINT_COMMITMENT', issueAreas: ['TRAFFICKING', 'CHILD_MARRIAGE'], status: 'ACTIVE',
      province: { code: '52' }, network: { id: String(net.id) }, meeting: { id: String(meeting.id) }, terminatedOn: null, commitments: [],
    });
    expect(idsOf(data.createAgreement.parties).sort()).toEqual([uptd, kpai, kalbar].map(String).sort());
    expect(await parties(data.createAgreement.id)).toHaveLength(3);
  });

  it('creates an unsigned draft, and a national agreement by an administrator', async () => {
    const draft = await ok(t, CREATE, { in: { ...base(), signedOn: null, expiresOn: null } }, u.coord.token);
    expect(draft.createAgreement).toMatchObject({ status: 'DRAFT', signedOn: null });
    const national = await ok(t, CREATE, { in: { ...base(), provinceCode: null, partyIds: [kpai, kalbar] } }, u.admin.token);
    expect(national.createAgreement).toMatchObject({ province: null, status: 'ACTIVE' });
  });

  it.each([
    ['a blank title', { title: ' ' }, ['title']],
    ['a reference over 100 characters', { reference: 'r'.repeat(101) }, ['reference']],
    ['an unknown province', { provinceCode: '99' }, ['provinceCode']],
    ['one party', { partyIds: ['UPTD'] }, ['partyIds']],
    ['the same party twice', { partyIds: ['UPTD', 'UPTD'] }, ['partyIds']],
    ['no party', { partyIds: [] }, ['partyIds']],
    ['a party that does not exist', { partyIds: ['UPTD', '999999'] }, ['partyIds']],
    ['a malformed party id', { partyIds: ['UPTD', 'abc'] }, ['partyIds']],
    ['an inactive party', { partyIds: ['UPTD', 'INACTIVE'] }, ['partyIds']],
    ['expiry before signing', { signedOn: '2026-06-01', expiresOn: '2026-05-31' }, ['expiresOn']],
    ['an unknown network', { networkId: '999999' }, ['networkId']],
    ['a network of another province', { networkId: 'NET61' }, ['networkId']],
    ['an unknown meeting', { meetingId: '999999' }, ['meetingId']],
    ['a meeting of another province', { meetingId: 'MEET61' }, ['meetingId']],
    ['several problems at once', { title: '', partyIds: ['UPTD'], signedOn: '2026-06-01', expiresOn: '2026-01-01' }, ['title', 'partyIds', 'expiresOn']],
  ])('refuses %s and creates nothing', async (_label, patch, fields) => {
    const input: Record<string, unknown> = { ...base(), ...patch };
    if (Array.isArray(input.partyIds)) input.partyIds = input.partyIds.map((p) => (p === 'UPTD' ? uptd : p === 'INACTIVE' ? inactive : p));
    if (input.networkId === 'NET61') input.networkId = (await buildNetwork(t.sql, { provinceCode: '61' })).id;
    if (input.meetingId === 'MEET61') input.meetingId = (await buildMeeting(t.sql, { provinceCode: '61' })).id;
    await expectRefused(t, () => t.gql(CREATE, { in: input }, u.admin.token), { code: 'BAD_USER_INPUT', fields });
  });

  it('refuses anonymous callers, members, oversight, other provinces and national agreements from coordinators', async () => {
    await expectRefused(t, () => t.gql(CREATE, { in: base() }, null), { code: 'UNAUTHENTICATED' });
    await expectRefused(t, () => t.gql(CREATE, { in: base() }, u.member.token), { code: 'FORBIDDEN' });
    await expectRefused(t, () => t.gql(CREATE, { in: base() }, u.oversight.token), { code: 'FORBIDDEN' });
    await expectRefused(t, () => t.gql(CREATE, { in: base() }, u.coordKB.token), { code: 'FORBIDDEN' });
    await expectRefused(t, () => t.gql(CREATE, { in: { ...base(), provinceCode: null } }, u.coord.token), { code: 'FORBIDDEN' });
  });
});

describe('updateAgreement', () => {
  it('changes title, dates and parties, keeping what it was not given', async () => {
    const ag = await buildAgreement(t.sql, { partyIds: [uptd, police], signedOn: '2026-01-01', expiresOn: '2027-01-01' });
    const data = await ok(t, UPDATE, { id: ag.id, in: { title: ' MoU baru ', partyIds: [police, kpai], expiresOn: '2028-01-01' } }, u.coord.token);
    expect(data.updateAgreement).toMatchObject({ title: 'MoU baru', signedOn: '2026-01-01', expiresOn: '2028-01-01', kind: 'MOU', issueAreas: ['CHILD_MARRIAGE'] });
    expect((await parties(ag.id)).map((p) => p.agency_id)).toEqual([police, kpai].sort((a, b) => a - b));
    const audit = await t.sql.one<{ changes: Record<string, unknown> }>(`select changes from audit_event where action = 'updateAgreement' and entity_id = $1`, [String(ag.id)]);
    expect(Object.keys(audit.changes).sort()).toEqual(['expiresOn', 'partyIds', 'title']);
  });

  it('terminates an agreement today, which makes it TERMINATED at once', async () => {
    const ag = await buildAgreement(t.sql, { signedOn: day(-30), expiresOn: day(300) });
    const data = await ok(t, UPDATE, { id: ag.id, in: { terminatedOn: today() } }, u.coord.token);
    expect(data.updateAgreement).toMatchObject({ status: 'TERMINATED', terminatedOn: today() });
  });

  it('keeps an inactive agency that already is a party', async () => {
    const ag = await buildAgreement(t.sql, { partyIds: [uptd, inactive] });
    const data = await ok(t, UPDATE, { id: ag.id, in: { partyIds: [uptd, inactive, police] } }, u.coord.token);
    expect(data.updateAgreement.parties).toHaveLength(3);
  });

  it.each([
    ['a blank title', { title: '' }, ['title']],
    ['termination before signing', { terminatedOn: '2025-12-31' }, ['terminatedOn']],
    ['expiry before signing', { expiresOn: '2025-12-31' }, ['expiresOn']],
    ['termination of an unsigned agreement', { signedOn: null, terminatedOn: '2026-02-01' }, ['terminatedOn']],
    ['a single party', { partyIds: ['UPTD'] }, ['partyIds']],
    ['a new inactive party', { partyIds: ['UPTD', 'POLICE', 'INACTIVE'] }, ['partyIds']],
    ['an unknown party', { partyIds: ['UPTD', '999999'] }, ['partyIds']],
    ['dropping a party that still has commitments', { partyIds: ['UPTD', 'KPAI'] }, ['partyIds']],
  ])('refuses %s and changes nothing', async (_label, patch, fields) => {
    const ag = await buildAgreement(t.sql, { partyIds: [uptd, police], signedOn: '2026-01-01', expiresOn: '2027-01-01' });
    await buildCommitment(t.sql, { agreementId: ag.id, agencyId: police });
    const map: Record<string, number> = { UPTD: uptd, POLICE: police, INACTIVE: inactive, KPAI: kpai };
    const input: Record<string, unknown> = { ...patch };
    if (Array.isArray(input.partyIds)) input.partyIds = input.partyIds.map((p) => map[p as string] ?? p);
    await expectRefused(t, () => t.gql(UPDATE, { id: ag.id, in: input }, u.coord.token), { code: 'BAD_USER_INPUT', fields }, async () => [
      await rowOf(t, 'agreement', ag.id),
      await parties(ag.id),
    ]);
  });

  it('answers NOT_FOUND for an unknown agreement', async () => {
    await expectRefused(t, () => t.gql(UPDATE, { id: '999999', in: { title: 'X' } }, u.admin.token), { code: 'NOT_FOUND' });
  });

  it('refuses anonymous callers, members, oversight and coordinators of another province', async () => {
    const ag = await buildAgreement(t.sql, { provinceCode: '52' });
    const watch = () => rowOf(t, 'agreement', ag.id);
    await expectRefused(t, () => t.gql(UPDATE, { id: ag.id, in: { title: 'X' } }, null), { code: 'UNAUTHENTICATED' }, watch);
    await expectRefused(t, () => t.gql(UPDATE, { id: ag.id, in: { title: 'X' } }, u.member.token), { code: 'FORBIDDEN' }, watch);
    await expectRefused(t, () => t.gql(UPDATE, { id: ag.id, in: { title: 'X' } }, u.oversight.token), { code: 'FORBIDDEN' }, watch);
    await expectRefused(t, () => t.gql(UPDATE, { id: ag.id, in: { title: 'X' } }, u.coordKB.token), { code: 'FORBIDDEN' }, watch);
  });
});

describe('agreement status, derived from the dates as of today', () => {
  const cases: [string, { signedOn: string | null; expiresOn: string | null; terminatedOn: string | null }, string][] = [
    ['never signed', { signedOn: null, expiresOn: null, terminatedOn: null }, 'DRAFT'],
    ['signed tomorrow', { signedOn: day(1), expiresOn: day(400), terminatedOn: null }, 'DRAFT'],
    ['signed today', { signedOn: day(0), expiresOn: day(400), terminatedOn: null }, 'ACTIVE'],
    ['signed, no expiry', { signedOn: day(-400), expiresOn: null, terminatedOn: null }, 'ACTIVE'],
    ['expires today', { signedOn: day(-400), expiresOn: day(0), terminatedOn: null }, 'ACTIVE'],
    ['expired yesterday', { signedOn: day(-400), expiresOn: day(-1), terminatedOn: null }, 'EXPIRED'],
    ['terminated today', { signedOn: day(-400), expiresOn: day(400), terminatedOn: day(0) }, 'TERMINATED'],
    ['terminated tomorrow', { signedOn: day(-400), expiresOn: day(400), terminatedOn: day(1) }, 'ACTIVE'],
    ['terminated after it expired', { signedOn: day(-400), expiresOn: day(-10), terminatedOn: day(-5) }, 'TERMINATED'],
  ];
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    await t.sql.run('truncate agreement restart identity cascade');
    for (const [label, dates] of cases) ids[label] = String((await buildAgreement(t.sql, { title: label, partyIds: [uptd, police], ...dates })).id);
  });

  it.each(cases)('%s: %s', async (label, _dates, status) => {
    const one = await ok(t, `query($id: ID!) { agreement(id: $id) { status } }`, { id: ids[label] }, u.coord.token);
    expect(one.agreement.status).toBe(status);
    // The list's status filter (SQL) agrees with the field (JavaScript).
    const list = await ok(t, `query($s: AgreementStatus) { agreements(filter: { status: $s }) { nodes { id status } } }`, { s: status }, u.coord.token);
    expect(idsOf(list.agreements.nodes)).toContain(ids[label]);
    expect(list.agreements.nodes.every((n: { status: string }) => n.status === status)).toBe(true);
  });
});

describe('agreements', () => {
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    await t.sql.run('truncate agreement restart identity cascade');
    const net = await buildNetwork(t.sql, { provinceCode: '52' });
    const mk = async (key: string, o: Parameters<typeof buildAgreement>[1]) => (ids[key] = String((await buildAgreement(t.sql, { title: key, ...o })).id));
    await mk('old', { partyIds: [uptd, police], signedOn: '2024-01-01', expiresOn: day(-1), issueAreas: ['TRAFFICKING'] });
    await mk('recent', { partyIds: [uptd, kpai], signedOn: day(-10), expiresOn: day(30), networkId: net.id });
    await mk('recent2', { partyIds: [uptd, kpai], signedOn: day(-10), expiresOn: day(200) });
    await mk('draft', { partyIds: [uptd, police], signedOn: null, expiresOn: null });
    await mk('kalbar', { provinceCode: '61', partyIds: [kalbar, uptd], signedOn: '2025-06-01', expiresOn: day(90) });
    await mk('national', { provinceCode: null, partyIds: [kpai, kalbar], signedOn: '2025-01-01', expiresOn: null });
  });
  const list = async (filter: Record<string, unknown> | null, token = u.admin.token) => {
    const data = await ok(t, `query($f: AgreementFilter) { agreements(filter: $f) { totalCount nodes { id } } }`, { f: filter }, token);
    expect(data.agreements.totalCount).toBe(data.agreements.nodes.length);
    return idsOf(data.agreements.nodes);
  };

  it('lists drafts first, then the most recently signed, within each role\'s scope', async () => {
    expect(await list(null)).toEqual([ids.draft, ids.recent2, ids.recent, ids.kalbar, ids.national, ids.old]);
    expect(await list(null, u.oversight.token)).toEqual([ids.draft, ids.recent2, ids.recent, ids.kalbar, ids.national, ids.old]);
    expect(await list(null, u.coord.token)).toEqual([ids.draft, ids.recent2, ids.recent, ids.old]);
    expect(await list(null, u.coordKB.token)).toEqual([ids.kalbar]);
  });

  it('filters by province, issue area, party, network and status', async () => {
    expect(await list({ provinceCode: '61' })).toEqual([ids.kalbar]);
    expect(await list({ issueArea: 'TRAFFICKING' })).toEqual([ids.old]);
    expect(await list({ agencyId: String(kpai) })).toEqual([ids.recent2, ids.recent, ids.national]);
    expect(await list({ networkId: 'x' })).toEqual([]);
    expect(await list({ status: 'EXPIRED' })).toEqual([ids.old]);
    expect(await list({ status: 'ACTIVE', provinceCode: '52' })).toEqual([ids.recent2, ids.recent]);
  });

  it('filters active agreements expiring within a number of days (today excluded, the last day included)', async () => {
    expect(await list({ expiringWithinDays: 30 })).toEqual([ids.recent]);
    expect(await list({ expiringWithinDays: 29 })).toEqual([]);
    expect(await list({ expiringWithinDays: 90 })).toEqual([ids.recent, ids.kalbar]);
    const bad = await t.gql(`{ agreements(filter: { expiringWithinDays: -1 }) { totalCount } }`, {}, u.admin.token);
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0].extensions.fields).toEqual(['expiringWithinDays']);
  });

  it('reads one agreement with its parties and commitments; NOT_FOUND, FORBIDDEN and UNAUTHENTICATED otherwise', async () => {
    const c = await buildCommitment(t.sql, { agreementId: Number(ids.recent), agencyId: uptd });
    const data = await ok(t, `query($id: ID!) { agreement(id: $id) { title parties { name } commitments { id agency { id } } network { id } } }`, { id: ids.recent }, u.member.token);
    expect(data.agreement).toMatchObject({ title: 'recent', parties: [{ name: 'KPAI' }, { name: 'UPTD PPA NTB' }], commitments: [{ id: String(c.id), agency: { id: String(uptd) } }] });
    expect(codes(await t.gql(`{ agreement(id: "999999") { id } }`, {}, u.admin.token))).toEqual(['NOT_FOUND']);
    expect(codes(await t.gql(`query($id: ID!) { agreement(id: $id) { id } }`, { id: ids.kalbar }, u.coord.token))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(`query($id: ID!) { agreement(id: $id) { id } }`, { id: ids.kalbar }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await t.gql(`{ agreements { totalCount } }`))).toEqual(['UNAUTHENTICATED']);
  });
});
