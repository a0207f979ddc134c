import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAgency, signIn, snapshotCounts, type SignedIn } from './support/factories';
import { codes, startTestHub, type TestHub } from './support/harness';

/** An unknown province code is a typo (BAD_USER_INPUT), not "another province" (FORBIDDEN), whoever sends it. */
let t: TestHub;
let coord: SignedIn;
let member: SignedIn;
beforeAll(async () => {
  t = await startTestHub();
  coord = await signIn(t, 'COORDINATOR', { provinceCode: '52' });
  member = await signIn(t, 'MEMBER', { agencyId: (await buildAgency(t.sql, { provinceCode: '52' })).id });
});
afterAll(() => t?.stop());

describe('unknown province codes', () => {
  it('are bad input for a coordinator and a member alike, and change nothing', async () => {
    const before = await snapshotCounts(t.sql);
    const cases: [string, Record<string, unknown>, string][] = [
      ['mutation($in: CreateAgencyInput!) { createAgency(input: $in) { id } }', { name: 'X', sector: 'OTHER', level: 'PROVINCE', provinceCode: '99' }, coord.token],
      ['mutation($in: CreateNetworkInput!) { createNetwork(input: $in) { id } }', { name: 'X', provinceCode: '99' }, coord.token],
      ['mutation($in: RecordMeetingInput!) { recordMeeting(input: $in) { id } }', { title: 'X', heldOn: '2026-01-01', provinceCode: '99', attendeeIds: [] }, coord.token],
      ['mutation($in: CreateAgreementInput!) { createAgreement(input: $in) { id } }', { title: 'X', kind: 'MOU', issueAreas: [], provinceCode: '99', partyIds: [] }, coord.token],
      ['mutation($in: RecordCaseInput!) { recordCase(input: $in) { id } }', { provinceCode: '99', issueArea: 'OTHER', victimAgeGroup: 'ADULT_25_59', victimSex: 'FEMALE', reportedOn: '2026-01-01', intakeAgencyId: String(member.agencyId) }, member.token],
      ['mutation($in: CreateActionItemInput!) { createActionItem(input: $in) { id } }', { title: 'X', provinceCode: '99', agencyId: String(member.agencyId), dueOn: '2027-01-01' }, member.token],
    ];
    for (const [q, input, token] of cases) {
      const res = await t.gql(q, { in: input }, token);
      expect(codes(res), q).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].extensions.fields).toContain('provinceCode');
    }
    expect(await snapshotCounts(t.sql)).toEqual(before);
  });
});
