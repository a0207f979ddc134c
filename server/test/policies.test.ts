import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../src/common/context';
import { AgencyLevel, Role } from '../src/common/enums';
import { canActionItem } from '../src/modules/action-item/action-item.policy';
import { canAgency } from '../src/modules/agency/agency.policy';
import { canAgreement } from '../src/modules/agreement/agreement.policy';
import { canAudit } from '../src/modules/audit/audit.policy';
import { permissionsOf } from '../src/modules/auth/viewer-permissions';
import { canCase, ownWork } from '../src/modules/case/case.policy';
import { canCommitment } from '../src/modules/commitment/commitment.policy';
import { canImport, importableDatasets } from '../src/modules/import/import.policy';
import { canMeeting } from '../src/modules/meeting/meeting.policy';
import { canNetwork } from '../src/modules/network/network.policy';
import { canNotification } from '../src/modules/notification/notification.policy';
import { canRecommendation } from '../src/modules/recommendation/recommendation.policy';
import { canUser } from '../src/modules/user/user.policy';

/**
 * Every policy called directly, without a hub or a database: one row per action and record,
 * one column per caller, the expected answer in each cell. The callers are those of the
 * access-matrix tests (records belong to province P and agency A), plus a member of a
 * national agency and an OVERSIGHT account that names no body.
 */
const P = '52';
const Q = '51';
/** Agencies: A (the member's), B (the other member's), C in P; D in Q; N a national oversight body; K a national agency. */
const A = 1;
const B = 2;
const C = 3;
const D = 4;
const N = 5;
const K = 7;

const viewer = (id: number, role: Role, v: Partial<Viewer> = {}): Viewer => ({
  id,
  email: `u${id}@example.id`,
  displayName: `User ${id}`,
  role,
  provinceCode: null,
  agencyId: null,
  agencyProvinceCode: null,
  sessionId: `s${id}`,
  ...v,
});

const VIEWERS = {
  anonymous: null,
  admin: viewer(1, Role.ADMIN),
  coordinator: viewer(2, Role.COORDINATOR, { provinceCode: P }),
  otherCoordinator: viewer(3, Role.COORDINATOR, { provinceCode: Q }),
  oversight: viewer(4, Role.OVERSIGHT, { agencyId: N }),
  oversightNoBody: viewer(5, Role.OVERSIGHT),
  member: viewer(6, Role.MEMBER, { agencyId: A, agencyProvinceCode: P }),
  otherMember: viewer(7, Role.MEMBER, { agencyId: B, agencyProvinceCode: P }),
  nationalMember: viewer(8, Role.MEMBER, { agencyId: K }),
};
type Caller = keyof typeof VIEWERS;
const CALLERS = Object.keys(VIEWERS) as Caller[];

type Row = [label: string, ask: (v: Viewer | null) => boolean, expected: boolean[]];
const T = true;
const F = false;

/** One `it` per row: the policy's answer for every caller equals the row's. */
function table(rows: Row[]) {
  it.each(rows)('%s', (_label, ask, expected) => {
    expect(expected).toHaveLength(CALLERS.length);
    const actual = Object.fromEntries(CALLERS.map((c) => [c, ask(VIEWERS[c])]));
    expect(actual).toEqual(Object.fromEntries(CALLERS.map((c, i) => [c, expected[i]])));
  });
}

// Columns: anonymous, admin, coordinator, otherCoordinator, oversight, oversightNoBody, member, otherMember, nationalMember

describe('agency policy', () => {
  table([
    ['create agencies at all', (v) => canAgency(v, 'createAny'), [F, T, T, T, F, F, F, F, F]],
    ['create a provincial agency of P', (v) => canAgency(v, 'create', { level: AgencyLevel.PROVINCE, provinceCode: P }), [F, T, T, F, F, F, F, F, F]],
    ['create a national agency', (v) => canAgency(v, 'create', { level: AgencyLevel.NATIONAL, provinceCode: null }), [F, T, F, F, F, F, F, F, F]],
    ['create a national agency naming P', (v) => canAgency(v, 'create', { level: AgencyLevel.NATIONAL, provinceCode: P }), [F, T, F, F, F, F, F, F, F]],
    ['update an agency of P', (v) => canAgency(v, 'update', { provinceCode: P }), [F, T, T, F, F, F, F, F, F]],
    ['update a national agency', (v) => canAgency(v, 'update', { provinceCode: null }), [F, T, F, F, F, F, F, F, F]],
  ]);
});

describe('network policy', () => {
  table([
    ['create networks at all', (v) => canNetwork(v, 'createAny'), [F, T, T, T, F, F, F, F, F]],
    ['create or change a network of P', (v) => canNetwork(v, 'update', { provinceCode: P }), [F, T, T, F, F, F, F, F, F]],
    ['create or change a national network', (v) => canNetwork(v, 'update', { provinceCode: null }), [F, T, F, F, F, F, F, F, F]],
  ]);
});

describe('meeting policy', () => {
  table([
    ['record meetings at all', (v) => canMeeting(v, 'createAny'), [F, T, T, T, F, F, F, F, F]],
    ['record a meeting of P and its follow-ups', (v) => canMeeting(v, 'update', { provinceCode: P }), [F, T, T, F, F, F, F, F, F]],
    ['record a national meeting', (v) => canMeeting(v, 'update', { provinceCode: null }), [F, T, F, F, F, F, F, F, F]],
    ['read a meeting of P that A did not attend', (v) => canMeeting(v, 'read', { provinceCode: P, attendeeIds: [C] }), [F, T, T, F, T, T, T, T, F]],
    ['read a meeting of Q that A attended', (v) => canMeeting(v, 'read', { provinceCode: Q, attendeeIds: [A, D] }), [F, T, F, T, T, T, T, F, F]],
    ['read a national meeting K attended', (v) => canMeeting(v, 'read', { provinceCode: null, attendeeIds: [K] }), [F, T, F, F, T, T, F, F, T]],
  ]);
});

describe('agreement policy', () => {
  table([
    ['create agreements at all', (v) => canAgreement(v, 'createAny'), [F, T, T, T, F, F, F, F, F]],
    ['create, edit, add commitments to an agreement of P', (v) => canAgreement(v, 'update', { provinceCode: P }), [F, T, T, F, F, F, F, F, F]],
    ['the same for a national agreement', (v) => canAgreement(v, 'update', { provinceCode: null }), [F, T, F, F, F, F, F, F, F]],
    ['read an agreement of P between B and C', (v) => canAgreement(v, 'read', { provinceCode: P, partyIds: [B, C] }), [F, T, T, F, T, T, T, T, F]],
    ['read an agreement of Q A is party to', (v) => canAgreement(v, 'read', { provinceCode: Q, partyIds: [A, D] }), [F, T, F, T, T, T, T, F, F]],
    ['read a national agreement between N and K', (v) => canAgreement(v, 'read', { provinceCode: null, partyIds: [N, K] }), [F, T, F, F, T, T, F, F, T]],
  ]);
});

describe('commitment policy', () => {
  table([
    ["update progress of A's commitment in P", (v) => canCommitment(v, 'update', { provinceCode: P, agencyId: A }), [F, T, T, F, F, F, T, F, F]],
    ["update progress of A's commitment in Q", (v) => canCommitment(v, 'update', { provinceCode: Q, agencyId: A }), [F, T, F, T, F, F, T, F, F]],
    ["update progress of K's national commitment", (v) => canCommitment(v, 'update', { provinceCode: null, agencyId: K }), [F, T, F, F, F, F, F, F, T]],
    ["edit details of A's commitment in P", (v) => canCommitment(v, 'editDetails', { provinceCode: P }), [F, T, T, F, F, F, F, F, F]],
  ]);
});

describe('action item policy', () => {
  table([
    ['create action items at all', (v) => canActionItem(v, 'createAny'), [F, T, T, T, F, F, T, T, T]],
    ['create one for A in P', (v) => canActionItem(v, 'create', { provinceCode: P, agencyId: A }), [F, T, T, F, F, F, T, F, F]],
    ['create one for A in Q', (v) => canActionItem(v, 'create', { provinceCode: Q, agencyId: A }), [F, T, F, T, F, F, F, F, F]],
    ['create one for national K in P', (v) => canActionItem(v, 'create', { provinceCode: P, agencyId: K }), [F, T, T, F, F, F, F, F, T]],
    ['create one for B in P (agency id as given, a string)', (v) => canActionItem(v, 'create', { provinceCode: P, agencyId: String(B) }), [F, T, T, F, F, F, F, T, F]],
    ["read B's item in P", (v) => canActionItem(v, 'read', { provinceCode: P, agencyId: B }), [F, T, T, F, T, T, T, T, F]],
    ["read A's item in Q", (v) => canActionItem(v, 'read', { provinceCode: Q, agencyId: A }), [F, T, F, T, T, T, T, F, F]],
    ["read D's item in Q", (v) => canActionItem(v, 'read', { provinceCode: Q, agencyId: D }), [F, T, F, T, T, T, F, F, F]],
    ["update status of A's item in P", (v) => canActionItem(v, 'update', { provinceCode: P, agencyId: A }), [F, T, T, F, F, F, T, F, F]],
    ["update status of A's item in Q", (v) => canActionItem(v, 'update', { provinceCode: Q, agencyId: A }), [F, T, F, T, F, F, T, F, F]],
    ["edit details of A's item in P", (v) => canActionItem(v, 'editDetails', { provinceCode: P }), [F, T, T, F, F, F, F, F, F]],
  ]);
});

describe('case policy', () => {
  table([
    ['read case records at all', (v) => canCase(v, 'readAny'), [F, T, T, T, F, F, T, T, T]],
    ['read a case of P involving A', (v) => canCase(v, 'read', { provinceCode: P, agencyIds: [A, C] }), [F, T, T, F, F, F, T, F, F]],
    ['read a case of Q involving A', (v) => canCase(v, 'read', { provinceCode: Q, agencyIds: [D, A] }), [F, T, F, T, F, F, T, F, F]],
    ['read a case of P involving only C', (v) => canCase(v, 'read', { provinceCode: P, agencyIds: [C] }), [F, T, T, F, F, F, F, F, F]],
    ['record cases at all', (v) => canCase(v, 'recordAny'), [F, T, T, T, F, F, T, T, T]],
    ['record a case of P taken in by A', (v) => canCase(v, 'record', { provinceCode: P, intakeAgencyId: String(A) }), [F, T, T, F, F, F, T, F, F]],
    ['record a case of Q taken in by A', (v) => canCase(v, 'record', { provinceCode: Q, intakeAgencyId: String(A) }), [F, T, F, T, F, F, F, F, F]],
    ['record a case of Q taken in by national K', (v) => canCase(v, 'record', { provinceCode: Q, intakeAgencyId: String(K) }), [F, T, F, T, F, F, F, F, T]],
    ['refer a case of P (from their own agency)', (v) => canCase(v, 'refer', ownWork(v, { provinceCode: P })), [F, T, T, F, F, F, T, T, T]],
    ['refer a case of P from A', (v) => canCase(v, 'refer', { provinceCode: P, agencyId: String(A) }), [F, T, T, F, F, F, T, F, F]],
    ['refer a case of P from C', (v) => canCase(v, 'refer', { provinceCode: P, agencyId: String(C) }), [F, T, T, F, F, F, F, F, F]],
    ['record a service on a case of P (for their own agency)', (v) => canCase(v, 'recordService', ownWork(v, { provinceCode: P })), [F, T, T, F, F, F, T, T, T]],
    ['record a service by B on a case of Q', (v) => canCase(v, 'recordService', { provinceCode: Q, agencyId: String(B) }), [F, T, F, T, F, F, F, T, F]],
    ['set the outcome of a case of P taken in by A', (v) => canCase(v, 'setOutcome', { provinceCode: P, intakeAgencyId: A }), [F, T, T, F, F, F, T, F, F]],
    ['set the outcome of a case of Q taken in by A', (v) => canCase(v, 'setOutcome', { provinceCode: Q, intakeAgencyId: A }), [F, T, F, T, F, F, T, F, F]],
    ['respond to a referral to B of a case of P', (v) => canCase(v, 'respond', { provinceCode: P, toAgencyId: B }), [F, T, T, F, F, F, F, T, F]],
    ['see the exact case figures of P', (v) => canCase(v, 'readExactFigures', { provinceCode: P }), [F, T, T, F, F, F, F, F, F]],
    ['see the exact national case figures', (v) => canCase(v, 'readExactFigures', { provinceCode: null }), [F, T, F, F, F, F, F, F, F]],
  ]);
});

describe('recommendation policy', () => {
  table([
    ['issue recommendations at all', (v) => canRecommendation(v, 'issueAny'), [F, T, F, F, T, F, F, F, F]],
    ['issue for body N', (v) => canRecommendation(v, 'issue', { issuerId: N }), [F, T, F, F, T, F, F, F, F]],
    ['issue for another body', (v) => canRecommendation(v, 'issue', { issuerId: 6 }), [F, T, F, F, F, F, F, F, F]],
    ['answer a recommendation to P', (v) => canRecommendation(v, 'respond', { provinceCode: P }), [F, T, T, F, F, F, F, F, F]],
    ['answer a national recommendation', (v) => canRecommendation(v, 'respond', { provinceCode: null }), [F, T, F, F, F, F, F, F, F]],
    ['read a recommendation to P', (v) => canRecommendation(v, 'read', { provinceCode: P, addresseeIds: [] }), [F, T, T, F, T, T, T, T, F]],
    ['read a recommendation to Q naming A', (v) => canRecommendation(v, 'read', { provinceCode: Q, addresseeIds: [A] }), [F, T, F, T, T, T, T, F, F]],
    ['read a national recommendation naming K', (v) => canRecommendation(v, 'read', { provinceCode: null, addresseeIds: [K] }), [F, T, T, T, T, T, F, F, T]],
  ]);
});

describe('notification, user, audit and import policies', () => {
  const memberId = VIEWERS.member.id;
  table([
    ["read the member's notification settings", (v) => canNotification(v, 'readSettings', { userId: memberId }), [F, T, F, F, F, F, T, F, F]],
    ['read the e-mail outbox', (v) => canNotification(v, 'readOutbox'), [F, T, F, F, F, F, F, F, F]],
    ['run the follow-up sweep', (v) => canNotification(v, 'runSweep'), [F, T, F, F, F, F, F, F, F]],
    ['manage accounts', (v) => canUser(v, 'manage'), [F, T, F, F, F, F, F, F, F]],
    ["read the member's e-mail address", (v) => canUser(v, 'readEmail', { id: memberId }), [F, T, F, F, F, F, T, F, F]],
    ['read the e-mail address of the account signing in', (v) => canUser(v, 'readEmail', { id: 99, signingIn: true }), [T, T, T, T, T, T, T, T, T]],
    ['read the audit trail at all', (v) => canAudit(v, 'readAny'), [F, T, T, T, T, T, F, F, F]],
    ['read the audit of an agreement of P', (v) => canAudit(v, 'read', { entityType: 'Agreement', provinceCode: P }), [F, T, T, F, T, T, F, F, F]],
    ['read the audit of a referral of P', (v) => canAudit(v, 'read', { entityType: 'Referral', provinceCode: P }), [F, T, T, F, F, F, F, F, F]],
    ['read the audit of a national event', (v) => canAudit(v, 'read', { entityType: 'User', provinceCode: null }), [F, T, F, F, T, T, F, F, F]],
    ['import agencies', (v) => canImport(v, 'import', { dataset: 'agencies' }), [F, T, T, T, F, F, F, F, F]],
    ['import action items', (v) => canImport(v, 'import', { dataset: 'action-items' }), [F, T, T, T, F, F, T, T, T]],
    ['import an unknown dataset', (v) => canImport(v, 'import', { dataset: 'users' }), [F, F, F, F, F, F, F, F, F]],
  ]);
});

describe('viewerPermissions', () => {
  const signedIn = CALLERS.filter((c) => c !== 'anonymous').map((c) => [c, VIEWERS[c]!] as const);

  it.each(signedIn)('%s: each permission is the general ability of its policy', (_c, v) => {
    const p = permissionsOf(v);
    expect(p).toEqual({
      canCreateAgency: canAgency(v, 'createAny'),
      canCreateNationalAgency: canAgency(v, 'create', { level: AgencyLevel.NATIONAL, provinceCode: null }),
      canCreateNetwork: canNetwork(v, 'createAny'),
      canRecordMeeting: canMeeting(v, 'createAny'),
      canCreateAgreement: canAgreement(v, 'createAny'),
      canCreateActionItem: canActionItem(v, 'createAny'),
      canRecordCase: canCase(v, 'recordAny'),
      canReadCases: canCase(v, 'readAny'),
      canReadAuditTrail: canAudit(v, 'readAny'),
      canManageUsers: canUser(v, 'manage'),
      canIssueRecommendation: canRecommendation(v, 'issueAny'),
      canReadEmailOutbox: canNotification(v, 'readOutbox'),
      canRunFollowUpSweep: canNotification(v, 'runSweep'),
      importDatasets: importableDatasets(v),
      readScope: p.readScope,
      caseReadScope: p.caseReadScope,
      readScopeProvince: p.readScopeProvince,
      managedProvince: p.managedProvince,
    });
  });

  it('tells each caller the shape of their read scopes and the province they manage', () => {
    const shape = (c: Caller) => {
      const p = permissionsOf(VIEWERS[c]!);
      return [p.readScope, p.caseReadScope, p.readScopeProvince, p.managedProvince];
    };
    expect(Object.fromEntries(CALLERS.filter((c) => c !== 'anonymous').map((c) => [c, shape(c)]))).toEqual({
      admin: ['ALL', 'ALL', null, null],
      coordinator: ['PROVINCE', 'PROVINCE', P, P],
      otherCoordinator: ['PROVINCE', 'PROVINCE', Q, Q],
      oversight: ['ALL', 'NONE', null, null],
      oversightNoBody: ['ALL', 'NONE', null, null],
      member: ['PROVINCE_AND_AGENCY', 'AGENCY', P, null],
      otherMember: ['PROVINCE_AND_AGENCY', 'AGENCY', P, null],
      nationalMember: ['AGENCY', 'AGENCY', null, null],
    });
  });

  // The shape announced is the shape of the rule: what the scope reaches, `read` allows.
  it.each(signedIn)("%s: the read scope's shape is what the read rules allow", (_c, v) => {
    const p = permissionsOf(v);
    const elsewhere = p.readScopeProvince === Q ? P : Q;
    const reads = (province: string, agencyIds: number[]) =>
      canActionItem(v, 'read', { provinceCode: province, agencyId: agencyIds[0] }) &&
      canAgreement(v, 'read', { provinceCode: province, partyIds: agencyIds }) &&
      canMeeting(v, 'read', { provinceCode: province, attendeeIds: agencyIds });
    expect(reads(elsewhere, [D])).toBe(p.readScope === 'ALL');
    expect(reads(elsewhere, [v.agencyId ?? D])).toBe(['ALL', 'AGENCY', 'PROVINCE_AND_AGENCY'].includes(p.readScope));
    if (p.readScopeProvince) expect(reads(p.readScopeProvince, [D])).toBe(true);
    const readsCase = (province: string, agencyIds: number[]) => canCase(v, 'read', { provinceCode: province, agencyIds });
    expect(readsCase(elsewhere, [D])).toBe(p.caseReadScope === 'ALL');
    expect(readsCase(elsewhere, [v.agencyId ?? D])).toBe(['ALL', 'AGENCY'].includes(p.caseReadScope));
  });

  it('lists the datasets each caller may import', () => {
    expect(Object.fromEntries(CALLERS.map((c) => [c, importableDatasets(VIEWERS[c])]))).toEqual({
      anonymous: [],
      admin: ['agencies', 'action-items'],
      coordinator: ['agencies', 'action-items'],
      otherCoordinator: ['agencies', 'action-items'],
      oversight: [],
      oversightNoBody: [],
      member: ['action-items'],
      otherMember: ['action-items'],
      nationalMember: ['action-items'],
    });
  });

  // A general ability announces that some record allows the action: the viewer's own province
  // or agency is where it does. It never announces what no record allows.
  it.each(signedIn)('%s: a general ability holds exactly when a record in the viewer\'s reach allows it', (_c, v) => {
    const home = v.provinceCode ?? v.agencyProvinceCode ?? Q;
    const own = v.agencyId ?? C;
    expect(canAgency(v, 'createAny')).toBe(canAgency(v, 'create', { level: AgencyLevel.PROVINCE, provinceCode: home }));
    expect(canNetwork(v, 'createAny')).toBe(canNetwork(v, 'update', { provinceCode: home }));
    expect(canMeeting(v, 'createAny')).toBe(canMeeting(v, 'update', { provinceCode: home }));
    expect(canAgreement(v, 'createAny')).toBe(canAgreement(v, 'update', { provinceCode: home }));
    expect(canActionItem(v, 'createAny')).toBe(canActionItem(v, 'create', { provinceCode: home, agencyId: own }));
    expect(canCase(v, 'recordAny')).toBe(canCase(v, 'record', { provinceCode: home, intakeAgencyId: own }));
    expect(canRecommendation(v, 'issueAny')).toBe(canRecommendation(v, 'issue', { issuerId: v.agencyId }));
  });
});
