import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAgency, signIn, type SignedIn } from './support/factories';
import { codes, startTestHub, type TestHub } from './support/harness';
import { CASE_CODE_PATTERN } from '../src/modules/case/case.code';

/**
 * One coordinator's day, end to end through the API: a network meeting, the agreement
 * signed there, a commitment, follow-up actions, and a case moving between agencies.
 */
let t: TestHub;
let coord: SignedIn;
let member: SignedIn;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestHub();
  coord = await signIn(t, 'COORDINATOR', { provinceCode: '52' });
  const police = await buildAgency(t.sql, { name: 'Unit PPA Polda NTB', sector: 'POLICE', provinceCode: '52' });
  member = await signIn(t, 'MEMBER', { agencyId: police.id });
  ids.police = String(police.id);
  ids.uptd = String((await buildAgency(t.sql, { name: 'UPTD PPA NTB', sector: 'PROTECTION_SERVICE', provinceCode: '52' })).id);
  ids.court = String((await buildAgency(t.sql, { name: 'Pengadilan Agama Mataram', sector: 'JUDICIARY', provinceCode: '52', regencyCode: '52.71' })).id);
  ids.kpai = String((await buildAgency(t.sql, { name: 'KPAI', sector: 'OVERSIGHT', provinceCode: null })).id);
});
afterAll(() => t?.stop());

describe('a coordinator records a network meeting and its outcomes', () => {
  it('creates a network with members', async () => {
    const res = await t.gql(
      `mutation($in: CreateNetworkInput!) { createNetwork(input: $in) { id name province { code } issueAreas members { role agency { name } } } }`,
      { in: { name: 'Jejaring KPI NTB', provinceCode: '52', issueAreas: ['CHILD_MARRIAGE'], members: [{ agencyId: ids.uptd, role: 'LEAD' }, { agencyId: ids.police }] } },
      coord.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.createNetwork.members).toEqual([
      { role: 'LEAD', agency: { name: 'UPTD PPA NTB' } },
      { role: 'MEMBER', agency: { name: 'Unit PPA Polda NTB' } },
    ]);
    ids.network = res.data!.createNetwork.id;
  });

  it('records the meeting, province defaulting to the network', async () => {
    const res = await t.gql(
      `mutation($in: RecordMeetingInput!) { recordMeeting(input: $in) { id province { code } network { id } attendees { name } summary } }`,
      { in: { title: 'Pertemuan jejaring perkawinan anak', heldOn: '2026-10-01', networkId: ids.network, attendeeIds: [ids.uptd, ids.police, ids.court], summary: 'Sepakat menyusun MoU.' } },
      coord.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordMeeting.province.code).toBe('52');
    expect(res.data!.recordMeeting.attendees).toHaveLength(3);
    ids.meeting = res.data!.recordMeeting.id;
  });

  it('records the agreement signed there, with a national body as party', async () => {
    const res = await t.gql(
      `mutation($in: CreateAgreementInput!) { createAgreement(input: $in) { id status parties { name } meeting { id } network { id } } }`,
      {
        in: {
          title: 'Kesepakatan bersama pencegahan perkawinan anak', kind: 'JOINT_COMMITMENT', issueAreas: ['CHILD_MARRIAGE'],
          provinceCode: '52', networkId: ids.network, meetingId: ids.meeting, partyIds: [ids.uptd, ids.court, ids.kpai],
          signedOn: '2026-10-01', expiresOn: '2028-09-30',
        },
      },
      coord.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.createAgreement).toMatchObject({ status: 'ACTIVE', meeting: { id: ids.meeting } });
    expect(res.data!.createAgreement.parties.map((p: { name: string }) => p.name)).toEqual(['KPAI', 'Pengadilan Agama Mataram', 'UPTD PPA NTB']);
    ids.agreement = res.data!.createAgreement.id;
  });

  it('adds a commitment for a party and refuses one for a non-party', async () => {
    const ok = await t.gql(
      `mutation($in: CreateCommitmentInput!) { createCommitment(input: $in) { id status isOverdue agency { name } agreement { id } } }`,
      { in: { agreementId: ids.agreement, agencyId: ids.court, description: 'Pertimbangkan hak anak dalam dispensasi kawin', dueOn: '2027-03-31', targetValue: 40, indicator: 'hakim terlatih' } },
      coord.token,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.createCommitment).toMatchObject({ status: 'PLANNED', isOverdue: false, agency: { name: 'Pengadilan Agama Mataram' } });
    ids.commitment = ok.data!.createCommitment.id;
    const bad = await t.gql(
      `mutation($in: CreateCommitmentInput!) { createCommitment(input: $in) { id } }`,
      { in: { agreementId: ids.agreement, agencyId: ids.police, description: 'x' } },
      coord.token,
    );
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0].extensions.fields).toEqual(['agencyId']);
  });

  it('creates a follow-up action for the police, which its member completes', async () => {
    const created = await t.gql(
      `mutation($in: CreateActionItemInput!) { createActionItem(input: $in) { id version status province { code } meeting { id } priority } }`,
      { in: { title: 'Sosialisasi ke sekolah', agencyId: ids.police, meetingId: ids.meeting, openedOn: '2026-10-02', dueOn: '2026-10-31' } },
      coord.token,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createActionItem).toMatchObject({ version: 1, status: 'OPEN', province: { code: '52' }, priority: 'MEDIUM' });
    const id = created.data!.createActionItem.id;
    const done = await t.gql(
      `mutation($id: ID!, $in: UpdateActionItemInput!) { updateActionItem(id: $id, input: $in) { version status completedOn updates { note fromStatus toStatus author { id } } } }`,
      { id, in: { version: 1, status: 'DONE', completedOn: '2026-10-30', note: 'Selesai di 4 sekolah' } },
      member.token,
    );
    expect(done.errors).toBeUndefined();
    expect(done.data!.updateActionItem).toMatchObject({
      version: 2,
      status: 'DONE',
      completedOn: '2026-10-30',
      updates: [{ note: 'Selesai di 4 sekolah', fromStatus: 'OPEN', toStatus: 'DONE', author: { id: String(member.user.id) } }],
    });
    const meeting = await t.gql(`query($id: ID!) { meeting(id: $id) { actionItems { id status } agreements { id } } }`, { id: ids.meeting }, coord.token);
    expect(meeting.data!.meeting).toEqual({ actionItems: [{ id, status: 'DONE' }], agreements: [{ id: ids.agreement }] });
  });
});

describe('a case moves between agencies', () => {
  it('is recorded with a generated pseudonymous code, referred, served and closed', async () => {
    const rec = await t.gql(
      `mutation($in: RecordCaseInput!) { recordCase(input: $in) { id code outcome province { code } regency { code } intakeAgency { id } firstServiceOn } }`,
      { in: { provinceCode: '52', regencyCode: '52.71', issueArea: 'CHILD_MARRIAGE', victimAgeGroup: 'CHILD_13_17', victimSex: 'FEMALE', reportedOn: '2026-10-05', intakeAgencyId: ids.police } },
      member.token,
    );
    expect(rec.errors).toBeUndefined();
    expect(rec.data!.recordCase.code).toMatch(CASE_CODE_PATTERN);
    expect(rec.data!.recordCase.code.startsWith('NB-2026-')).toBe(true);
    expect(rec.data!.recordCase).toMatchObject({ outcome: 'OPEN', firstServiceOn: null, intakeAgency: { id: ids.police } });
    const caseId = rec.data!.recordCase.id;

    const ref = await t.gql(
      `mutation($in: ReferCaseInput!) { referCase(input: $in) { id status toAgency { id } } }`,
      { in: { caseId, fromAgencyId: ids.police, toAgencyId: ids.uptd, referredOn: '2026-10-06' } },
      member.token,
    );
    expect(ref.data!.referCase).toMatchObject({ status: 'PENDING', toAgency: { id: ids.uptd } });
    const resp = await t.gql(
      `mutation($in: RespondToReferralInput!) { respondToReferral(input: $in) { status respondedOn } }`,
      { in: { referralId: ref.data!.referCase.id, status: 'ACCEPTED', respondedOn: '2026-10-07' } },
      coord.token,
    );
    expect(resp.data!.respondToReferral).toEqual({ status: 'ACCEPTED', respondedOn: '2026-10-07' });
    const svc = await t.gql(
      `mutation($in: RecordServiceInput!) { recordService(input: $in) { type providedOn agency { id } } }`,
      { in: { caseId, agencyId: ids.uptd, type: 'PSYCHOSOCIAL', providedOn: '2026-10-08' } },
      coord.token,
    );
    expect(svc.errors).toBeUndefined();
    const out = await t.gql(
      `mutation($in: SetCaseOutcomeInput!) { setCaseOutcome(input: $in) { outcome closedOn firstServiceOn referrals { status } services { type } } }`,
      { in: { caseId, outcome: 'RESOLVED', closedOn: '2026-11-01' } },
      member.token,
    );
    expect(out.errors).toBeUndefined();
    expect(out.data!.setCaseOutcome).toEqual({
      outcome: 'RESOLVED',
      closedOn: '2026-11-01',
      firstServiceOn: '2026-10-08',
      referrals: [{ status: 'ACCEPTED' }],
      services: [{ type: 'PSYCHOSOCIAL' }],
    });
  });
});

describe('the audit trail', () => {
  it('has recorded each successful mutation, newest first', async () => {
    const admin = await signIn(t, 'ADMIN');
    const res = await t.gql(`{ auditEvents(first: 100) { totalCount nodes { action entityType actor { id } } } }`, {}, admin.token);
    const actions = res.data!.auditEvents.nodes.map((e: { action: string }) => e.action);
    expect(actions.slice(0, 1)).toEqual(['login']);
    for (const a of ['createNetwork', 'recordMeeting', 'createAgreement', 'createCommitment', 'createActionItem', 'updateActionItem', 'recordCase', 'referCase', 'respondToReferral', 'recordService', 'setCaseOutcome']) {
      expect(actions).toContain(a);
    }
    // The refused createCommitment left no trace.
    expect(actions.filter((a: string) => a === 'createCommitment')).toHaveLength(1);
  });
});
