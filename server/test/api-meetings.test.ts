import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActionItem, buildAgency, buildAgreement, buildMeeting, buildNetwork, signIn, type SignedIn } from './support/factories';
import { codes, startTestHub, type TestHub } from './support/harness';
import { expectRefused, idsOf, ok, signInCast, type Cast } from './support/api-helpers';

let t: TestHub;
let u: Cast;
let uptd: number;
let police: number;
let kpai: number;
let inactive: number;
let network: number;
let networkKB: number;

beforeAll(async () => {
  t = await startTestHub();
  u = await signInCast(t);
  uptd = (await buildAgency(t.sql, { name: 'UPTD PPA NTB', provinceCode: '52' })).id;
  police = (await buildAgency(t.sql, { name: 'Polda NTB', sector: 'POLICE', provinceCode: '52' })).id;
  kpai = (await buildAgency(t.sql, { name: 'KPAI', sector: 'OVERSIGHT', provinceCode: null })).id;
  inactive = (await buildAgency(t.sql, { name: 'Closed', provinceCode: '52', active: false })).id;
  network = (await buildNetwork(t.sql, { provinceCode: '52' })).id;
  networkKB = (await buildNetwork(t.sql, { provinceCode: '61' })).id;
});
afterAll(() => t?.stop());

const RECORD = `mutation($in: RecordMeetingInput!) {
  recordMeeting(input: $in) { id title heldOn summary province { code } network { id } attendees { id name } actionItems { id } agreements { id } }
}`;
const record = (input: Record<string, unknown>, token: string | null = u.coord.token) => t.gql(RECORD, { in: input }, token);
const base = () => ({ title: 'Rapat koordinasi', heldOn: '2026-01-20', provinceCode: '52', attendeeIds: [uptd, police] });

describe('recordMeeting', () => {
  it('records a meeting of a network, province defaulting to the network, attendees by name, national bodies included', async () => {
    const data = await ok(t, RECORD, {
      in: { title: '  Pertemuan jejaring  ', heldOn: '2026-01-20', networkId: network, attendeeIds: [police, uptd, kpai], summary: ' Sepakat menyusun MoU. ' },
    }, u.coord.token);
    expect(data.recordMeeting).toMatchObject({
      title: 'Pertemuan jejaring', heldOn: '2026-01-20', summary: 'Sepakat menyusun MoU.', province: { code: '52' }, network: { id: String(network) },
      attendees: [{ name: 'KPAI' }, { name: 'Polda NTB' }, { name: 'UPTD PPA NTB' }], actionItems: [], agreements: [],
    });
    const attendees = await t.sql.all('select agency_id from meeting_attendee where meeting_id = $1', [Number(data.recordMeeting.id)]);
    expect(attendees).toHaveLength(3);
    expect(await t.sql.all(`select 1 from audit_event where action = 'recordMeeting' and entity_id = $1`, [data.recordMeeting.id])).toHaveLength(1);
  });

  it('lets an administrator record a national meeting', async () => {
    const data = await ok(t, RECORD, { in: { title: 'Rakornas', heldOn: '2026-02-01', attendeeIds: [kpai] } }, u.admin.token);
    expect(data.recordMeeting).toMatchObject({ province: null, network: null, summary: null });
  });

  it.each([
    ['a blank title', { title: '  ' }, ['title']],
    ['a title of zero-width characters', { title: '\u200B\uFEFF\u2060' }, ['title']],
    ['no attendee at all', { attendeeIds: [] }, ['attendeeIds']],
    ['a summary with a NUL character', { summary: 'Notulen\u0000' }, ['summary']],
    ['an unknown province', { provinceCode: '99' }, ['provinceCode']],
    ['an unknown network', { networkId: '999999' }, ['networkId']],
    ['a network of another province', { networkId: 'KB' }, ['networkId']],
    ['an attendee that does not exist', { attendeeIds: ['999999'] }, ['attendeeIds']],
    ['a malformed attendee id', { attendeeIds: ['abc'] }, ['attendeeIds']],
    ['an inactive attendee', { attendeeIds: ['INACTIVE'] }, ['attendeeIds']],
    ['a summary over 10000 characters', { summary: 'x'.repeat(10_001) }, ['summary']],
    ['a blank title and an unknown attendee together', { title: '', attendeeIds: ['999999'] }, ['title', 'attendeeIds']],
  ])('refuses %s and records nothing', async (_label, patch, fields) => {
    const input: Record<string, unknown> = { ...base(), ...patch };
    if (input.networkId === 'KB') input.networkId = networkKB;
    if (Array.isArray(input.attendeeIds)) input.attendeeIds = input.attendeeIds.map((a) => (a === 'INACTIVE' ? inactive : a));
    await expectRefused(t, () => record(input, u.admin.token), { code: 'BAD_USER_INPUT', fields });
  });

  it('refuses an unknown network from a coordinator with BAD_USER_INPUT, not as a national meeting', async () => {
    const { provinceCode: _none, ...input } = base();
    await expectRefused(t, () => record({ ...input, networkId: '999999' }), { code: 'BAD_USER_INPUT', fields: ['networkId'] });
  });

  it('refuses anonymous callers, members, oversight, coordinators of another province, and national meetings from coordinators', async () => {
    await expectRefused(t, () => record(base(), null), { code: 'UNAUTHENTICATED' });
    await expectRefused(t, () => record(base(), u.member.token), { code: 'FORBIDDEN' });
    await expectRefused(t, () => record(base(), u.oversight.token), { code: 'FORBIDDEN' });
    await expectRefused(t, () => record(base(), u.coordKB.token), { code: 'FORBIDDEN' });
    await expectRefused(t, () => record({ ...base(), provinceCode: null }), { code: 'FORBIDDEN' });
  });
});

describe('meetings and meeting', () => {
  const ids: Record<string, string> = {};
  let memberKB: SignedIn;
  beforeAll(async () => {
    await t.sql.run('truncate meeting restart identity cascade');
    const kbAgency = (await buildAgency(t.sql, { name: 'UPTD Kalbar', provinceCode: '61' })).id;
    memberKB = await signIn(t, 'MEMBER', { agencyId: kbAgency });
    const m = async (key: string, o: Parameters<typeof buildMeeting>[1]) => (ids[key] = String((await buildMeeting(t.sql, o)).id));
    await m('jan', { title: 'Januari', heldOn: '2026-01-10', networkId: network, attendeeIds: [uptd, police] });
    await m('feb', { title: 'Februari', heldOn: '2026-02-10', attendeeIds: [police] });
    await m('feb2', { title: 'Februari 2', heldOn: '2026-02-10', attendeeIds: [] });
    await m('mar', { title: 'Maret', heldOn: '2026-03-10', attendeeIds: [uptd] });
    await m('kb', { title: 'Kalbar', heldOn: '2026-02-15', provinceCode: '61', networkId: networkKB, attendeeIds: [kbAgency, uptd] });
    await m('nat', { title: 'Nasional', heldOn: '2026-01-01', provinceCode: null, attendeeIds: [kpai] });
  });

  const list = async (filter: Record<string, unknown> | null, token: string) => {
    const data = await ok(t, `query($f: MeetingFilter) { meetings(filter: $f) { totalCount nodes { id title } } }`, { f: filter }, token);
    expect(data.meetings.totalCount).toBe(data.meetings.nodes.length);
    return idsOf(data.meetings.nodes);
  };

  it('lists the most recent first (ties by id, newest first), each role within its scope', async () => {
    expect(await list(null, u.admin.token)).toEqual([ids.mar, ids.kb, ids.feb2, ids.feb, ids.jan, ids.nat]);
    expect(await list(null, u.oversight.token)).toEqual([ids.mar, ids.kb, ids.feb2, ids.feb, ids.jan, ids.nat]);
    expect(await list(null, u.coord.token)).toEqual([ids.mar, ids.feb2, ids.feb, ids.jan]);
    expect(await list(null, u.coordKB.token)).toEqual([ids.kb]);
    // A member of a Kalbar agency: Kalbar's meetings; the member of 52: 52's meetings.
    expect(await list(null, memberKB.token)).toEqual([ids.kb]);
    expect(await list(null, u.member.token)).toEqual([ids.mar, ids.feb2, ids.feb, ids.jan]);
  });

  it('filters by province, network, attending agency and date range', async () => {
    expect(await list({ provinceCode: '61' }, u.admin.token)).toEqual([ids.kb]);
    expect(await list({ networkId: String(network) }, u.admin.token)).toEqual([ids.jan]);
    expect(await list({ agencyId: String(uptd) }, u.admin.token)).toEqual([ids.mar, ids.kb, ids.jan]);
    expect(await list({ heldFrom: '2026-02-10', heldTo: '2026-02-15' }, u.admin.token)).toEqual([ids.kb, ids.feb2, ids.feb]);
    expect(await list({ heldFrom: '2026-01-10', heldTo: '2026-01-10' }, u.admin.token)).toEqual([ids.jan]);
    expect(await list({ agencyId: 'not-an-id' }, u.admin.token)).toEqual([]);
  });

  it('reads one meeting with its attendees, follow-up action items and agreements', async () => {
    const item = await buildActionItem(t.sql, { agencyId: police, meetingId: Number(ids.jan), dueOn: '2026-02-28' });
    const ag = await buildAgreement(t.sql, { meetingId: Number(ids.jan), partyIds: [uptd, police] });
    const data = await ok(t, `query($id: ID!) { meeting(id: $id) {
      title province { code } network { id } attendees { name } actionItems { id agency { id } } agreements { id parties { id } } } }`,
    { id: ids.jan }, u.coord.token);
    expect(data.meeting).toEqual({
      title: 'Januari', province: { code: '52' }, network: { id: String(network) },
      attendees: [{ name: 'Polda NTB' }, { name: 'UPTD PPA NTB' }],
      actionItems: [{ id: String(item.id), agency: { id: String(police) } }],
      agreements: [{ id: String(ag.id), parties: expect.arrayContaining([{ id: String(uptd) }, { id: String(police) }]) }],
    });
  });

  it('answers NOT_FOUND for an unknown meeting, FORBIDDEN outside the scope, UNAUTHENTICATED for anonymous callers', async () => {
    expect(codes(await t.gql(`{ meeting(id: "999999") { id } }`, {}, u.admin.token))).toEqual(['NOT_FOUND']);
    expect(codes(await t.gql(`query($id: ID!) { meeting(id: $id) { id } }`, { id: ids.kb }, u.coord.token))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(`query($id: ID!) { meeting(id: $id) { id } }`, { id: ids.jan }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await t.gql(`{ meetings { totalCount } }`))).toEqual(['UNAUTHENTICATED']);
  });
});
