import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAgency, buildCase, buildReferral, buildService, signIn, type SignedIn } from './support/factories';
import { codes, startTestHub, type TestHub } from './support/harness';
import { day, expectRefused, idsOf, ok, rowOf, signInCast, today, type Cast } from './support/api-helpers';
import { CASE_CODE_ALPHABET, CASE_CODE_PATTERN, caseCodeRandom } from '../src/modules/case/case.code';

let t: TestHub;
let u: Cast;
let police: number;
let uptd: number;
let hospital: number;
let inactive: number;
let policeMember: SignedIn;
let uptdMember: SignedIn;

beforeAll(async () => {
  t = await startTestHub();
  u = await signInCast(t);
  police = (await buildAgency(t.sql, { name: 'Unit PPA Polda NTB', sector: 'POLICE', provinceCode: '52' })).id;
  uptd = (await buildAgency(t.sql, { name: 'UPTD PPA NTB', sector: 'PROTECTION_SERVICE', provinceCode: '52' })).id;
  hospital = (await buildAgency(t.sql, { name: 'RSUD Mataram', sector: 'HEALTH', provinceCode: '52' })).id;
  inactive = (await buildAgency(t.sql, { name: 'Closed', provinceCode: '52', active: false })).id;
  policeMember = await signIn(t, 'MEMBER', { agencyId: police });
  uptdMember = await signIn(t, 'MEMBER', { agencyId: uptd });
});
afterAll(() => t?.stop());

const CASE_FIELDS = `id code outcome closedOn reportedOn issueArea victimAgeGroup victimSex firstServiceOn province { code } regency { code } intakeAgency { id }
  referrals { id status fromAgency { id } toAgency { id } } services { type providedOn agency { id } }`;
const RECORD = `mutation($in: RecordCaseInput!) { recordCase(input: $in) { ${CASE_FIELDS} } }`;
const REFER = `mutation($in: ReferCaseInput!) { referCase(input: $in) { id status referredOn respondedOn fromAgency { id } toAgency { id } } }`;
const RESPOND = `mutation($in: RespondToReferralInput!) { respondToReferral(input: $in) { id status respondedOn } }`;
const SERVICE = `mutation($in: RecordServiceInput!) { recordService(input: $in) { id type providedOn agency { id } } }`;
const OUTCOME = `mutation($in: SetCaseOutcomeInput!) { setCaseOutcome(input: $in) { ${CASE_FIELDS} } }`;
const caseInput = () => ({
  provinceCode: '52', regencyCode: '52.71', issueArea: 'CHILD_MARRIAGE', victimAgeGroup: 'CHILD_13_17', victimSex: 'FEMALE', reportedOn: day(-10), intakeAgencyId: police,
});

describe('recordCase', () => {
  it('generates the pseudonymous code <province ISO code>-<year reported>-<6 random characters>, which carries no sequence', async () => {
    const first = await ok(t, RECORD, { in: { ...caseInput(), reportedOn: '2025-12-31' } }, policeMember.token);
    expect(first.recordCase).toMatchObject({
      outcome: 'OPEN', closedOn: null, firstServiceOn: null, province: { code: '52' }, regency: { code: '52.71' },
      intakeAgency: { id: String(police) }, referrals: [], services: [],
    });
    expect(first.recordCase.code).toMatch(/^NB-2025-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{6}$/);
    expect(first.recordCase.code).toMatch(CASE_CODE_PATTERN);
    const y2026 = await ok(t, RECORD, { in: { ...caseInput(), reportedOn: '2026-01-01' } }, u.coord.token);
    expect(y2026.recordCase.code).toMatch(/^NB-2026-/);
    const kalbarAgency = (await buildAgency(t.sql, { provinceCode: '61' })).id;
    const kb = await ok(t, RECORD, { in: { ...caseInput(), provinceCode: '61', regencyCode: null, intakeAgencyId: kalbarAgency, reportedOn: '2026-01-01' } }, u.coordKB.token);
    expect(kb.recordCase).toMatchObject({ regency: null });
    expect(kb.recordCase.code).toMatch(/^KB-2026-/);
    // Twelve more codes of one province and year: all different, none a count of the cases before it.
    const more: string[] = [];
    for (let i = 0; i < 12; i++) more.push((await ok(t, RECORD, { in: { ...caseInput(), reportedOn: '2025-06-01' } }, u.coord.token)).recordCase.code);
    expect(new Set([first.recordCase.code, ...more]).size).toBe(13);
    for (const code of more) expect(code).toMatch(CASE_CODE_PATTERN);
    expect(more.filter((c) => /^NB-2025-0000\d\d$/.test(c))).toEqual([]);
    expect(await t.sql.all(`select 1 from audit_event where action = 'recordCase'`)).toHaveLength(15);
  });

  it('draws the code again when the one drawn is taken (and keeps codes of the old numbered form)', async () => {
    const old = await buildCase(t.sql, { intakeAgencyId: police, reportedOn: '2024-03-01' });
    await t.sql.run(`update case_record set code = 'NB-2024-000007' where id = $1`, [old.id]);
    const taken = (await ok(t, RECORD, { in: { ...caseInput(), reportedOn: '2024-05-01' } }, u.coord.token)).recordCase.code as string;
    // The next draws repeat the taken code's characters twice, then give fresh ones.
    const takenSuffix = taken.slice(-6);
    const fresh = 'QQQQQQ';
    const script = [...takenSuffix, ...takenSuffix, ...fresh].map((ch) => CASE_CODE_ALPHABET.indexOf(ch));
    const draws: number[] = [];
    const saved = caseCodeRandom.index;
    caseCodeRandom.index = (n) => {
      const i = draws.length;
      draws.push(n);
      return i < script.length ? script[i] : saved(n);
    };
    try {
      const before = await t.sql.one<{ n: number }>(`select count(*)::int as n from case_record`);
      const again = await ok(t, RECORD, { in: { ...caseInput(), reportedOn: '2024-05-02' } }, u.coord.token);
      expect(again.recordCase.code).toBe('NB-2024-QQQQQQ');
      expect(draws.length).toBe(18); // three draws of six characters
      expect((await t.sql.one<{ n: number }>(`select count(*)::int as n from case_record`)).n).toBe(before.n + 1);
      expect(await t.sql.all(`select reported_on::text as r from case_record where code = $1`, [taken])).toEqual([{ r: '2024-05-01' }]);
    } finally {
      caseCodeRandom.index = saved;
    }
    expect((await rowOf(t, 'case_record', old.id)).code).toBe('NB-2024-000007');
  });

  it("refuses a member recording a case outside their agency's province, and writes nothing (finding 5)", async () => {
    // A member of a Nusa Tenggara Barat agency records a case in Sulawesi Selatan (73).
    await expectRefused(
      t,
      () => t.gql(RECORD, { in: { ...caseInput(), provinceCode: '73', regencyCode: null } }, policeMember.token),
      { code: 'FORBIDDEN' },
      () => t.sql.all(`select id from case_record where province_code = '73'`),
    );
    // A member of a national agency names the province: allowed there.
    const national = (await buildAgency(t.sql, { name: 'Bareskrim Dittipid PPA-PPO', sector: 'POLICE', level: 'NATIONAL', provinceCode: null })).id;
    const nationalMember = await signIn(t, 'MEMBER', { agencyId: national });
    const rec = await ok(t, RECORD, { in: { ...caseInput(), provinceCode: '73', regencyCode: null, intakeAgencyId: national } }, nationalMember.token);
    expect(rec.recordCase.province).toEqual({ code: '73' });
    expect(rec.recordCase.code).toMatch(/^SN-/);
  });

  it('accepts a case reported today and offers no field for personal data', async () => {
    const data = await ok(t, RECORD, { in: { ...caseInput(), reportedOn: today() } }, u.admin.token);
    expect(data.recordCase.code).toMatch(CASE_CODE_PATTERN);
    expect(data.recordCase.code.startsWith(`NB-${today().slice(0, 4)}-`)).toBe(true);
    const schema = await ok(t, `{ c: __type(name: "Case") { fields { name } } i: __type(name: "RecordCaseInput") { inputFields { name } } }`, {}, u.admin.token);
    const names = [...schema.c.fields, ...schema.i.inputFields].map((f: { name: string }) => f.name.toLowerCase());
    for (const personal of ['name', 'address', 'birth', 'phone', 'nik', 'identity', 'narrative', 'story']) {
      expect(names.filter((n) => n.includes(personal))).toEqual([]);
    }
    const withName = await t.gql(`mutation { recordCase(input: { provinceCode: "52", issueArea: OTHER, victimAgeGroup: ADULT_25_59, victimSex: FEMALE,
      reportedOn: "${today()}", intakeAgencyId: "${police}", victimName: "Siti" }) { id } }`, {}, u.admin.token);
    expect(codes(withName)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it.each([
    ['an unknown province', { provinceCode: '99', regencyCode: null }, ['provinceCode']],
    ['an unknown regency', { regencyCode: '52.99' }, ['regencyCode']],
    ['a regency of another province', { regencyCode: '61.71' }, ['regencyCode']],
    ['a report date in the future', { reportedOn: 'TOMORROW' }, ['reportedOn']],
    ['an intake agency that does not exist', { intakeAgencyId: '999999' }, ['intakeAgencyId']],
    ['an inactive intake agency', { intakeAgencyId: 'INACTIVE' }, ['intakeAgencyId']],
    ['several problems at once', { regencyCode: '52.99', reportedOn: 'TOMORROW', intakeAgencyId: '999999' }, ['regencyCode', 'reportedOn', 'intakeAgencyId']],
  ])('refuses %s and records nothing', async (_label, patch, fields) => {
    const input: Record<string, unknown> = { ...caseInput(), ...patch };
    if (input.reportedOn === 'TOMORROW') input.reportedOn = day(1);
    if (input.intakeAgencyId === 'INACTIVE') input.intakeAgencyId = inactive;
    await expectRefused(t, () => t.gql(RECORD, { in: input }, u.admin.token), { code: 'BAD_USER_INPUT', fields }, () =>
      t.sql.all('select id, code from case_record order by id'));
  });

  it('refuses anonymous callers, oversight, other provinces and members for another agency\'s intake', async () => {
    await expectRefused(t, () => t.gql(RECORD, { in: caseInput() }, null), { code: 'UNAUTHENTICATED' });
    await expectRefused(t, () => t.gql(RECORD, { in: caseInput() }, u.oversight.token), { code: 'FORBIDDEN' });
    await expectRefused(t, () => t.gql(RECORD, { in: caseInput() }, u.coordKB.token), { code: 'FORBIDDEN' });
    await expectRefused(t, () => t.gql(RECORD, { in: caseInput() }, uptdMember.token), { code: 'FORBIDDEN' });
  });
});

describe('referCase and respondToReferral', () => {
  it('refers a case and walks a referral through its statuses', async () => {
    const c = await buildCase(t.sql, { intakeAgencyId: police, reportedOn: day(-10) });
    const ref = await ok(t, REFER, { in: { caseId: c.id, fromAgencyId: police, toAgencyId: uptd, referredOn: day(-9) } }, policeMember.token);
    expect(ref.referCase).toMatchObject({ status: 'PENDING', referredOn: day(-9), respondedOn: null, fromAgency: { id: String(police) }, toAgency: { id: String(uptd) } });
    const accepted = await ok(t, RESPOND, { in: { referralId: ref.referCase.id, status: 'ACCEPTED', respondedOn: day(-9) } }, uptdMember.token);
    expect(accepted.respondToReferral).toMatchObject({ status: 'ACCEPTED', respondedOn: day(-9) });
    const completed = await ok(t, RESPOND, { in: { referralId: ref.referCase.id, status: 'COMPLETED', respondedOn: today() } }, u.coord.token);
    expect(completed.respondToReferral).toMatchObject({ status: 'COMPLETED', respondedOn: today() });
    const read = await ok(t, `query($id: ID!) { case(id: $id) { referrals { status } } }`, { id: c.id }, uptdMember.token);
    expect(read.case.referrals).toEqual([{ status: 'COMPLETED' }]);
  });

  const allowed: [string, string][] = [['PENDING', 'ACCEPTED'], ['PENDING', 'DECLINED'], ['PENDING', 'COMPLETED'], ['ACCEPTED', 'COMPLETED'], ['ACCEPTED', 'DECLINED']];
  const refused: [string, string][] = [
    ['PENDING', 'PENDING'], ['ACCEPTED', 'ACCEPTED'], ['ACCEPTED', 'PENDING'], ['DECLINED', 'ACCEPTED'], ['DECLINED', 'COMPLETED'],
    ['DECLINED', 'PENDING'], ['COMPLETED', 'DECLINED'], ['COMPLETED', 'ACCEPTED'], ['COMPLETED', 'PENDING'],
  ];
  it.each(allowed)('allows %s → %s', async (from, to) => {
    const c = await buildCase(t.sql, { intakeAgencyId: police, reportedOn: day(-10) });
    const r = await buildReferral(t.sql, { caseId: c.id, fromAgencyId: police, toAgencyId: uptd, referredOn: day(-5), status: from, respondedOn: from === 'PENDING' ? null : day(-4) });
    const data = await ok(t, RESPOND, { in: { referralId: r.id, status: to, respondedOn: day(-3) } }, uptdMember.token);
    expect(data.respondToReferral.status).toBe(to);
  });
  it.each(refused)('refuses %s → %s with BAD_USER_INPUT on status', async (from, to) => {
    const c = await buildCase(t.sql, { intakeAgencyId: police, reportedOn: day(-10) });
    const r = await buildReferral(t.sql, { caseId: c.id, fromAgencyId: police, toAgencyId: uptd, referredOn: day(-5), status: from, respondedOn: from === 'PENDING' ? null : day(-4) });
    await expectRefused(t, () => t.gql(RESPOND, { in: { referralId: r.id, status: to, respondedOn: day(-3) } }, u.coord.token), { code: 'BAD_USER_INPUT', fields: ['status'] }, () => rowOf(t, 'referral', r.id));
  });

  it.each([
    ['the same agency at both ends', { toAgencyId: 'POLICE' }, ['toAgencyId']],
    ['a receiving agency that does not exist', { toAgencyId: '999999' }, ['toAgencyId']],
    ['an inactive receiving agency', { toAgencyId: 'INACTIVE' }, ['toAgencyId']],
    ['a referring agency that does not exist', { fromAgencyId: '999999' }, ['fromAgencyId']],
    ['a referral date in the future', { referredOn: 'TOMORROW' }, ['referredOn']],
    ['a referral date before the report', { referredOn: 'BEFORE_REPORT' }, ['referredOn']],
  ])('referCase refuses %s', async (_label, patch, fields) => {
    const c = await buildCase(t.sql, { intakeAgencyId: police, reportedOn: day(-10) });
    const map: Record<string, unknown> = { POLICE: police, INACTIVE: inactive, TOMORROW: day(1), BEFORE_REPORT: day(-11) };
    const input: Record<string, unknown> = { caseId: c.id, fromAgencyId: police, toAgencyId: uptd, referredOn: day(-9) };
    for (const [k, v] of Object.entries(patch)) input[k] = map[v as string] ?? v;
    await expectRefused(t, () => t.gql(REFER, { in: input }, u.coord.token), { code: 'BAD_USER_INPUT', fields });
  });

  it.each([
    ['a response date in the future', 'TOMORROW'],
    ['a response date before the referral', 'BEFORE_REFERRAL'],
  ])('respondToReferral refuses %s', async (_label, when) => {
    const c = await buildCase(t.sql, { intakeAgencyId: police, reportedOn: day(-10) });
    const r = await buildReferral(t.sql, { caseId: c.id, fromAgencyId: police, toAgencyId: uptd, referredOn: day(-5) });
    const respondedOn = when === 'TOMORROW' ? day(1) : day(-6);
    await expectRefused(t, () => t.gql(RESPOND, { in: { referralId: r.id, status: 'ACCEPTED', respondedOn } }, uptdMember.token), { code: 'BAD_USER_INPUT', fields: ['respondedOn'] }, () => rowOf(t, 'referral', r.id));
  });

  it('answer NOT_FOUND for an unknown case or referral', async () => {
    await expectRefused(t, () => t.gql(REFER, { in: { caseId: '999999', fromAgencyId: police, toAgencyId: uptd, referredOn: today() } }, u.admin.token), { code: 'NOT_FOUND' });
    await expectRefused(t, () => t.gql(RESPOND, { in: { referralId: '999999', status: 'ACCEPTED', respondedOn: today() } }, u.admin.token), { code: 'NOT_FOUND' });
  });

  it('refuse anonymous callers, oversight, and members who are not the right end', async () => {
    const c = await buildCase(t.sql, { intakeAgencyId: police, reportedOn: day(-10) });
    const r = await buildReferral(t.sql, { caseId: c.id, fromAgencyId: police, toAgencyId: uptd, referredOn: day(-5) });
    const refer = { caseId: c.id, fromAgencyId: police, toAgencyId: hospital, referredOn: today() };
    await expectRefused(t, () => t.gql(REFER, { in: refer }, null), { code: 'UNAUTHENTICATED' });
    await expectRefused(t, () => t.gql(REFER, { in: refer }, u.oversight.token), { code: 'FORBIDDEN' });
    await expectRefused(t, () => t.gql(REFER, { in: refer }, u.member.token), { code: 'FORBIDDEN' });
    const watch = () => rowOf(t, 'referral', r.id);
    const respond = { referralId: r.id, status: 'ACCEPTED', respondedOn: today() };
    await expectRefused(t, () => t.gql(RESPOND, { in: respond }, null), { code: 'UNAUTHENTICATED' }, watch);
    await expectRefused(t, () => t.gql(RESPOND, { in: respond }, u.oversight.token), { code: 'FORBIDDEN' }, watch);
    await expectRefused(t, () => t.gql(RESPOND, { in: respond }, policeMember.token), { code: 'FORBIDDEN' }, watch);
  });
});

describe('recordService', () => {
  it('records a service, which sets the case\'s first service date', async () => {
    const c = await buildCase(t.sql, { intakeAgencyId: police, reportedOn: day(-10) });
    await buildReferral(t.sql, { caseId: c.id, fromAgencyId: police, toAgencyId: uptd, referredOn: day(-9), status: 'ACCEPTED', respondedOn: day(-9) });
    const data = await ok(t, SERVICE, { in: { caseId: c.id, agencyId: uptd, type: 'PSYCHOSOCIAL', providedOn: day(-8) } }, uptdMember.token);
    expect(data.recordService).toMatchObject({ type: 'PSYCHOSOCIAL', providedOn: day(-8), agency: { id: String(uptd) } });
    await ok(t, SERVICE, { in: { caseId: c.id, agencyId: hospital, type: 'MEDICAL', providedOn: day(-10) } }, u.coord.token);
    const read = await ok(t, `query($id: ID!) { case(id: $id) { firstServiceOn services { type } } }`, { id: c.id }, u.coord.token);
    expect(read.case).toEqual({ firstServiceOn: day(-10), services: [{ type: 'MEDICAL' }, { type: 'PSYCHOSOCIAL' }] });
  });

  it.each([
    ['an agency that does not exist', { agencyId: '999999' }, ['agencyId']],
    ['an inactive agency', { agencyId: 'INACTIVE' }, ['agencyId']],
    ['a date in the future', { providedOn: 'TOMORROW' }, ['providedOn']],
    ['a date before the report', { providedOn: 'BEFORE_REPORT' }, ['providedOn']],
  ])('refuses %s', async (_label, patch, fields) => {
    const c = await buildCase(t.sql, { intakeAgencyId: police, reportedOn: day(-10) });
    const map: Record<string, unknown> = { INACTIVE: inactive, TOMORROW: day(1), BEFORE_REPORT: day(-11) };
    const input: Record<string, unknown> = { caseId: c.id, agencyId: uptd, type: 'SHELTER', providedOn: day(-5) };
    for (const [k, v] of Object.entries(patch)) input[k] = map[v as string] ?? v;
    await expectRefused(t, () => t.gql(SERVICE, { in: input }, u.coord.token), { code: 'BAD_USER_INPUT', fields });
  });

  it('answers NOT_FOUND for an unknown case and refuses anonymous callers, oversight and uninvolved members', async () => {
    await expectRefused(t, () => t.gql(SERVICE, { in: { caseId: '999999', agencyId: uptd, type: 'SHELTER', providedOn: today() } }, u.admin.token), { code: 'NOT_FOUND' });
    const c = await buildCase(t.sql, { intakeAgencyId: police, reportedOn: day(-10) });
    const input = { caseId: c.id, agencyId: uptd, type: 'SHELTER', providedOn: today() };
    await expectRefused(t, () => t.gql(SERVICE, { in: input }, null), { code: 'UNAUTHENTICATED' });
    await expectRefused(t, () => t.gql(SERVICE, { in: input }, u.oversight.token), { code: 'FORBIDDEN' });
    await expectRefused(t, () => t.gql(SERVICE, { in: input }, uptdMember.token), { code: 'FORBIDDEN' });
  });
});

describe('setCaseOutcome', () => {
  it('closes a case (closedOn defaulting to today) and reopens it (closedOn cleared)', async () => {
    const c = await buildCase(t.sql, { intakeAgencyId: police, reportedOn: day(-10) });
    const closed = await ok(t, OUTCOME, { in: { caseId: c.id, outcome: 'RESOLVED' } }, policeMember.token);
    expect(closed.setCaseOutcome).toMatchObject({ outcome: 'RESOLVED', closedOn: today() });
    const legal = await ok(t, OUTCOME, { in: { caseId: c.id, outcome: 'IN_LEGAL_PROCESS' } }, u.coord.token);
    expect(legal.setCaseOutcome).toMatchObject({ outcome: 'IN_LEGAL_PROCESS', closedOn: null });
    const convicted = await ok(t, OUTCOME, { in: { caseId: c.id, outcome: 'CONVICTED', closedOn: day(-10) } }, u.coord.token);
    expect(convicted.setCaseOutcome).toMatchObject({ outcome: 'CONVICTED', closedOn: day(-10) });
  });

  it.each([
    ['a closing date for an open outcome', { outcome: 'IN_SERVICE', closedOn: 'TODAY' }],
    ['a closing date in the future', { outcome: 'RESOLVED', closedOn: 'TOMORROW' }],
    ['a closing date before the report', { outcome: 'WITHDRAWN', closedOn: 'BEFORE_REPORT' }],
  ])('refuses %s', async (_label, patch) => {
    const c = await buildCase(t.sql, { intakeAgencyId: police, reportedOn: day(-10) });
    const map: Record<string, string> = { TODAY: today(), TOMORROW: day(1), BEFORE_REPORT: day(-11) };
    const input = { caseId: c.id, outcome: patch.outcome, closedOn: map[patch.closedOn] };
    await expectRefused(t, () => t.gql(OUTCOME, { in: input }, u.coord.token), { code: 'BAD_USER_INPUT', fields: ['closedOn'] }, () => rowOf(t, 'case_record', c.id));
  });

  it('answers NOT_FOUND for an unknown case and refuses anonymous callers, oversight and members other than the intake agency', async () => {
    await expectRefused(t, () => t.gql(OUTCOME, { in: { caseId: '999999', outcome: 'RESOLVED' } }, u.admin.token), { code: 'NOT_FOUND' });
    const c = await buildCase(t.sql, { intakeAgencyId: police, reportedOn: day(-10) });
    await buildService(t.sql, { caseId: c.id, agencyId: uptd, providedOn: day(-9) });
    const watch = () => rowOf(t, 'case_record', c.id);
    const input = { caseId: c.id, outcome: 'RESOLVED' };
    await expectRefused(t, () => t.gql(OUTCOME, { in: input }, null), { code: 'UNAUTHENTICATED' }, watch);
    await expectRefused(t, () => t.gql(OUTCOME, { in: input }, u.oversight.token), { code: 'FORBIDDEN' }, watch);
    await expectRefused(t, () => t.gql(OUTCOME, { in: input }, uptdMember.token), { code: 'FORBIDDEN' }, watch);
    await expectRefused(t, () => t.gql(OUTCOME, { in: input }, u.coordKB.token), { code: 'FORBIDDEN' }, watch);
  });
});

describe('cases and case', () => {
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    await t.sql.run('truncate case_record restart identity cascade');
    const kalbar = (await buildAgency(t.sql, { provinceCode: '61' })).id;
    const mk = async (key: string, o: Parameters<typeof buildCase>[1]) => (ids[key] = String((await buildCase(t.sql, o)).id));
    await mk('jan', { intakeAgencyId: police, reportedOn: '2026-01-10', issueArea: 'CHILD_MARRIAGE' });
    await mk('feb', { intakeAgencyId: uptd, reportedOn: '2026-02-10', outcome: 'RESOLVED', closedOn: '2026-03-01' });
    await mk('feb2', { intakeAgencyId: police, reportedOn: '2026-02-10' });
    await mk('kalbar', { provinceCode: '61', intakeAgencyId: kalbar, reportedOn: '2026-02-20' });
    await buildReferral(t.sql, { caseId: Number(ids.jan), fromAgencyId: police, toAgencyId: hospital, referredOn: '2026-01-11', status: 'ACCEPTED' });
    await buildService(t.sql, { caseId: Number(ids.feb2), agencyId: hospital, providedOn: '2026-02-11' });
  });
  const list = async (filter: Record<string, unknown> | null, token = u.admin.token) => {
    const data = await ok(t, `query($f: CaseFilter) { cases(filter: $f) { totalCount nodes { id } } }`, { f: filter }, token);
    expect(data.cases.totalCount).toBe(data.cases.nodes.length);
    return idsOf(data.cases.nodes);
  };

  it('lists the most recently reported first, within each role\'s scope', async () => {
    expect(await list(null)).toEqual([ids.kalbar, ids.feb2, ids.feb, ids.jan]);
    expect(await list(null, u.coord.token)).toEqual([ids.feb2, ids.feb, ids.jan]);
    expect(await list(null, u.coordKB.token)).toEqual([ids.kalbar]);
    expect(await list(null, policeMember.token)).toEqual([ids.feb2, ids.jan]);
    expect(await list(null, uptdMember.token)).toEqual([ids.feb]);
  });

  it('filters by province, issue area, outcome, involved agency, dates and referral status', async () => {
    expect(await list({ provinceCode: '61' })).toEqual([ids.kalbar]);
    expect(await list({ issueArea: 'CHILD_MARRIAGE' })).toEqual([ids.jan]);
    expect(await list({ outcome: 'RESOLVED' })).toEqual([ids.feb]);
    expect(await list({ agencyId: String(hospital) })).toEqual([ids.feb2, ids.jan]);
    expect(await list({ reportedFrom: '2026-02-10', reportedTo: '2026-02-10' })).toEqual([ids.feb2, ids.feb]);
    expect(await list({ referralStatus: 'ACCEPTED' })).toEqual([ids.jan]);
  });

  it('refuses oversight, anonymous callers, unknown ids and cases outside the scope', async () => {
    expect(codes(await t.gql(`{ cases { totalCount } }`, {}, u.oversight.token))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(`{ cases { totalCount } }`))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await t.gql(`{ case(id: "999999") { id } }`, {}, u.admin.token))).toEqual(['NOT_FOUND']);
    expect(codes(await t.gql(`query($id: ID!) { case(id: $id) { id } }`, { id: ids.kalbar }, u.coord.token))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(`query($id: ID!) { case(id: $id) { id } }`, { id: ids.feb }, policeMember.token))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(`query($id: ID!) { case(id: $id) { id } }`, { id: ids.jan }, u.oversight.token))).toEqual(['FORBIDDEN']);
  });
});
