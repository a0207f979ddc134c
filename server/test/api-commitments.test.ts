import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActionItem, buildAgency, buildAgreement, buildCommitment, signIn, type SignedIn } from './support/factories';
import { codes, startTestHub, type TestHub } from './support/harness';
import { day, expectRefused, idsOf, ok, rowOf, signInCast, type Cast } from './support/api-helpers';

let t: TestHub;
let u: Cast;
let uptd: number;
let police: number;
let kpai: number;
let agreement: number;
let policeMember: SignedIn;

beforeAll(async () => {
  t = await startTestHub();
  u = await signInCast(t);
  uptd = (await buildAgency(t.sql, { name: 'UPTD PPA NTB', provinceCode: '52' })).id;
  police = (await buildAgency(t.sql, { name: 'Polda NTB', sector: 'POLICE', provinceCode: '52' })).id;
  kpai = (await buildAgency(t.sql, { name: 'KPAI', sector: 'OVERSIGHT', provinceCode: null })).id;
  agreement = (await buildAgreement(t.sql, { partyIds: [uptd, police, kpai] })).id;
  policeMember = await signIn(t, 'MEMBER', { agencyId: police });
});
afterAll(() => t?.stop());

const FIELDS = 'id description issueArea indicator targetValue achievedValue dueOn status isOverdue agency { id } agreement { id }';
const CREATE = `mutation($in: CreateCommitmentInput!) { createCommitment(input: $in) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $in: UpdateCommitmentInput!) { updateCommitment(id: $id, input: $in) { ${FIELDS} } }`;
const base = () => ({ agreementId: agreement, agencyId: police, description: 'Latih 40 penyidik', dueOn: '2027-06-30' });

describe('createCommitment', () => {
  it('adds a PLANNED commitment for a party, a national one included', async () => {
    const data = await ok(t, CREATE, {
      in: { ...base(), description: '  Latih 40 penyidik ', issueArea: 'SEXUAL_VIOLENCE', indicator: ' penyidik terlatih ', targetValue: 40 },
    }, u.coord.token);
    expect(data.createCommitment).toMatchObject({
      description: 'Latih 40 penyidik', issueArea: 'SEXUAL_VIOLENCE', indicator: 'penyidik terlatih', targetValue: 40, achievedValue: null,
      dueOn: '2027-06-30', status: 'PLANNED', isOverdue: false, agency: { id: String(police) }, agreement: { id: String(agreement) },
    });
    const national = await ok(t, CREATE, { in: { ...base(), agencyId: kpai, dueOn: null } }, u.admin.token);
    expect(national.createCommitment).toMatchObject({ agency: { id: String(kpai) }, dueOn: null, isOverdue: false });
    expect(await t.sql.all(`select 1 from audit_event where action = 'createCommitment'`)).toHaveLength(2);
  });

  it.each([
    ['an agency that is not a party', { agencyId: 'OUTSIDER' }, ['agencyId']],
    ['an agency that does not exist', { agencyId: '999999' }, ['agencyId']],
    ['a malformed agency id', { agencyId: 'abc' }, ['agencyId']],
    ['a blank description', { description: '   ' }, ['description']],
    ['an indicator over 300 characters', { indicator: 'i'.repeat(301) }, ['indicator']],
    ['a negative target', { targetValue: -1 }, ['targetValue']],
    ['several problems at once', { description: '', targetValue: -5, agencyId: 'OUTSIDER' }, ['description', 'targetValue', 'agencyId']],
  ])('refuses %s and adds nothing', async (_label, patch, fields) => {
    const input: Record<string, unknown> = { ...base(), ...patch };
    if (input.agencyId === 'OUTSIDER') input.agencyId = (await buildAgency(t.sql, { provinceCode: '52' })).id;
    await expectRefused(t, () => t.gql(CREATE, { in: input }, u.coord.token), { code: 'BAD_USER_INPUT', fields });
  });

  it('answers NOT_FOUND for an unknown agreement', async () => {
    await expectRefused(t, () => t.gql(CREATE, { in: { ...base(), agreementId: '999999' } }, u.admin.token), { code: 'NOT_FOUND' });
  });

  it('refuses anonymous callers, members, oversight and coordinators of another province', async () => {
    await expectRefused(t, () => t.gql(CREATE, { in: base() }, null), { code: 'UNAUTHENTICATED' });
    await expectRefused(t, () => t.gql(CREATE, { in: base() }, policeMember.token), { code: 'FORBIDDEN' });
    await expectRefused(t, () => t.gql(CREATE, { in: base() }, u.oversight.token), { code: 'FORBIDDEN' });
    await expectRefused(t, () => t.gql(CREATE, { in: base() }, u.coordKB.token), { code: 'FORBIDDEN' });
  });
});

describe('updateCommitment', () => {
  it('lets the coordinator change details and the responsible agency\'s member report progress', async () => {
    const c = await buildCommitment(t.sql, { agreementId: agreement, agencyId: police, dueOn: day(-1), targetValue: 40 });
    const overdue = await ok(t, `query($id: ID!) { commitment(id: $id) { isOverdue } }`, { id: c.id }, u.coord.token);
    expect(overdue.commitment.isOverdue).toBe(true);
    const details = await ok(t, UPDATE, { id: c.id, in: { description: ' Latih 50 penyidik ', targetValue: 50, dueOn: day(60), indicator: '' } }, u.coord.token);
    expect(details.updateCommitment).toMatchObject({ description: 'Latih 50 penyidik', targetValue: 50, dueOn: day(60), indicator: null, isOverdue: false });
    const progress = await ok(t, UPDATE, { id: c.id, in: { status: 'IN_PROGRESS', achievedValue: 12 } }, policeMember.token);
    expect(progress.updateCommitment).toMatchObject({ status: 'IN_PROGRESS', achievedValue: 12, description: 'Latih 50 penyidik', targetValue: 50 });
    const done = await ok(t, UPDATE, { id: c.id, in: { status: 'FULFILLED', achievedValue: 50, dueOn: day(-5) } }, u.coord.token);
    expect(done.updateCommitment).toMatchObject({ status: 'FULFILLED', isOverdue: false });
    const audits = await t.sql.all<{ changes: Record<string, unknown> }>(
      `select changes from audit_event where action = 'updateCommitment' and entity_id = $1 order by id`, [String(c.id)]);
    expect(audits.map((a) => Object.keys(a.changes).sort())).toEqual([
      ['description', 'dueOn', 'targetValue'], ['achievedValue', 'status'], ['achievedValue', 'dueOn', 'status'],
    ]);
  });

  it.each([
    ['a blank description', { description: '' }, ['description']],
    ['a negative achieved value', { achievedValue: -1 }, ['achievedValue']],
    ['a negative target', { targetValue: -0.5 }, ['targetValue']],
    ['an indicator over 300 characters', { indicator: 'i'.repeat(301) }, ['indicator']],
  ])('refuses %s and changes nothing', async (_label, input, fields) => {
    const c = await buildCommitment(t.sql, { agreementId: agreement, agencyId: police });
    await expectRefused(t, () => t.gql(UPDATE, { id: c.id, in: input }, u.coord.token), { code: 'BAD_USER_INPUT', fields }, () => rowOf(t, 'commitment', c.id));
  });

  it('answers NOT_FOUND for an unknown commitment', async () => {
    await expectRefused(t, () => t.gql(UPDATE, { id: '999999', in: { status: 'LAPSED' } }, u.admin.token), { code: 'NOT_FOUND' });
  });

  it('refuses anonymous callers, oversight, other agencies\' members, and details from members', async () => {
    const c = await buildCommitment(t.sql, { agreementId: agreement, agencyId: police });
    const watch = () => rowOf(t, 'commitment', c.id);
    await expectRefused(t, () => t.gql(UPDATE, { id: c.id, in: { status: 'LAPSED' } }, null), { code: 'UNAUTHENTICATED' }, watch);
    await expectRefused(t, () => t.gql(UPDATE, { id: c.id, in: { status: 'LAPSED' } }, u.oversight.token), { code: 'FORBIDDEN' }, watch);
    await expectRefused(t, () => t.gql(UPDATE, { id: c.id, in: { status: 'LAPSED' } }, u.member.token), { code: 'FORBIDDEN' }, watch);
    await expectRefused(t, () => t.gql(UPDATE, { id: c.id, in: { status: 'LAPSED' } }, u.coordKB.token), { code: 'FORBIDDEN' }, watch);
    await expectRefused(t, () => t.gql(UPDATE, { id: c.id, in: { description: 'X' } }, policeMember.token), { code: 'FORBIDDEN' }, watch);
  });
});

describe('commitments and commitment', () => {
  const ids: Record<string, string> = {};
  let kalbarAgreement: number;
  beforeAll(async () => {
    await t.sql.run('truncate commitment restart identity cascade');
    const kalbar = (await buildAgency(t.sql, { provinceCode: '61' })).id;
    kalbarAgreement = (await buildAgreement(t.sql, { provinceCode: '61', partyIds: [kalbar, kpai] })).id;
    const other = (await buildAgreement(t.sql, { partyIds: [uptd, police] })).id;
    const mk = async (key: string, o: Parameters<typeof buildCommitment>[1]) => (ids[key] = String((await buildCommitment(t.sql, { description: key, ...o })).id));
    await mk('overdue', { agreementId: agreement, agencyId: police, dueOn: day(-3), status: 'IN_PROGRESS' });
    await mk('dueToday', { agreementId: agreement, agencyId: uptd, dueOn: day(0), status: 'PLANNED' });
    await mk('lapsed', { agreementId: agreement, agencyId: police, dueOn: day(-30), status: 'LAPSED' });
    await mk('noDate', { agreementId: other, agencyId: uptd, dueOn: null });
    await mk('later', { agreementId: other, agencyId: police, dueOn: day(100), status: 'FULFILLED' });
    await mk('kalbar', { agreementId: kalbarAgreement, agencyId: kpai, dueOn: day(-1) });
  });
  const list = async (filter: Record<string, unknown> | null, token = u.admin.token) => {
    const data = await ok(t, `query($f: CommitmentFilter) { commitments(filter: $f) { totalCount nodes { id isOverdue } } }`, { f: filter }, token);
    expect(data.commitments.totalCount).toBe(data.commitments.nodes.length);
    return idsOf(data.commitments.nodes);
  };

  it('lists by due date, undated last, within each role\'s scope', async () => {
    expect(await list(null)).toEqual([ids.lapsed, ids.overdue, ids.kalbar, ids.dueToday, ids.later, ids.noDate]);
    expect(await list(null, u.coord.token)).toEqual([ids.lapsed, ids.overdue, ids.dueToday, ids.later, ids.noDate]);
    expect(await list(null, u.coordKB.token)).toEqual([ids.kalbar]);
  });

  it('filters by province, agency, agreement, status and overdue', async () => {
    expect(await list({ provinceCode: '61' })).toEqual([ids.kalbar]);
    expect(await list({ agencyId: String(uptd) })).toEqual([ids.dueToday, ids.noDate]);
    expect(await list({ agreementId: String(kalbarAgreement) })).toEqual([ids.kalbar]);
    expect(await list({ status: ['LAPSED', 'FULFILLED'] })).toEqual([ids.lapsed, ids.later]);
    expect(await list({ overdue: true })).toEqual([ids.overdue, ids.kalbar]);
    expect(await list({ overdue: false })).toEqual([ids.lapsed, ids.dueToday, ids.later, ids.noDate]);
    const flagged = await ok(t, `{ commitments { nodes { id isOverdue } } }`, {}, u.admin.token);
    expect(flagged.commitments.nodes.filter((n: { isOverdue: boolean }) => n.isOverdue).map((n: { id: string }) => n.id)).toEqual([ids.overdue, ids.kalbar]);
  });

  it('reads one commitment with its agreement, agency and action items', async () => {
    const item = await buildActionItem(t.sql, { agencyId: police, commitmentId: Number(ids.overdue) });
    const data = await ok(t, `query($id: ID!) { commitment(id: $id) { description agreement { id } agency { name } actionItems { id } } }`, { id: ids.overdue }, u.coord.token);
    expect(data.commitment).toEqual({ description: 'overdue', agreement: { id: String(agreement) }, agency: { name: 'Polda NTB' }, actionItems: [{ id: String(item.id) }] });
    expect(codes(await t.gql(`{ commitment(id: "999999") { id } }`, {}, u.admin.token))).toEqual(['NOT_FOUND']);
    expect(codes(await t.gql(`query($id: ID!) { commitment(id: $id) { id } }`, { id: ids.kalbar }, u.coord.token))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(`{ commitments { totalCount } }`))).toEqual(['UNAUTHENTICATED']);
  });
});
