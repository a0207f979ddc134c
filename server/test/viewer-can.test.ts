import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildActionItem,
  buildAgreement,
  buildCase,
  buildCommitment,
  buildMeeting,
  buildNetwork,
  buildRecommendation,
  buildReferral,
} from './support/factories';
import { codes, startTestHub, type GqlResult, type TestHub } from './support/harness';
import { buildAccessWorld, P, Q, unique, type AccessWorld, type SignedInCaller } from './support/access-world';

/**
 * What the client is told a viewer may do must be what the API then allows: every
 * permission of viewerPermissions and every viewerCan* field is checked against a table
 * written by hand and against the outcome of actually trying the operation it announces.
 */
let t: TestHub;
let w: AccessWorld;

beforeAll(async () => {
  t = await startTestHub();
  w = await buildAccessWorld(t);
});
afterAll(() => t?.stop());

const CALLERS: SignedInCaller[] = ['admin', 'coordinator', 'otherCoordinator', 'oversight', 'member', 'otherMember'];
const tok = (c: SignedInCaller) => w.users[c].token;
const A = () => String(w.agencies.A.id);
const C = () => String(w.agencies.C.id);
const D = () => String(w.agencies.D.id);
const N = () => String(w.agencies.N.id);
/** The agency a caller acts for: a member's own; otherwise one of the caller's home province. */
const ownAgency = (c: SignedInCaller) =>
  String(c === 'member' ? w.agencies.A.id : c === 'otherMember' ? w.agencies.B.id : c === 'otherCoordinator' ? w.agencies.D.id : w.agencies.C.id);
const isMember = (c: SignedInCaller) => c === 'member' || c === 'otherMember';
const homeProvince = (c: SignedInCaller) => (c === 'otherCoordinator' ? Q : P);

/** Succeeded (true) or refused with FORBIDDEN (false); anything else means the probe itself is wrong. */
function allowed(res: GqlResult): boolean {
  if (!res.errors) return true;
  expect(codes(res), JSON.stringify(res.errors)).toEqual(['FORBIDDEN']);
  return false;
}

describe('viewerPermissions', () => {
  const PERMISSIONS = [
    'canCreateAgency',
    'canCreateNetwork',
    'canRecordMeeting',
    'canCreateAgreement',
    'canCreateActionItem',
    'canRecordCase',
    'canReadCases',
    'canReadAuditTrail',
    'canManageUsers',
    'canIssueRecommendation',
    'canReadEmailOutbox',
    'canRunFollowUpSweep',
  ] as const;
  type Permission = (typeof PERMISSIONS)[number];
  const T = true;
  const F = false;
  // canCreateAgency, canCreateNetwork, canRecordMeeting, canCreateAgreement, canCreateActionItem, canRecordCase, canReadCases, canReadAuditTrail, canManageUsers, canIssueRecommendation, canReadEmailOutbox, canRunFollowUpSweep
  const EXPECTED: Record<SignedInCaller, boolean[]> = {
    admin: [T, T, T, T, T, T, T, T, T, T, T, T],
    coordinator: [T, T, T, T, T, T, T, T, F, F, F, F],
    otherCoordinator: [T, T, T, T, T, T, T, T, F, F, F, F],
    oversight: [F, F, F, F, F, F, F, T, F, T, F, F],
    member: [F, F, F, F, T, T, T, F, F, F, F, F],
    otherMember: [F, F, F, F, T, T, T, F, F, F, F, F],
  };

  /** The operation each permission announces, done the way this caller would. */
  const PROBES: Record<Permission, (c: SignedInCaller) => Promise<GqlResult>> = {
    canCreateAgency: (c) =>
      t.gql('mutation($in: CreateAgencyInput!) { createAgency(input: $in) { id } }', { in: { name: `Agency ${unique()}`, level: 'PROVINCE', provinceCode: homeProvince(c), sector: 'HEALTH' } }, tok(c)),
    canCreateNetwork: (c) =>
      t.gql('mutation($in: CreateNetworkInput!) { createNetwork(input: $in) { id } }', { in: { name: `Jejaring ${unique()}`, provinceCode: homeProvince(c) } }, tok(c)),
    canRecordMeeting: (c) =>
      t.gql('mutation($in: RecordMeetingInput!) { recordMeeting(input: $in) { id } }', { in: { title: 'Rakor', heldOn: '2026-03-01', provinceCode: homeProvince(c), attendeeIds: [ownAgency(c)] } }, tok(c)),
    canCreateAgreement: (c) =>
      t.gql(
        'mutation($in: CreateAgreementInput!) { createAgreement(input: $in) { id } }',
        { in: { title: 'MoU', kind: 'MOU', issueAreas: ['OTHER'], provinceCode: homeProvince(c), partyIds: [ownAgency(c), N()] } },
        tok(c),
      ),
    canCreateActionItem: (c) =>
      t.gql('mutation($in: CreateActionItemInput!) { createActionItem(input: $in) { id } }', { in: { title: 'Tindak lanjut', agencyId: ownAgency(c), openedOn: '2026-01-01', dueOn: '2026-12-31' } }, tok(c)),
    canRecordCase: (c) =>
      t.gql(
        'mutation($in: RecordCaseInput!) { recordCase(input: $in) { id } }',
        { in: { provinceCode: homeProvince(c), intakeAgencyId: ownAgency(c), issueArea: 'OTHER', victimAgeGroup: 'ADULT_18_24', victimSex: 'MALE', reportedOn: '2026-02-01' } },
        tok(c),
      ),
    canReadCases: (c) => t.gql('{ cases { totalCount } }', {}, tok(c)),
    canReadAuditTrail: (c) => t.gql('{ auditEvents { totalCount } }', {}, tok(c)),
    canManageUsers: (c) => t.gql('{ users { totalCount } }', {}, tok(c)),
    canIssueRecommendation: (c) =>
      t.gql(
        'mutation($in: IssueRecommendationInput!) { issueRecommendation(input: $in) { id } }',
        { in: { title: 'Rekomendasi', text: 'Teks', issuerId: N(), issuedOn: '2026-02-01', provinceCode: homeProvince(c), issueAreas: ['TRAFFICKING'] } },
        tok(c),
      ),
    canReadEmailOutbox: (c) => t.gql('{ emailOutbox(first: 1) { totalCount } }', {}, tok(c)),
    canRunFollowUpSweep: (c) => t.gql('mutation { runFollowUpSweep(asOf: "2026-02-01") { notificationsCreated } }', {}, tok(c)),
  };

  for (const caller of CALLERS) {
    it(`${caller}: as written, and as the API then behaves`, async () => {
      const res = await t.gql(`{ viewerPermissions { ${PERMISSIONS.join(' ')} } }`, {}, tok(caller));
      expect(res.errors).toBeUndefined();
      const expected = Object.fromEntries(PERMISSIONS.map((p, i) => [p, EXPECTED[caller][i]]));
      expect(res.data!.viewerPermissions).toEqual(expected);
      const behaved: Record<string, boolean> = {};
      for (const p of PERMISSIONS) behaved[p] = allowed(await PROBES[p](caller));
      expect(behaved).toEqual(expected);
    });
  }
});

describe('viewerPermissions: national agencies and imports', () => {
  /** A dry run of a file with the dataset's header only: refused (403) or answered, and nothing written. */
  async function importDryRun(c: SignedInCaller, dataset: string): Promise<boolean> {
    const header = dataset === 'agencies' ? 'name,sector,level' : 'title,agencyId,dueOn';
    const res = await fetch(`${t.url}/import/${dataset}?dryRun=true`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${tok(c)}` },
      body: `${header}\r\n`,
    });
    await res.arrayBuffer();
    expect([200, 403], `${dataset} for ${c}`).toContain(res.status);
    return res.status === 200;
  }

  for (const caller of CALLERS) {
    it(`${caller}: canCreateNationalAgency and importDatasets, as the API then behaves`, async () => {
      const res = await t.gql('{ viewerPermissions { canCreateNationalAgency importDatasets } }', {}, tok(caller));
      expect(res.errors).toBeUndefined();
      const p = res.data!.viewerPermissions as { canCreateNationalAgency: boolean; importDatasets: string[] };
      expect(p).toEqual({
        canCreateNationalAgency: caller === 'admin',
        importDatasets: isMember(caller) ? ['action-items'] : caller === 'oversight' ? [] : ['agencies', 'action-items'],
      });
      const national = await t.gql(
        'mutation($in: CreateAgencyInput!) { createAgency(input: $in) { id } }',
        { in: { name: `Badan ${unique()}`, level: 'NATIONAL', sector: 'HEALTH' } },
        tok(caller),
      );
      expect(allowed(national)).toBe(p.canCreateNationalAgency);
      const imports: string[] = [];
      for (const dataset of ['agencies', 'action-items']) if (await importDryRun(caller, dataset)) imports.push(dataset);
      expect(imports).toEqual(p.importDatasets);
    });
  }
});

/**
 * One kind of record: how to make a fresh one, how to read its viewerCan* fields, and for
 * each field the operation it announces. `readers` may read the record; everyone else must
 * get FORBIDDEN on the read and on every operation. `expected` lists, per field, who may.
 */
interface Subject {
  name: string;
  /** The GraphQL type holding the fields (`Referral` for viewerCanRespond). */
  type: string;
  arrange(): Promise<Record<string, string>>;
  read: string;
  /** Path from `data` to the object holding the fields. */
  pick(data: Record<string, any>): Record<string, boolean>;
  readers: SignedInCaller[];
  expected: Record<string, SignedInCaller[]>;
  probes: Record<string, (c: SignedInCaller, ids: Record<string, string>) => Promise<GqlResult>>;
}

const version = async (id: string) => (await t.sql.one<{ version: number }>('select version from action_item where id = $1', [id])).version;
const ALL_READ: SignedInCaller[] = CALLERS;
const PROVINCE_52: SignedInCaller[] = ['admin', 'coordinator', 'oversight', 'member', 'otherMember'];

const updateAgency = (c: SignedInCaller, ids: Record<string, string>) =>
  t.gql('mutation($id: ID!) { updateAgency(id: $id, input: { active: true }) { id } }', { id: ids.id }, tok(c));
const addMember = (c: SignedInCaller, ids: Record<string, string>) =>
  t.gql('mutation($id: ID!, $a: ID!) { addNetworkMember(networkId: $id, member: { agencyId: $a }) { id } }', { id: ids.id, a: C() }, tok(c));
const followUpItem = (c: SignedInCaller, ids: Record<string, string>) =>
  t.gql(
    'mutation($in: CreateActionItemInput!) { createActionItem(input: $in) { id } }',
    { in: { title: 'Tindak lanjut', agencyId: ownAgency(c), provinceCode: homeProvince(c), meetingId: ids.id, openedOn: '2026-01-01', dueOn: '2026-12-31' } },
    tok(c),
  );
const updateAgreement = (c: SignedInCaller, ids: Record<string, string>) =>
  t.gql('mutation($id: ID!) { updateAgreement(id: $id, input: { reference: "No. 1/2026" }) { id } }', { id: ids.id }, tok(c));
const addCommitment = (c: SignedInCaller, ids: Record<string, string>) =>
  t.gql('mutation($in: CreateCommitmentInput!) { createCommitment(input: $in) { id } }', { in: { agreementId: ids.id, agencyId: A(), description: 'Latih penyidik' } }, tok(c));
const commitmentProgress = (c: SignedInCaller, ids: Record<string, string>) =>
  t.gql('mutation($id: ID!) { updateCommitment(id: $id, input: { status: IN_PROGRESS, achievedValue: 5 }) { id } }', { id: ids.id }, tok(c));
const commitmentDetails = (c: SignedInCaller, ids: Record<string, string>) =>
  t.gql('mutation($id: ID!) { updateCommitment(id: $id, input: { indicator: "penyidik terlatih" }) { id } }', { id: ids.id }, tok(c));
const itemStatus = async (c: SignedInCaller, ids: Record<string, string>) => {
  const status = await t.gql('mutation($id: ID!, $v: Int!) { updateActionItem(id: $id, input: { version: $v, status: IN_PROGRESS }) { id } }', { id: ids.id, v: await version(ids.id) }, tok(c));
  const note = await t.gql('mutation($id: ID!) { addActionNote(id: $id, note: "Catatan") { id } }', { id: ids.id }, tok(c));
  // Both are what viewerCanUpdate announces: they must agree with each other too.
  expect(allowed(note)).toBe(allowed(status));
  return status;
};
const itemDetails = async (c: SignedInCaller, ids: Record<string, string>) =>
  t.gql('mutation($id: ID!, $v: Int!) { updateActionItem(id: $id, input: { version: $v, priority: HIGH }) { id } }', { id: ids.id, v: await version(ids.id) }, tok(c));
/** Managers refer in the intake agency's name; a member in their own agency's. */
const refer = (c: SignedInCaller, ids: Record<string, string>) =>
  t.gql(
    'mutation($in: ReferCaseInput!) { referCase(input: $in) { id } }',
    { in: { caseId: ids.id, fromAgencyId: isMember(c) ? ownAgency(c) : ids.intake, toAgencyId: D(), referredOn: '2026-02-03' } },
    tok(c),
  );
const serve = (c: SignedInCaller, ids: Record<string, string>) =>
  t.gql(
    'mutation($in: RecordServiceInput!) { recordService(input: $in) { id } }',
    { in: { caseId: ids.id, agencyId: isMember(c) ? ownAgency(c) : ids.intake, type: 'PSYCHOSOCIAL', providedOn: '2026-02-04' } },
    tok(c),
  );
const setOutcome = (c: SignedInCaller, ids: Record<string, string>) =>
  t.gql('mutation($id: ID!) { setCaseOutcome(input: { caseId: $id, outcome: IN_SERVICE }) { id } }', { id: ids.id }, tok(c));
const respond = (c: SignedInCaller, ids: Record<string, string>) =>
  t.gql('mutation($id: ID!) { respondToReferral(input: { referralId: $id, status: ACCEPTED, respondedOn: "2026-02-05" }) { id } }', { id: ids.referral }, tok(c));

const str = (o: { id: number }) => String(o.id);

const SUBJECTS: Subject[] = [
  {
    name: 'Agency of 52',
    type: 'Agency',
    arrange: async () => ({ id: A() }),
    read: 'query($id: ID!) { agency(id: $id) { viewerCanUpdate } }',
    pick: (d) => d.agency,
    readers: ALL_READ,
    expected: { viewerCanUpdate: ['admin', 'coordinator'] },
    probes: { viewerCanUpdate: updateAgency },
  },
  {
    name: 'national agency',
    type: 'Agency',
    arrange: async () => ({ id: N() }),
    read: 'query($id: ID!) { agency(id: $id) { viewerCanUpdate } }',
    pick: (d) => d.agency,
    readers: ALL_READ,
    expected: { viewerCanUpdate: ['admin'] },
    probes: { viewerCanUpdate: updateAgency },
  },
  {
    name: 'network of 52',
    type: 'Network',
    arrange: async () => ({ id: str(await buildNetwork(t.sql, { provinceCode: P })) }),
    read: 'query($id: ID!) { network(id: $id) { viewerCanUpdate } }',
    pick: (d) => d.network,
    readers: ALL_READ,
    expected: { viewerCanUpdate: ['admin', 'coordinator'] },
    probes: { viewerCanUpdate: addMember },
  },
  {
    name: 'national network',
    type: 'Network',
    arrange: async () => ({ id: str(await buildNetwork(t.sql, { provinceCode: null })) }),
    read: 'query($id: ID!) { network(id: $id) { viewerCanUpdate } }',
    pick: (d) => d.network,
    readers: ALL_READ,
    expected: { viewerCanUpdate: ['admin'] },
    probes: { viewerCanUpdate: addMember },
  },
  {
    name: 'meeting of 52 attended by both member agencies',
    type: 'Meeting',
    arrange: async () => ({ id: str(await buildMeeting(t.sql, { provinceCode: P, attendeeIds: [w.agencies.A.id, w.agencies.B.id] })) }),
    read: 'query($id: ID!) { meeting(id: $id) { viewerCanUpdate } }',
    pick: (d) => d.meeting,
    readers: PROVINCE_52,
    expected: { viewerCanUpdate: ['admin', 'coordinator'] },
    probes: { viewerCanUpdate: followUpItem },
  },
  {
    name: 'national meeting attended by the member agency',
    type: 'Meeting',
    arrange: async () => ({ id: str(await buildMeeting(t.sql, { provinceCode: null, attendeeIds: [w.agencies.N.id, w.agencies.A.id] })) }),
    read: 'query($id: ID!) { meeting(id: $id) { viewerCanUpdate } }',
    pick: (d) => d.meeting,
    readers: ['admin', 'oversight', 'member'],
    expected: { viewerCanUpdate: ['admin'] },
    probes: { viewerCanUpdate: followUpItem },
  },
  {
    name: 'agreement of 52 (parties A and C)',
    type: 'Agreement',
    arrange: async () => ({ id: str(await buildAgreement(t.sql, { provinceCode: P, partyIds: [w.agencies.A.id, w.agencies.C.id] })) }),
    read: 'query($id: ID!) { agreement(id: $id) { viewerCanUpdate } }',
    pick: (d) => d.agreement,
    readers: PROVINCE_52,
    expected: { viewerCanUpdate: ['admin', 'coordinator'] },
    probes: {
      viewerCanUpdate: async (c, ids) => {
        const commitment = await addCommitment(c, ids);
        expect(allowed(commitment)).toBe(allowed(await updateAgreement(c, ids)));
        return commitment;
      },
    },
  },
  {
    name: 'national agreement (parties N and A)',
    type: 'Agreement',
    arrange: async () => ({ id: str(await buildAgreement(t.sql, { provinceCode: null, partyIds: [w.agencies.N.id, w.agencies.A.id] })) }),
    read: 'query($id: ID!) { agreement(id: $id) { viewerCanUpdate } }',
    pick: (d) => d.agreement,
    readers: ['admin', 'oversight', 'member'],
    expected: { viewerCanUpdate: ['admin'] },
    probes: { viewerCanUpdate: updateAgreement },
  },
  {
    name: "agency A's commitment under an agreement of 52",
    type: 'Commitment',
    arrange: async () => {
      const ag = await buildAgreement(t.sql, { provinceCode: P, partyIds: [w.agencies.A.id, w.agencies.C.id] });
      return { id: str(await buildCommitment(t.sql, { agreementId: ag.id, agencyId: w.agencies.A.id })) };
    },
    read: 'query($id: ID!) { commitment(id: $id) { viewerCanUpdate viewerCanEditDetails } }',
    pick: (d) => d.commitment,
    readers: PROVINCE_52,
    expected: { viewerCanUpdate: ['admin', 'coordinator', 'member'], viewerCanEditDetails: ['admin', 'coordinator'] },
    probes: { viewerCanUpdate: commitmentProgress, viewerCanEditDetails: commitmentDetails },
  },
  {
    name: "agency A's commitment under an agreement of 51",
    type: 'Commitment',
    arrange: async () => {
      const ag = await buildAgreement(t.sql, { provinceCode: Q, partyIds: [w.agencies.A.id, w.agencies.D.id] });
      return { id: str(await buildCommitment(t.sql, { agreementId: ag.id, agencyId: w.agencies.A.id })) };
    },
    read: 'query($id: ID!) { commitment(id: $id) { viewerCanUpdate viewerCanEditDetails } }',
    pick: (d) => d.commitment,
    readers: ['admin', 'otherCoordinator', 'oversight', 'member'],
    expected: { viewerCanUpdate: ['admin', 'otherCoordinator', 'member'], viewerCanEditDetails: ['admin', 'otherCoordinator'] },
    probes: { viewerCanUpdate: commitmentProgress, viewerCanEditDetails: commitmentDetails },
  },
  {
    name: "agency A's action item of 52",
    type: 'ActionItem',
    arrange: async () => ({ id: str(await buildActionItem(t.sql, { provinceCode: P, agencyId: w.agencies.A.id, openedOn: '2026-01-01', dueOn: '2026-12-31' })) }),
    read: 'query($id: ID!) { actionItem(id: $id) { viewerCanUpdate viewerCanEditDetails } }',
    pick: (d) => d.actionItem,
    readers: PROVINCE_52,
    expected: { viewerCanUpdate: ['admin', 'coordinator', 'member'], viewerCanEditDetails: ['admin', 'coordinator'] },
    probes: { viewerCanUpdate: itemStatus, viewerCanEditDetails: itemDetails },
  },
  {
    name: "agency A's action item of 51",
    type: 'ActionItem',
    arrange: async () => ({ id: str(await buildActionItem(t.sql, { provinceCode: Q, agencyId: w.agencies.A.id, openedOn: '2026-01-01', dueOn: '2026-12-31' })) }),
    read: 'query($id: ID!) { actionItem(id: $id) { viewerCanUpdate viewerCanEditDetails } }',
    pick: (d) => d.actionItem,
    readers: ['admin', 'otherCoordinator', 'oversight', 'member'],
    expected: { viewerCanUpdate: ['admin', 'otherCoordinator', 'member'], viewerCanEditDetails: ['admin', 'otherCoordinator'] },
    probes: { viewerCanUpdate: itemStatus, viewerCanEditDetails: itemDetails },
  },
  {
    name: 'case of 52 taken in by agency A',
    type: 'Case',
    arrange: async () => ({ id: str(await buildCase(t.sql, { provinceCode: P, intakeAgencyId: w.agencies.A.id, reportedOn: '2026-02-01' })), intake: A() }),
    read: 'query($id: ID!) { case(id: $id) { viewerCanRefer viewerCanRecordService viewerCanSetOutcome } }',
    pick: (d) => d.case,
    readers: ['admin', 'coordinator', 'member'],
    expected: {
      viewerCanRefer: ['admin', 'coordinator', 'member'],
      viewerCanRecordService: ['admin', 'coordinator', 'member'],
      viewerCanSetOutcome: ['admin', 'coordinator', 'member'],
    },
    probes: { viewerCanRefer: refer, viewerCanRecordService: serve, viewerCanSetOutcome: setOutcome },
  },
  {
    name: 'case of 52 taken in by C and referred to A',
    type: 'Case',
    arrange: async () => {
      const k = await buildCase(t.sql, { provinceCode: P, intakeAgencyId: w.agencies.C.id, reportedOn: '2026-02-01' });
      const r = await buildReferral(t.sql, { caseId: k.id, fromAgencyId: w.agencies.C.id, toAgencyId: w.agencies.A.id, referredOn: '2026-02-02' });
      return { id: str(k), intake: C(), referral: str(r) };
    },
    read: 'query($id: ID!) { case(id: $id) { viewerCanRefer viewerCanRecordService viewerCanSetOutcome referrals { viewerCanRespond } } }',
    pick: (d) => ({ ...d.case, viewerCanRespond: d.case.referrals[0].viewerCanRespond }),
    readers: ['admin', 'coordinator', 'member'],
    expected: {
      viewerCanRefer: ['admin', 'coordinator', 'member'],
      viewerCanRecordService: ['admin', 'coordinator', 'member'],
      viewerCanSetOutcome: ['admin', 'coordinator'],
      viewerCanRespond: ['admin', 'coordinator', 'member'],
    },
    probes: { viewerCanRefer: refer, viewerCanRecordService: serve, viewerCanSetOutcome: setOutcome, viewerCanRespond: respond },
  },
  {
    name: 'referral agency A sent, of a case of 52',
    type: 'Referral',
    arrange: async () => {
      const k = await buildCase(t.sql, { provinceCode: P, intakeAgencyId: w.agencies.A.id, reportedOn: '2026-02-01' });
      const r = await buildReferral(t.sql, { caseId: k.id, fromAgencyId: w.agencies.A.id, toAgencyId: w.agencies.C.id, referredOn: '2026-02-02' });
      return { id: str(k), intake: A(), referral: str(r) };
    },
    read: 'query($id: ID!) { case(id: $id) { referrals { viewerCanRespond } } }',
    pick: (d) => ({ viewerCanRespond: d.case.referrals[0].viewerCanRespond }),
    readers: ['admin', 'coordinator', 'member'],
    expected: { viewerCanRespond: ['admin', 'coordinator'] },
    probes: { viewerCanRespond: respond },
  },
  {
    name: 'recommendation to 52, not yet answered',
    type: 'Recommendation',
    arrange: async () => {
      const r = await buildRecommendation(t.sql, { issuerId: w.agencies.N.id, provinceCode: P, issuedOn: '2026-02-01' });
      return { id: str(r) };
    },
    read: 'query($id: ID!) { recommendation(id: $id) { viewerCanRespond } }',
    pick: (d) => d.recommendation,
    readers: PROVINCE_52,
    expected: { viewerCanRespond: ['admin', 'coordinator'] },
    probes: {
      viewerCanRespond: (c, ids) =>
        t.gql('mutation($id: ID!) { respondToRecommendation(id: $id, input: { response: ACCEPTED }) { id } }', { id: ids.id }, tok(c)),
    },
  },
];

const typeOf = (subject: Subject, field: string) => (field === 'viewerCanRespond' && subject.type === 'Case' ? 'Referral' : subject.type);

describe('viewerCan* fields', () => {
  it('covers every viewerCan* field of the schema', async () => {
    const res = await t.gql('{ __schema { types { name fields { name } } } }', {}, tok('admin'));
    const inSchema = res.data!.__schema.types.flatMap((ty: { name: string; fields: { name: string }[] | null }) =>
      (ty.fields ?? []).filter((f) => f.name.startsWith('viewerCan')).map((f) => `${ty.name}.${f.name}`),
    );
    const covered = new Set(SUBJECTS.flatMap((s) => Object.keys(s.expected).map((f) => `${typeOf(s, f)}.${f}`)));
    expect([...covered].sort()).toEqual([...inSchema].sort());
  });

  for (const subject of SUBJECTS) {
    describe(subject.name, () => {
      for (const caller of CALLERS) {
        const reads = subject.readers.includes(caller);
        it(`${caller}: ${reads ? Object.entries(subject.expected).map(([f, who]) => `${f}=${who.includes(caller)}`).join(', ') : 'cannot read it, nor do any of it'}`, async () => {
          const ids = await subject.arrange();
          const res = await t.gql(subject.read, { id: ids.id }, tok(caller));
          const fields = Object.keys(subject.expected);
          if (!reads) {
            expect(codes(res)).toEqual(['FORBIDDEN']);
            for (const f of fields) expect(allowed(await subject.probes[f](caller, ids)), f).toBe(false);
            return;
          }
          expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
          const announced = subject.pick(res.data!);
          const expected = Object.fromEntries(fields.map((f) => [f, subject.expected[f].includes(caller)]));
          expect(Object.fromEntries(fields.map((f) => [f, announced[f]]))).toEqual(expected);
          const behaved: Record<string, boolean> = {};
          for (const f of fields) behaved[f] = allowed(await subject.probes[f](caller, ids));
          expect(behaved).toEqual(expected);
        });
      }
    });
  }
});
