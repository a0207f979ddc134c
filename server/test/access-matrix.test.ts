import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildAgreement,
  buildActionItem,
  buildCase,
  buildCommitment,
  buildMeeting,
  buildNetwork,
  buildRecommendation,
  buildReferral,
  buildUser,
  login,
  TEST_PASSWORD,
} from './support/factories';
import { codes, startTestHub, type TestHub } from './support/harness';
import {
  auditSince,
  buildAccessWorld,
  expectRefusedUnchanged,
  freshToken,
  P,
  Q,
  ROLES,
  snapshot,
  tokenOf,
  unique,
  type AccessWorld,
  type Caller,
  type Target,
} from './support/access-world';

/**
 * Every mutation of the schema, for every kind of caller: allowed, or refused with
 * UNAUTHENTICATED/FORBIDDEN. A refusal must leave counts, the target row and the audit
 * trail untouched; a success writes exactly one audit event naming the mutation and its
 * record. Each case arranges its own target records, so cases never share mutable state.
 */
let t: TestHub;
let w: AccessWorld;

beforeAll(async () => {
  t = await startTestHub();
  w = await buildAccessWorld(t);
});
afterAll(() => t?.stop());

interface Arranged {
  variables: Record<string, unknown>;
  /** The row the mutation would change; compared before and after a refusal. */
  target?: Target;
  /** The audit event's entityId when it is known before the call. */
  entityId?: number;
  /** The user a successful call acts as, when not the caller (login). */
  actorId?: number;
}

interface Row {
  mutation: string;
  variant: string;
  document: string;
  /** Callers that succeed; every other caller is refused. */
  allowed: Caller[];
  arrange(caller: Caller): Promise<Arranged>;
  entityType: string;
  /** The audit event's province (defaults to province 52). */
  province?: (caller: Caller) => string | null;
  /** A table that gains exactly one row on success. */
  grows?: string;
  /** The target row must differ after a success. */
  changesTarget?: boolean;
  /** Run with a second session of the caller's user, because the mutation ends it. */
  ownSession?: boolean;
  verify?: (res: Record<string, any>, token: string | null) => Promise<void>;
}

const MANAGERS: Caller[] = ['admin', 'coordinator'];
const WORKERS: Caller[] = ['admin', 'coordinator', 'member'];
const SIGNED_IN: Caller[] = ROLES.filter((r) => r !== 'anonymous');
const national = () => null;

const ids = () => ({ A: w.agencies.A.id, B: w.agencies.B.id, C: w.agencies.C.id, D: w.agencies.D.id, N: w.agencies.N.id });
const userOf = (caller: Caller) => (caller === 'anonymous' ? null : w.users[caller]);
const provinceOfUser = (caller: Caller) =>
  caller === 'coordinator' ? P : caller === 'otherCoordinator' ? Q : null;

const agreement52 = () => buildAgreement(t.sql, { provinceCode: P, partyIds: [ids().A, ids().C] });
const case52 = (intake = ids().A) => buildCase(t.sql, { provinceCode: P, intakeAgencyId: intake, reportedOn: '2026-02-01' });
const item52 = (agencyId = ids().A, provinceCode = P) =>
  buildActionItem(t.sql, { provinceCode, agencyId, openedOn: '2026-01-01', dueOn: '2026-12-31' });

/** A fresh unread notification of the caller (of the member for anonymous callers), about a new item. */
async function notificationFor(caller: Caller): Promise<number> {
  const user = userOf(caller === 'anonymous' ? 'member' : caller)!.user;
  const item = await item52();
  const row = await t.sql.one<{ id: number }>(
    `insert into notification (kind, record_id, recipient_id, key, as_of, action_item_id)
     values ('ACTION_ASSIGNED', $1::int, $2, $1::int::text, '2026-05-10', $1::int) returning id::int`,
    [item.id, user.id],
  );
  return row.id;
}

const ROWS: Row[] = [
  {
    mutation: 'login',
    variant: 'own credentials (anonymous: a member signing in)',
    document: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id } } }',
    allowed: [...ROLES],
    entityType: 'User',
    province: provinceOfUser,
    async arrange(caller) {
      const user = userOf(caller === 'anonymous' ? 'member' : caller)!.user;
      return { variables: { e: user.email, p: TEST_PASSWORD }, entityId: user.id, actorId: user.id };
    },
    async verify(res) {
      const me = await t.gql('{ me { id } }', {}, res.login.token);
      expect(me.data!.me).toEqual({ id: res.login.user.id });
    },
  },
  {
    mutation: 'logout',
    variant: 'own session',
    document: 'mutation { logout }',
    allowed: SIGNED_IN,
    entityType: 'User',
    province: provinceOfUser,
    ownSession: true,
    async arrange(caller) {
      return { variables: {}, entityId: userOf(caller)?.user.id };
    },
    async verify(res, token) {
      expect(res.logout).toBe(true);
      expect((await t.gql('{ me { id } }', {}, token)).data).toEqual({ me: null });
    },
  },
  {
    mutation: 'createUser',
    variant: 'an oversight account',
    document: 'mutation($in: CreateUserInput!) { createUser(input: $in) { id } }',
    allowed: ['admin'],
    entityType: 'User',
    province: national,
    grows: 'hub_user',
    async arrange() {
      return {
        variables: { in: { email: `new-${unique()}@example.org`, displayName: 'New', password: 'a-long-enough-password', role: 'OVERSIGHT' } },
      };
    },
  },
  {
    mutation: 'updateUser',
    variant: "a member's display name",
    document: 'mutation($id: ID!, $in: UpdateUserInput!) { updateUser(id: $id, input: $in) { id } }',
    allowed: ['admin'],
    entityType: 'User',
    province: national,
    changesTarget: true,
    async arrange() {
      const u = await buildUser(t.sql, { role: 'MEMBER', agencyId: ids().A });
      return { variables: { id: u.id, in: { displayName: `Renamed ${unique()}` } }, target: { table: 'hub_user', id: u.id }, entityId: u.id };
    },
  },
  {
    mutation: 'createAgency',
    variant: 'provincial agency of 52',
    document: 'mutation($in: CreateAgencyInput!) { createAgency(input: $in) { id } }',
    allowed: MANAGERS,
    entityType: 'Agency',
    grows: 'agency',
    async arrange() {
      return { variables: { in: { name: `Agency ${unique()}`, level: 'PROVINCE', provinceCode: P, sector: 'HEALTH' } } };
    },
  },
  {
    mutation: 'createAgency',
    variant: 'national agency',
    document: 'mutation($in: CreateAgencyInput!) { createAgency(input: $in) { id } }',
    allowed: ['admin'],
    entityType: 'Agency',
    province: national,
    grows: 'agency',
    async arrange() {
      return { variables: { in: { name: `National ${unique()}`, level: 'NATIONAL', sector: 'OVERSIGHT' } } };
    },
  },
  {
    mutation: 'updateAgency',
    variant: "the member's own agency (52)",
    document: 'mutation($id: ID!, $in: UpdateAgencyInput!) { updateAgency(id: $id, input: $in) { id } }',
    allowed: MANAGERS,
    entityType: 'Agency',
    changesTarget: true,
    async arrange() {
      return { variables: { id: ids().A, in: { acronym: `A${unique()}` } }, target: { table: 'agency', id: ids().A }, entityId: ids().A };
    },
  },
  {
    mutation: 'updateAgency',
    variant: 'a national agency',
    document: 'mutation($id: ID!, $in: UpdateAgencyInput!) { updateAgency(id: $id, input: $in) { id } }',
    allowed: ['admin'],
    entityType: 'Agency',
    province: national,
    changesTarget: true,
    async arrange() {
      return { variables: { id: ids().N, in: { acronym: `N${unique()}` } }, target: { table: 'agency', id: ids().N }, entityId: ids().N };
    },
  },
  {
    mutation: 'createNetwork',
    variant: 'network of 52',
    document: 'mutation($in: CreateNetworkInput!) { createNetwork(input: $in) { id } }',
    allowed: MANAGERS,
    entityType: 'Network',
    grows: 'network',
    async arrange() {
      return { variables: { in: { name: `Jejaring ${unique()}`, provinceCode: P, members: [{ agencyId: ids().A, role: 'LEAD' }, { agencyId: ids().B }] } } };
    },
  },
  {
    mutation: 'createNetwork',
    variant: 'national network',
    document: 'mutation($in: CreateNetworkInput!) { createNetwork(input: $in) { id } }',
    allowed: ['admin'],
    entityType: 'Network',
    province: national,
    grows: 'network',
    async arrange() {
      return { variables: { in: { name: `Jaringan nasional ${unique()}`, members: [{ agencyId: ids().N }] } } };
    },
  },
  {
    mutation: 'addNetworkMember',
    variant: 'network of 52',
    document: 'mutation($id: ID!, $m: NetworkMemberInput!) { addNetworkMember(networkId: $id, member: $m) { id } }',
    allowed: MANAGERS,
    entityType: 'Network',
    grows: 'network_membership',
    async arrange() {
      const n = await buildNetwork(t.sql, { provinceCode: P, memberIds: [ids().C] });
      return { variables: { id: n.id, m: { agencyId: ids().A } }, target: { table: 'network', id: n.id }, entityId: n.id };
    },
  },
  {
    mutation: 'addNetworkMember',
    variant: 'national network',
    document: 'mutation($id: ID!, $m: NetworkMemberInput!) { addNetworkMember(networkId: $id, member: $m) { id } }',
    allowed: ['admin'],
    entityType: 'Network',
    province: national,
    grows: 'network_membership',
    async arrange() {
      const n = await buildNetwork(t.sql, { provinceCode: null, memberIds: [ids().N] });
      return { variables: { id: n.id, m: { agencyId: ids().A } }, target: { table: 'network', id: n.id }, entityId: n.id };
    },
  },
  {
    mutation: 'updateNetwork',
    variant: 'network of 52',
    document: 'mutation($id: ID!, $in: UpdateNetworkInput!) { updateNetwork(id: $id, input: $in) { id } }',
    allowed: MANAGERS,
    entityType: 'Network',
    changesTarget: true,
    async arrange() {
      const n = await buildNetwork(t.sql, { provinceCode: P });
      return { variables: { id: n.id, in: { name: `Forum ${unique()}` } }, target: { table: 'network', id: n.id }, entityId: n.id };
    },
  },
  {
    mutation: 'updateNetwork',
    variant: 'national network',
    document: 'mutation($id: ID!, $in: UpdateNetworkInput!) { updateNetwork(id: $id, input: $in) { id } }',
    allowed: ['admin'],
    entityType: 'Network',
    province: national,
    changesTarget: true,
    async arrange() {
      const n = await buildNetwork(t.sql, { provinceCode: null });
      return { variables: { id: n.id, in: { description: `Jaringan ${unique()}` } }, target: { table: 'network', id: n.id }, entityId: n.id };
    },
  },
  {
    mutation: 'removeNetworkMember',
    variant: 'network of 52',
    document: 'mutation($id: ID!, $a: ID!) { removeNetworkMember(networkId: $id, agencyId: $a) { id } }',
    allowed: MANAGERS,
    entityType: 'Network',
    async arrange() {
      const n = await buildNetwork(t.sql, { provinceCode: P, memberIds: [ids().A, ids().C] });
      return { variables: { id: n.id, a: ids().A }, target: { table: 'network', id: n.id }, entityId: n.id };
    },
  },
  {
    mutation: 'removeNetworkMember',
    variant: 'national network',
    document: 'mutation($id: ID!, $a: ID!) { removeNetworkMember(networkId: $id, agencyId: $a) { id } }',
    allowed: ['admin'],
    entityType: 'Network',
    province: national,
    async arrange() {
      const n = await buildNetwork(t.sql, { provinceCode: null, memberIds: [ids().N, ids().A] });
      return { variables: { id: n.id, a: ids().A }, target: { table: 'network', id: n.id }, entityId: n.id };
    },
  },
  {
    mutation: 'recordMeeting',
    variant: 'meeting of 52',
    document: 'mutation($in: RecordMeetingInput!) { recordMeeting(input: $in) { id } }',
    allowed: MANAGERS,
    entityType: 'Meeting',
    grows: 'meeting',
    async arrange() {
      return { variables: { in: { title: `Rakor ${unique()}`, heldOn: '2026-03-01', provinceCode: P, attendeeIds: [ids().A, ids().C] } } };
    },
  },
  {
    mutation: 'recordMeeting',
    variant: 'national meeting',
    document: 'mutation($in: RecordMeetingInput!) { recordMeeting(input: $in) { id } }',
    allowed: ['admin'],
    entityType: 'Meeting',
    province: national,
    grows: 'meeting',
    async arrange() {
      return { variables: { in: { title: `Rakornas ${unique()}`, heldOn: '2026-03-01', attendeeIds: [ids().N, ids().A] } } };
    },
  },
  {
    mutation: 'createAgreement',
    variant: 'agreement of 52 with the member agency as party',
    document: 'mutation($in: CreateAgreementInput!) { createAgreement(input: $in) { id } }',
    allowed: MANAGERS,
    entityType: 'Agreement',
    grows: 'agreement',
    async arrange() {
      return { variables: { in: { title: `MoU ${unique()}`, kind: 'MOU', issueAreas: ['CHILD_MARRIAGE'], provinceCode: P, partyIds: [ids().A, ids().C] } } };
    },
  },
  {
    mutation: 'createAgreement',
    variant: 'national agreement',
    document: 'mutation($in: CreateAgreementInput!) { createAgreement(input: $in) { id } }',
    allowed: ['admin'],
    entityType: 'Agreement',
    province: national,
    grows: 'agreement',
    async arrange() {
      return { variables: { in: { title: `MoU nasional ${unique()}`, kind: 'MOU', issueAreas: ['TRAFFICKING'], partyIds: [ids().N, ids().A] } } };
    },
  },
  {
    mutation: 'createAgreement',
    variant: "agreement of 52 signed at a meeting of 52",
    document: 'mutation($in: CreateAgreementInput!) { createAgreement(input: $in) { id } }',
    allowed: MANAGERS,
    entityType: 'Agreement',
    grows: 'agreement',
    async arrange() {
      const m = await buildMeeting(t.sql, { provinceCode: P, attendeeIds: [ids().A, ids().C] });
      return { variables: { in: { title: `MoU ${unique()}`, kind: 'MOU', issueAreas: ['OTHER'], provinceCode: P, meetingId: m.id, partyIds: [ids().A, ids().C] } } };
    },
  },
  {
    mutation: 'createAgreement',
    variant: 'agreement of 52 recorded as signed at a national meeting',
    document: 'mutation($in: CreateAgreementInput!) { createAgreement(input: $in) { id } }',
    allowed: ['admin'],
    entityType: 'Agreement',
    grows: 'agreement',
    async arrange() {
      const m = await buildMeeting(t.sql, { provinceCode: null, attendeeIds: [ids().N, ids().A] });
      return { variables: { in: { title: `MoU ${unique()}`, kind: 'MOU', issueAreas: ['OTHER'], provinceCode: P, meetingId: m.id, partyIds: [ids().A, ids().C] } } };
    },
  },
  {
    mutation: 'updateAgreement',
    variant: 'agreement of 52, the member agency a party',
    document: 'mutation($id: ID!, $in: UpdateAgreementInput!) { updateAgreement(id: $id, input: $in) { id } }',
    allowed: MANAGERS,
    entityType: 'Agreement',
    changesTarget: true,
    async arrange() {
      const a = await agreement52();
      return { variables: { id: a.id, in: { title: `Renamed ${unique()}` } }, target: { table: 'agreement', id: a.id }, entityId: a.id };
    },
  },
  {
    mutation: 'updateAgreement',
    variant: 'national agreement, the member agency a party',
    document: 'mutation($id: ID!, $in: UpdateAgreementInput!) { updateAgreement(id: $id, input: $in) { id } }',
    allowed: ['admin'],
    entityType: 'Agreement',
    province: national,
    changesTarget: true,
    async arrange() {
      const a = await buildAgreement(t.sql, { provinceCode: null, partyIds: [ids().N, ids().A] });
      return { variables: { id: a.id, in: { title: `Renamed ${unique()}` } }, target: { table: 'agreement', id: a.id }, entityId: a.id };
    },
  },
  {
    mutation: 'createCommitment',
    variant: 'for the member agency under an agreement of 52',
    document: 'mutation($in: CreateCommitmentInput!) { createCommitment(input: $in) { id } }',
    allowed: MANAGERS,
    entityType: 'Commitment',
    grows: 'commitment',
    async arrange() {
      const a = await agreement52();
      return { variables: { in: { agreementId: a.id, agencyId: ids().A, description: 'Latih 40 penyidik' } }, target: { table: 'agreement', id: a.id } };
    },
  },
  {
    mutation: 'createCommitment',
    variant: 'under a national agreement',
    document: 'mutation($in: CreateCommitmentInput!) { createCommitment(input: $in) { id } }',
    allowed: ['admin'],
    entityType: 'Commitment',
    province: national,
    grows: 'commitment',
    async arrange() {
      const a = await buildAgreement(t.sql, { provinceCode: null, partyIds: [ids().N, ids().A] });
      return { variables: { in: { agreementId: a.id, agencyId: ids().A, description: 'Latih 40 penyidik' } }, target: { table: 'agreement', id: a.id } };
    },
  },
  {
    mutation: 'updateCommitment',
    variant: "progress of the member agency's commitment",
    document: 'mutation($id: ID!, $in: UpdateCommitmentInput!) { updateCommitment(id: $id, input: $in) { id } }',
    allowed: WORKERS,
    entityType: 'Commitment',
    changesTarget: true,
    async arrange() {
      const c = await buildCommitment(t.sql, { agreementId: (await agreement52()).id, agencyId: ids().A, targetValue: 40 });
      return { variables: { id: c.id, in: { status: 'IN_PROGRESS', achievedValue: 12 } }, target: { table: 'commitment', id: c.id }, entityId: c.id };
    },
  },
  {
    mutation: 'updateCommitment',
    variant: "details (target value) of the member agency's commitment",
    document: 'mutation($id: ID!, $in: UpdateCommitmentInput!) { updateCommitment(id: $id, input: $in) { id } }',
    allowed: MANAGERS,
    entityType: 'Commitment',
    changesTarget: true,
    async arrange() {
      const c = await buildCommitment(t.sql, { agreementId: (await agreement52()).id, agencyId: ids().A, targetValue: 40 });
      return { variables: { id: c.id, in: { targetValue: 60 } }, target: { table: 'commitment', id: c.id }, entityId: c.id };
    },
  },
  {
    mutation: 'updateCommitment',
    variant: "progress of another agency's commitment (member's agency a party too)",
    document: 'mutation($id: ID!, $in: UpdateCommitmentInput!) { updateCommitment(id: $id, input: $in) { id } }',
    allowed: MANAGERS,
    entityType: 'Commitment',
    changesTarget: true,
    async arrange() {
      const c = await buildCommitment(t.sql, { agreementId: (await agreement52()).id, agencyId: ids().C });
      return { variables: { id: c.id, in: { status: 'FULFILLED' } }, target: { table: 'commitment', id: c.id }, entityId: c.id };
    },
  },
  {
    mutation: 'createActionItem',
    variant: 'for the member agency (52)',
    document: 'mutation($in: CreateActionItemInput!) { createActionItem(input: $in) { id } }',
    allowed: WORKERS,
    entityType: 'ActionItem',
    grows: 'action_item',
    async arrange() {
      return { variables: { in: { title: `Sosialisasi ${unique()}`, agencyId: ids().A, openedOn: '2026-01-05', dueOn: '2026-12-31' } } };
    },
  },
  {
    mutation: 'createActionItem',
    variant: 'for another agency of 52',
    document: 'mutation($in: CreateActionItemInput!) { createActionItem(input: $in) { id } }',
    allowed: MANAGERS,
    entityType: 'ActionItem',
    grows: 'action_item',
    async arrange() {
      return { variables: { in: { title: `Sosialisasi ${unique()}`, agencyId: ids().C, openedOn: '2026-01-05', dueOn: '2026-12-31' } } };
    },
  },
  {
    mutation: 'createActionItem',
    variant: 'for the member agency, as a follow-up of a meeting of 52 it attended',
    document: 'mutation($in: CreateActionItemInput!) { createActionItem(input: $in) { id } }',
    allowed: MANAGERS,
    entityType: 'ActionItem',
    grows: 'action_item',
    async arrange() {
      const m = await buildMeeting(t.sql, { provinceCode: P, attendeeIds: [ids().A, ids().B] });
      return { variables: { in: { title: `Tindak lanjut ${unique()}`, agencyId: ids().A, meetingId: m.id, openedOn: '2026-01-05', dueOn: '2026-12-31' } } };
    },
  },
  {
    mutation: 'createActionItem',
    variant: 'for the member agency (52), as a follow-up of a meeting of 51',
    document: 'mutation($in: CreateActionItemInput!) { createActionItem(input: $in) { id } }',
    allowed: ['admin'],
    entityType: 'ActionItem',
    grows: 'action_item',
    async arrange() {
      const m = await buildMeeting(t.sql, { provinceCode: Q, attendeeIds: [ids().D, ids().A] });
      return { variables: { in: { title: `Tindak lanjut ${unique()}`, agencyId: ids().A, meetingId: m.id, openedOn: '2026-01-05', dueOn: '2026-12-31' } } };
    },
  },
  {
    mutation: 'createActionItem',
    variant: "for the member agency, delivering the member agency's commitment",
    document: 'mutation($in: CreateActionItemInput!) { createActionItem(input: $in) { id } }',
    allowed: WORKERS,
    entityType: 'ActionItem',
    grows: 'action_item',
    async arrange() {
      const c = await buildCommitment(t.sql, { agreementId: (await agreement52()).id, agencyId: ids().A });
      return { variables: { in: { title: `Pelatihan ${unique()}`, agencyId: ids().A, commitmentId: c.id, openedOn: '2026-01-05', dueOn: '2026-12-31' } } };
    },
  },
  {
    mutation: 'createActionItem',
    variant: "for the member agency, attached to another agency's commitment",
    document: 'mutation($in: CreateActionItemInput!) { createActionItem(input: $in) { id } }',
    allowed: MANAGERS,
    entityType: 'ActionItem',
    grows: 'action_item',
    async arrange() {
      const c = await buildCommitment(t.sql, { agreementId: (await agreement52()).id, agencyId: ids().C });
      return { variables: { in: { title: `Pelatihan ${unique()}`, agencyId: ids().A, commitmentId: c.id, openedOn: '2026-01-05', dueOn: '2026-12-31' } } };
    },
  },
  {
    mutation: 'updateActionItem',
    variant: "status and note of the member agency's item",
    document: 'mutation($id: ID!, $in: UpdateActionItemInput!) { updateActionItem(id: $id, input: $in) { id } }',
    allowed: WORKERS,
    entityType: 'ActionItem',
    changesTarget: true,
    async arrange() {
      const a = await item52();
      return { variables: { id: a.id, in: { version: 1, status: 'IN_PROGRESS', note: 'Mulai' } }, target: { table: 'action_item', id: a.id }, entityId: a.id };
    },
  },
  {
    mutation: 'updateActionItem',
    variant: "details (priority) of the member agency's item",
    document: 'mutation($id: ID!, $in: UpdateActionItemInput!) { updateActionItem(id: $id, input: $in) { id } }',
    allowed: MANAGERS,
    entityType: 'ActionItem',
    changesTarget: true,
    async arrange() {
      const a = await item52();
      return { variables: { id: a.id, in: { version: 1, priority: 'URGENT' } }, target: { table: 'action_item', id: a.id }, entityId: a.id };
    },
  },
  {
    mutation: 'updateActionItem',
    variant: "status of another agency's item of 52",
    document: 'mutation($id: ID!, $in: UpdateActionItemInput!) { updateActionItem(id: $id, input: $in) { id } }',
    allowed: MANAGERS,
    entityType: 'ActionItem',
    changesTarget: true,
    async arrange() {
      const a = await item52(ids().C);
      return { variables: { id: a.id, in: { version: 1, status: 'DONE', completedOn: '2026-02-01' } }, target: { table: 'action_item', id: a.id }, entityId: a.id };
    },
  },
  {
    mutation: 'updateActionItem',
    variant: "status of the member agency's item in province 51",
    document: 'mutation($id: ID!, $in: UpdateActionItemInput!) { updateActionItem(id: $id, input: $in) { id } }',
    allowed: ['admin', 'otherCoordinator', 'member'],
    entityType: 'ActionItem',
    province: () => Q,
    changesTarget: true,
    async arrange() {
      const a = await item52(ids().A, Q);
      return { variables: { id: a.id, in: { version: 1, status: 'BLOCKED' } }, target: { table: 'action_item', id: a.id }, entityId: a.id };
    },
  },
  {
    mutation: 'addActionNote',
    variant: "the member agency's item",
    document: 'mutation($id: ID!, $note: String!) { addActionNote(id: $id, note: $note) { id } }',
    allowed: WORKERS,
    entityType: 'ActionItem',
    grows: 'action_update',
    async arrange() {
      const a = await item52();
      return { variables: { id: a.id, note: 'Menunggu anggaran' }, target: { table: 'action_item', id: a.id }, entityId: a.id };
    },
  },
  {
    mutation: 'recordCase',
    variant: 'case of 52 taken in by the member agency',
    document: 'mutation($in: RecordCaseInput!) { recordCase(input: $in) { id } }',
    allowed: WORKERS,
    entityType: 'Case',
    grows: 'case_record',
    async arrange() {
      return {
        variables: {
          in: { provinceCode: P, intakeAgencyId: ids().A, issueArea: 'SEXUAL_VIOLENCE', victimAgeGroup: 'CHILD_13_17', victimSex: 'FEMALE', reportedOn: '2026-02-01' },
        },
      };
    },
  },
  {
    mutation: 'recordCase',
    variant: 'case of 52 taken in by another agency',
    document: 'mutation($in: RecordCaseInput!) { recordCase(input: $in) { id } }',
    allowed: MANAGERS,
    entityType: 'Case',
    grows: 'case_record',
    async arrange() {
      return {
        variables: {
          in: { provinceCode: P, intakeAgencyId: ids().C, issueArea: 'DOMESTIC_VIOLENCE', victimAgeGroup: 'ADULT_25_59', victimSex: 'FEMALE', reportedOn: '2026-02-01' },
        },
      };
    },
  },
  {
    mutation: 'referCase',
    variant: 'from the member agency (intake) to another',
    document: 'mutation($in: ReferCaseInput!) { referCase(input: $in) { id } }',
    allowed: WORKERS,
    entityType: 'Referral',
    grows: 'referral',
    async arrange() {
      const c = await case52();
      return { variables: { in: { caseId: c.id, fromAgencyId: ids().A, toAgencyId: ids().C, referredOn: '2026-02-05' } }, target: { table: 'case_record', id: c.id } };
    },
  },
  {
    mutation: 'referCase',
    variant: 'onward from the member agency, which was referred the case',
    document: 'mutation($in: ReferCaseInput!) { referCase(input: $in) { id } }',
    allowed: WORKERS,
    entityType: 'Referral',
    grows: 'referral',
    async arrange() {
      const c = await case52(ids().C);
      await buildReferral(t.sql, { caseId: c.id, fromAgencyId: ids().C, toAgencyId: ids().A, status: 'ACCEPTED', referredOn: '2026-02-02', respondedOn: '2026-02-03' });
      return { variables: { in: { caseId: c.id, fromAgencyId: ids().A, toAgencyId: ids().D, referredOn: '2026-02-05' } }, target: { table: 'case_record', id: c.id } };
    },
  },
  {
    mutation: 'referCase',
    variant: 'in the name of the intake agency, by a member of the agency it was referred to',
    document: 'mutation($in: ReferCaseInput!) { referCase(input: $in) { id } }',
    allowed: MANAGERS,
    entityType: 'Referral',
    grows: 'referral',
    async arrange() {
      const c = await case52(ids().C);
      await buildReferral(t.sql, { caseId: c.id, fromAgencyId: ids().C, toAgencyId: ids().A, status: 'ACCEPTED', referredOn: '2026-02-02', respondedOn: '2026-02-03' });
      return { variables: { in: { caseId: c.id, fromAgencyId: ids().C, toAgencyId: ids().D, referredOn: '2026-02-05' } }, target: { table: 'case_record', id: c.id } };
    },
  },
  {
    mutation: 'respondToReferral',
    variant: 'a referral addressed to the member agency',
    document: 'mutation($in: RespondToReferralInput!) { respondToReferral(input: $in) { id } }',
    allowed: WORKERS,
    entityType: 'Referral',
    changesTarget: true,
    async arrange() {
      const c = await case52(ids().C);
      const r = await buildReferral(t.sql, { caseId: c.id, fromAgencyId: ids().C, toAgencyId: ids().A, referredOn: '2026-02-02' });
      return { variables: { in: { referralId: r.id, status: 'ACCEPTED', respondedOn: '2026-02-06' } }, target: { table: 'referral', id: r.id }, entityId: r.id };
    },
  },
  {
    mutation: 'respondToReferral',
    variant: 'a referral the member agency sent',
    document: 'mutation($in: RespondToReferralInput!) { respondToReferral(input: $in) { id } }',
    allowed: MANAGERS,
    entityType: 'Referral',
    changesTarget: true,
    async arrange() {
      const c = await case52();
      const r = await buildReferral(t.sql, { caseId: c.id, fromAgencyId: ids().A, toAgencyId: ids().C, referredOn: '2026-02-02' });
      return { variables: { in: { referralId: r.id, status: 'DECLINED', respondedOn: '2026-02-06' } }, target: { table: 'referral', id: r.id }, entityId: r.id };
    },
  },
  {
    mutation: 'recordService',
    variant: "the member agency's service on its case",
    document: 'mutation($in: RecordServiceInput!) { recordService(input: $in) { id } }',
    allowed: WORKERS,
    entityType: 'ServiceRecord',
    grows: 'service_record',
    async arrange() {
      const c = await case52();
      return { variables: { in: { caseId: c.id, agencyId: ids().A, type: 'MEDICAL', providedOn: '2026-02-07' } }, target: { table: 'case_record', id: c.id } };
    },
  },
  {
    mutation: 'recordService',
    variant: "another agency's service on the member agency's case",
    document: 'mutation($in: RecordServiceInput!) { recordService(input: $in) { id } }',
    allowed: MANAGERS,
    entityType: 'ServiceRecord',
    grows: 'service_record',
    async arrange() {
      const c = await case52();
      return { variables: { in: { caseId: c.id, agencyId: ids().C, type: 'SHELTER', providedOn: '2026-02-07' } }, target: { table: 'case_record', id: c.id } };
    },
  },
  {
    mutation: 'setCaseOutcome',
    variant: 'a case the member agency took in',
    document: 'mutation($in: SetCaseOutcomeInput!) { setCaseOutcome(input: $in) { id } }',
    allowed: WORKERS,
    entityType: 'Case',
    changesTarget: true,
    async arrange() {
      const c = await case52();
      return { variables: { in: { caseId: c.id, outcome: 'RESOLVED', closedOn: '2026-03-01' } }, target: { table: 'case_record', id: c.id }, entityId: c.id };
    },
  },
  {
    mutation: 'setCaseOutcome',
    variant: 'a case the member agency was only referred',
    document: 'mutation($in: SetCaseOutcomeInput!) { setCaseOutcome(input: $in) { id } }',
    allowed: MANAGERS,
    entityType: 'Case',
    changesTarget: true,
    async arrange() {
      const c = await case52(ids().C);
      await buildReferral(t.sql, { caseId: c.id, fromAgencyId: ids().C, toAgencyId: ids().A, referredOn: '2026-02-02' });
      return { variables: { in: { caseId: c.id, outcome: 'IN_SERVICE' } }, target: { table: 'case_record', id: c.id }, entityId: c.id };
    },
  },
  {
    mutation: 'markNotificationsRead',
    variant: "the caller's own notification (anonymous: a member's)",
    document: 'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
    allowed: SIGNED_IN,
    entityType: 'User',
    province: provinceOfUser,
    changesTarget: true,
    async arrange(caller) {
      const id = await notificationFor(caller);
      return { variables: { ids: [String(id)] }, target: { table: 'notification', id }, entityId: userOf(caller)?.user.id };
    },
  },
  {
    mutation: 'markAllNotificationsRead',
    variant: "the caller's own",
    document: 'mutation { markAllNotificationsRead }',
    allowed: SIGNED_IN,
    entityType: 'User',
    province: provinceOfUser,
    async arrange(caller) {
      const id = await notificationFor(caller);
      return { variables: {}, target: { table: 'notification', id }, entityId: userOf(caller)?.user.id };
    },
    async verify(res) {
      expect(res.markAllNotificationsRead).toBeGreaterThanOrEqual(1);
    },
  },
  {
    mutation: 'updateNotificationSettings',
    variant: "the caller's own",
    document: 'mutation($in: NotificationSettingsInput!) { updateNotificationSettings(input: $in) { id notificationSettings { email } } }',
    allowed: SIGNED_IN,
    entityType: 'User',
    province: provinceOfUser,
    async arrange(caller) {
      return { variables: { in: { email: 'WEEKLY', language: 'EN' } }, entityId: userOf(caller)?.user.id };
    },
    async verify(res) {
      expect(res.updateNotificationSettings.notificationSettings).toEqual({ email: 'WEEKLY' });
    },
  },
  {
    mutation: 'runFollowUpSweep',
    variant: 'a chosen day',
    document: 'mutation($asOf: Date) { runFollowUpSweep(asOf: $asOf) { asOf notificationsCreated } }',
    allowed: ['admin'],
    entityType: 'FollowUpSweep',
    province: national,
    grows: 'followup_sweep',
    async arrange() {
      return { variables: { asOf: '2026-05-10' }, entityId: '2026-05-10' as unknown as number };
    },
  },
  {
    mutation: 'issueRecommendation',
    variant: 'for the oversight body N (the oversight account names N) to province 52',
    document: 'mutation($in: IssueRecommendationInput!) { issueRecommendation(input: $in) { id } }',
    allowed: ['admin', 'oversight'],
    entityType: 'Recommendation',
    grows: 'recommendation',
    async arrange() {
      return {
        variables: {
          in: { title: `Rekomendasi ${unique()}`, text: 'Bangun kebijakan koordinasi lintas sektor.', issuerId: ids().N, issuedOn: '2026-02-01', provinceCode: P, issueAreas: ['TRAFFICKING'], addresseeIds: [ids().C] },
        },
      };
    },
  },
  {
    mutation: 'respondToRecommendation',
    variant: 'a recommendation to province 52',
    document: 'mutation($id: ID!, $in: RespondToRecommendationInput!) { respondToRecommendation(id: $id, input: $in) { id } }',
    allowed: MANAGERS,
    entityType: 'Recommendation',
    changesTarget: true,
    async arrange() {
      const r = await buildRecommendation(t.sql, { issuerId: ids().N, provinceCode: P, issuedOn: '2026-02-01' });
      return { variables: { id: r.id, in: { response: 'ACCEPTED', respondedOn: '2026-02-10' } }, target: { table: 'recommendation', id: r.id }, entityId: r.id };
    },
  },
  {
    mutation: 'respondToRecommendation',
    variant: 'a national recommendation (no province)',
    document: 'mutation($id: ID!, $in: RespondToRecommendationInput!) { respondToRecommendation(id: $id, input: $in) { id } }',
    allowed: ['admin'],
    entityType: 'Recommendation',
    province: national,
    changesTarget: true,
    async arrange() {
      const r = await buildRecommendation(t.sql, { issuerId: ids().N, provinceCode: null, issuedOn: '2026-02-01' });
      return { variables: { id: r.id, in: { response: 'NOTED', note: 'Sudah diatur di tingkat nasional.' } }, target: { table: 'recommendation', id: r.id }, entityId: r.id };
    },
  },
];

describe('every mutation of the schema is in the matrix', () => {
  it('lists each Mutation field at least once', async () => {
    const res = await t.gql('{ __type(name: "Mutation") { fields { name } } }', {}, w.users.admin.token);
    const fields = res.data!.__type.fields.map((f: { name: string }) => f.name).sort();
    expect([...new Set(ROWS.map((r) => r.mutation))].sort()).toEqual(fields);
  });
});

for (const row of ROWS) {
  describe(`${row.mutation}: ${row.variant}`, () => {
    for (const caller of ROLES) {
      const allowed = row.allowed.includes(caller);
      const outcome = allowed ? 'allowed' : caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
      it(`${caller}: ${outcome}`, async () => {
        const arranged = await row.arrange(caller);
        const token = row.ownSession && caller !== 'anonymous' ? await freshToken(t, w, caller) : tokenOf(w, caller);
        const before = await snapshot(t, arranged.target);
        const res = await t.gql(row.document, arranged.variables, token);
        if (!allowed) {
          await expectRefusedUnchanged(t, res, outcome, before, arranged.target);
          return;
        }
        expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
        const data = res.data![row.mutation];
        const events = await auditSince(t, before);
        expect(events).toEqual([
          {
            action: row.mutation,
            entityType: row.entityType,
            entityId: String(arranged.entityId ?? data.id),
            actorId: arranged.actorId ?? userOf(caller)!.user.id,
            provinceCode: (row.province ?? (() => P))(caller),
          },
        ]);
        const after = await snapshot(t, arranged.target);
        if (row.grows) expect(after.counts[row.grows]).toBe(before.counts[row.grows] + 1);
        if (row.changesTarget) expect(after.target).not.toBe(before.target);
        await row.verify?.(res.data!, token);
      });
    }
  });
}

describe('refusals name what is missing, not what exists', () => {
  it('answers NOT_FOUND for ids that do not exist, after the role check', async () => {
    const coord = w.users.coordinator.token;
    const before = await snapshot(t);
    const missing = [
      await t.gql('mutation { updateAgency(id: "999999", input: { acronym: "X" }) { id } }', {}, coord),
      await t.gql('mutation { updateAgreement(id: "999999", input: { title: "X" }) { id } }', {}, coord),
      await t.gql('mutation { updateCommitment(id: "999999", input: { status: FULFILLED }) { id } }', {}, coord),
      await t.gql('mutation { updateActionItem(id: "999999", input: { version: 1, status: DONE }) { id } }', {}, coord),
      await t.gql('mutation { setCaseOutcome(input: { caseId: "999999", outcome: RESOLVED }) { id } }', {}, coord),
    ];
    expect(missing.map(codes)).toEqual([['NOT_FOUND'], ['NOT_FOUND'], ['NOT_FOUND'], ['NOT_FOUND'], ['NOT_FOUND']]);
    // The role check comes first: OVERSIGHT hears FORBIDDEN whether or not the id exists.
    const oversight = await t.gql('mutation { updateAgency(id: "999999", input: { acronym: "X" }) { id } }', {}, w.users.oversight.token);
    expect(codes(oversight)).toEqual(['FORBIDDEN']);
    expect((await snapshot(t)).counts).toEqual(before.counts);
  });
});

describe('changes to an account take effect at once', () => {
  it('a coordinator moved to another province loses the old one on the next request', async () => {
    const coord = await buildUser(t.sql, { role: 'COORDINATOR', provinceCode: P });
    const token = await login(t, coord.email);
    const agreement = await agreement52();
    const read = `query($id: ID!) { agreement(id: $id) { id viewerCanUpdate } }`;
    // A first request caches the session.
    expect((await t.gql(read, { id: agreement.id }, token)).data!.agreement).toEqual({ id: String(agreement.id), viewerCanUpdate: true });
    const moved = await t.gql(
      'mutation($id: ID!) { updateUser(id: $id, input: { provinceCode: "51" }) { id } }',
      { id: coord.id },
      w.users.admin.token,
    );
    expect(moved.errors).toBeUndefined();
    expect(codes(await t.gql(read, { id: agreement.id }, token))).toEqual(['FORBIDDEN']);
    const before = await snapshot(t, { table: 'agreement', id: agreement.id });
    const res = await t.gql('mutation($id: ID!) { updateAgreement(id: $id, input: { title: "Stale" }) { id } }', { id: agreement.id }, token);
    await expectRefusedUnchanged(t, res, 'FORBIDDEN', before, { table: 'agreement', id: agreement.id });
  });

  it("a member moved to another agency loses the old agency's items on the next request", async () => {
    const member = await buildUser(t.sql, { role: 'MEMBER', agencyId: w.agencies.A.id });
    const token = await login(t, member.email);
    const item = await item52(w.agencies.A.id, Q);
    const read = `query($id: ID!) { actionItem(id: $id) { id viewerCanUpdate } }`;
    expect((await t.gql(read, { id: item.id }, token)).data!.actionItem).toEqual({ id: String(item.id), viewerCanUpdate: true });
    const moved = await t.gql(
      'mutation($id: ID!, $a: ID!) { updateUser(id: $id, input: { agencyId: $a }) { id } }',
      { id: member.id, a: w.agencies.B.id },
      w.users.admin.token,
    );
    expect(moved.errors).toBeUndefined();
    expect(codes(await t.gql(read, { id: item.id }, token))).toEqual(['FORBIDDEN']);
  });
});

