import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActionItem, buildAgency, buildCommitment, buildMeeting, signIn, type SignedIn } from './support/factories';
import { codes, startTestHub, type TestHub } from './support/harness';
import { day, expectRefused, idsOf, ok, rowOf, signInCast, today, type Cast } from './support/api-helpers';

let t: TestHub;
let u: Cast;
let police: number;
let uptd: number;
let kpai: number;
let policeMember: SignedIn;

beforeAll(async () => {
  t = await startTestHub();
  u = await signInCast(t);
  police = (await buildAgency(t.sql, { name: 'Polda NTB', sector: 'POLICE', provinceCode: '52' })).id;
  uptd = (await buildAgency(t.sql, { name: 'UPTD PPA NTB', provinceCode: '52' })).id;
  kpai = (await buildAgency(t.sql, { name: 'KPAI', sector: 'OVERSIGHT', provinceCode: null })).id;
  policeMember = await signIn(t, 'MEMBER', { agencyId: police });
});
afterAll(() => t?.stop());

const FIELDS = `id title description priority status openedOn dueOn completedOn isOverdue version province { code } agency { id } commitment { id } meeting { id }
  updates { note fromStatus toStatus author { id } }`;
const CREATE = `mutation($in: CreateActionItemInput!) { createActionItem(input: $in) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $in: UpdateActionItemInput!) { updateActionItem(id: $id, input: $in) { ${FIELDS} } }`;
const NOTE = `mutation($id: ID!, $note: String!) { addActionNote(id: $id, note: $note) { ${FIELDS} } }`;
const history = (id: number | string) =>
  t.sql.all<{ note: string | null; from_status: string | null; to_status: string | null; author_id: number; changes: Record<string, unknown> | null }>(
    'select note, from_status, to_status, author_id, changes from action_update where action_item_id = $1 order by id', [Number(id)]);
const item = (o: Parameters<typeof buildActionItem>[1] = {}) =>
  buildActionItem(t.sql, { agencyId: police, openedOn: day(-20), dueOn: day(10), ...o });

describe('createActionItem', () => {
  it('creates an OPEN item, version 1, province from the agency, opened today, MEDIUM priority by default', async () => {
    const data = await ok(t, CREATE, { in: { title: '  Sosialisasi ke sekolah ', agencyId: police, dueOn: day(30) } }, u.coord.token);
    expect(data.createActionItem).toMatchObject({
      title: 'Sosialisasi ke sekolah', description: null, priority: 'MEDIUM', status: 'OPEN', openedOn: today(), dueOn: day(30),
      completedOn: null, isOverdue: false, version: 1, province: { code: '52' }, agency: { id: String(police) }, commitment: null, meeting: null, updates: [],
    });
    expect(await rowOf(t, 'action_item', data.createActionItem.id)).toMatchObject({ version: 1, status: 'OPEN', province_code: '52' });
  });

  it('links a commitment and a meeting, and lets a member create one for their own agency', async () => {
    const commitment = await buildCommitment(t.sql);
    const meeting = await buildMeeting(t.sql);
    const data = await ok(t, CREATE, {
      in: { title: 'Pelatihan', agencyId: police, commitmentId: commitment.id, meetingId: meeting.id, priority: 'URGENT', openedOn: '2026-01-05', dueOn: '2026-01-05' },
    }, u.coord.token);
    expect(data.createActionItem).toMatchObject({ commitment: { id: String(commitment.id) }, meeting: { id: String(meeting.id) }, priority: 'URGENT', openedOn: '2026-01-05' });
    const own = await ok(t, CREATE, { in: { title: 'Patroli', agencyId: police, dueOn: day(3) } }, policeMember.token);
    expect(own.createActionItem).toMatchObject({ agency: { id: String(police) }, province: { code: '52' }, version: 1 });
  });

  it('needs a province for a national agency\'s item', async () => {
    const data = await ok(t, CREATE, { in: { title: 'Pantau', agencyId: kpai, provinceCode: '52', dueOn: day(5) } }, u.coord.token);
    expect(data.createActionItem.province).toEqual({ code: '52' });
    await expectRefused(t, () => t.gql(CREATE, { in: { title: 'Pantau', agencyId: kpai, dueOn: day(5) } }, u.admin.token), { code: 'BAD_USER_INPUT', fields: ['provinceCode'] });
  });

  it.each([
    ['a blank title', { title: ' ' }, ['title']],
    ['a title of zero-width characters only', { title: '\u200B\u200C\u200D\u2060\uFEFF \t' }, ['title']],
    ['a title with a NUL character', { title: 'Sosialisasi\u0000' }, ['title']],
    ['a description with an unpaired surrogate', { description: 'Catatan \uD800' }, ['description']],
    ['a title over 300 characters', { title: 't'.repeat(301) }, ['title']],
    ['an agency that does not exist', { agencyId: '999999' }, ['agencyId']],
    ['an inactive agency', { agencyId: 'INACTIVE' }, ['agencyId']],
    ['an unknown province', { provinceCode: '99' }, ['provinceCode']],
    ['a commitment that does not exist', { commitmentId: '999999' }, ['commitmentId']],
    ['a meeting that does not exist', { meetingId: '999999' }, ['meetingId']],
    ['a due date before the opening date', { openedOn: '2026-02-01', dueOn: '2026-01-31' }, ['dueOn']],
    ['a due date before today when opened today', { dueOn: 'YESTERDAY' }, ['dueOn']],
    ['several problems at once', { title: '', meetingId: '999999', openedOn: '2026-02-01', dueOn: '2026-01-01' }, ['title', 'meetingId', 'dueOn']],
  ])('refuses %s and creates nothing', async (_label, patch, fields) => {
    const input: Record<string, unknown> = { title: 'Sosialisasi', agencyId: police, dueOn: day(30), ...patch };
    if (input.agencyId === 'INACTIVE') input.agencyId = (await buildAgency(t.sql, { provinceCode: '52', active: false })).id;
    if (input.dueOn === 'YESTERDAY') input.dueOn = day(-1);
    await expectRefused(t, () => t.gql(CREATE, { in: input }, u.admin.token), { code: 'BAD_USER_INPUT', fields });
  });

  it('refuses anonymous callers, oversight, coordinators of another province and members for another agency', async () => {
    const input = { title: 'Sosialisasi', agencyId: police, dueOn: day(30) };
    await expectRefused(t, () => t.gql(CREATE, { in: input }, null), { code: 'UNAUTHENTICATED' });
    await expectRefused(t, () => t.gql(CREATE, { in: input }, u.oversight.token), { code: 'FORBIDDEN' });
    await expectRefused(t, () => t.gql(CREATE, { in: input }, u.coordKB.token), { code: 'FORBIDDEN' });
    await expectRefused(t, () => t.gql(CREATE, { in: input }, u.member.token), { code: 'FORBIDDEN' });
  });

  it("refuses a member creating an item outside their agency's province, and creates nothing (finding 5)", async () => {
    // A member of a Nusa Tenggara Barat agency creates an overdue item in Sulawesi Selatan (73).
    const attack = { title: 'Tindak lanjut', agencyId: police, provinceCode: '73', openedOn: day(-30), dueOn: day(-10) };
    await expectRefused(t, () => t.gql(CREATE, { in: attack }, policeMember.token), { code: 'FORBIDDEN' }, () =>
      t.sql.all(`select id from action_item where province_code = '73'`));
    // In their own province, naming it or not, it is allowed.
    const own = await ok(t, CREATE, { in: { ...attack, provinceCode: '52' } }, policeMember.token);
    expect(own.createActionItem.province).toEqual({ code: '52' });
    // A member of a national agency names the province, and may write there; without one it is bad input.
    const kpaiMember = await signIn(t, 'MEMBER', { agencyId: kpai });
    const national = await ok(t, CREATE, { in: { title: 'Pantau', agencyId: kpai, provinceCode: '73', dueOn: day(5) } }, kpaiMember.token);
    expect(national.createActionItem.province).toEqual({ code: '73' });
    await expectRefused(t, () => t.gql(CREATE, { in: { title: 'Pantau', agencyId: kpai, dueOn: day(5) } }, kpaiMember.token), {
      code: 'BAD_USER_INPUT',
      fields: ['provinceCode'],
    });
  });
});

describe('updateActionItem', () => {
  it('bumps the version and adds exactly one history entry for every change', async () => {
    const a = await item();
    const first = await ok(t, UPDATE, { id: a.id, in: { version: 1, status: 'IN_PROGRESS' } }, policeMember.token);
    expect(first.updateActionItem).toMatchObject({ version: 2, status: 'IN_PROGRESS', updates: [{ note: null, fromStatus: 'OPEN', toStatus: 'IN_PROGRESS', author: { id: String(policeMember.user.id) } }] });
    const second = await ok(t, UPDATE, { id: a.id, in: { version: 2, title: ' Judul baru ', priority: 'HIGH', dueOn: day(20), note: ' Disesuaikan ' } }, u.coord.token);
    expect(second.updateActionItem).toMatchObject({ version: 3, title: 'Judul baru', priority: 'HIGH', dueOn: day(20), status: 'IN_PROGRESS' });
    expect(second.updateActionItem.updates).toHaveLength(2);
    expect(second.updateActionItem.updates[1]).toEqual({ note: 'Disesuaikan', fromStatus: null, toStatus: null, author: { id: String(u.coord.user.id) } });
    const noteOnly = await ok(t, UPDATE, { id: a.id, in: { version: 3, note: 'Masih berjalan' } }, policeMember.token);
    expect(noteOnly.updateActionItem.version).toBe(4);
    const rows = await history(a.id);
    expect(rows).toHaveLength(3);
    expect(rows[1].changes).toEqual({ title: { before: expect.any(String), after: 'Judul baru' }, priority: { before: 'MEDIUM', after: 'HIGH' }, dueOn: { before: day(10), after: day(20) } });
    expect(await rowOf(t, 'action_item', a.id)).toMatchObject({ version: 4 });
  });

  it('sets completedOn to today when an item becomes DONE, keeps it while DONE, clears it when reopened', async () => {
    const a = await item({ dueOn: day(-2) });
    const done = await ok(t, UPDATE, { id: a.id, in: { version: 1, status: 'DONE' } }, policeMember.token);
    expect(done.updateActionItem).toMatchObject({ status: 'DONE', completedOn: today(), isOverdue: false, version: 2 });
    const noted = await ok(t, UPDATE, { id: a.id, in: { version: 2, note: 'Laporan terlampir' } }, policeMember.token);
    expect(noted.updateActionItem).toMatchObject({ status: 'DONE', completedOn: today(), version: 3 });
    const reopened = await ok(t, UPDATE, { id: a.id, in: { version: 3, status: 'OPEN' } }, policeMember.token);
    expect(reopened.updateActionItem).toMatchObject({ status: 'OPEN', completedOn: null, isOverdue: true, version: 4 });
    const backdated = await ok(t, UPDATE, { id: a.id, in: { version: 4, status: 'DONE', completedOn: day(-20) } }, policeMember.token);
    expect(backdated.updateActionItem).toMatchObject({ completedOn: day(-20), version: 5 });
    expect((await history(a.id)).map((h) => [h.from_status, h.to_status])).toEqual([['OPEN', 'DONE'], [null, null], ['DONE', 'OPEN'], ['OPEN', 'DONE']]);
  });

  it('changes nothing, and keeps the version, when the input changes nothing', async () => {
    const a = await item({ status: 'IN_PROGRESS' });
    const data = await ok(t, UPDATE, { id: a.id, in: { version: 1, status: 'IN_PROGRESS' } }, policeMember.token);
    expect(data.updateActionItem).toMatchObject({ version: 1, updates: [] });
    expect(await history(a.id)).toEqual([]);
  });

  it.each([
    ['completion in the future', { status: 'DONE', completedOn: 'TOMORROW' }, ['completedOn']],
    ['completion before opening', { status: 'DONE', completedOn: 'BEFORE_OPENED' }, ['completedOn']],
    ['a completion date for an item that is not DONE', { completedOn: 'TODAY' }, ['completedOn']],
    ['a due date before opening', { dueOn: 'BEFORE_OPENED' }, ['dueOn']],
    ['a blank title', { title: '  ' }, ['title']],
    ['a note over 5000 characters', { note: 'n'.repeat(5001) }, ['note']],
    ['several problems at once', { title: '', dueOn: 'BEFORE_OPENED', status: 'DONE', completedOn: 'TOMORROW' }, ['title', 'dueOn', 'completedOn']],
  ])('refuses %s with BAD_USER_INPUT and changes nothing', async (_label, patch, fields) => {
    const a = await item();
    const dates: Record<string, string> = { TOMORROW: day(1), TODAY: today(), BEFORE_OPENED: day(-21) };
    const input: Record<string, unknown> = { version: 1 };
    for (const [k, v] of Object.entries(patch)) input[k] = dates[v as string] ?? v;
    await expectRefused(t, () => t.gql(UPDATE, { id: a.id, in: input }, u.coord.token), { code: 'BAD_USER_INPUT', fields }, async () => [
      await rowOf(t, 'action_item', a.id),
      await history(a.id),
    ]);
  });

  it('refuses a stale version with CONFLICT, naming the current version, and changes nothing', async () => {
    const a = await item({ version: 3 });
    const res = await expectRefused(t, () => t.gql(UPDATE, { id: a.id, in: { version: 2, status: 'DONE' } }, policeMember.token), { code: 'CONFLICT' }, async () => [
      await rowOf(t, 'action_item', a.id),
      await history(a.id),
    ]);
    expect(res.errors![0].extensions).toMatchObject({ currentVersion: 3, yourVersion: 2 });
    await expectRefused(t, () => t.gql(UPDATE, { id: a.id, in: { version: 4, status: 'DONE' } }, policeMember.token), { code: 'CONFLICT' });
  });

  it('answers NOT_FOUND for an unknown item', async () => {
    await expectRefused(t, () => t.gql(UPDATE, { id: '999999', in: { version: 1, status: 'DONE' } }, u.admin.token), { code: 'NOT_FOUND' });
  });

  it('refuses anonymous callers, oversight, other agencies\' members, and detail changes from the agency\'s member', async () => {
    const a = await item();
    const watch = () => rowOf(t, 'action_item', a.id);
    const upd = (input: Record<string, unknown>, token: string | null) => () => t.gql(UPDATE, { id: a.id, in: { version: 1, ...input } }, token);
    await expectRefused(t, upd({ status: 'DONE' }, null), { code: 'UNAUTHENTICATED' }, watch);
    await expectRefused(t, upd({ status: 'DONE' }, u.oversight.token), { code: 'FORBIDDEN' }, watch);
    await expectRefused(t, upd({ status: 'DONE' }, u.coordKB.token), { code: 'FORBIDDEN' }, watch);
    await expectRefused(t, upd({ status: 'DONE' }, u.member.token), { code: 'FORBIDDEN' }, watch);
    await expectRefused(t, upd({ title: 'X' }, policeMember.token), { code: 'FORBIDDEN' }, watch);
    await expectRefused(t, upd({ dueOn: day(40) }, policeMember.token), { code: 'FORBIDDEN' }, watch);
  });
});

describe('addActionNote', () => {
  it('adds a history entry without changing the item or its version', async () => {
    const a = await item({ version: 2 });
    const before = await rowOf(t, 'action_item', a.id);
    const data = await ok(t, NOTE, { id: a.id, note: '  Menunggu anggaran ' }, policeMember.token);
    expect(data.addActionNote).toMatchObject({ version: 2, updates: [{ note: 'Menunggu anggaran', fromStatus: null, toStatus: null, author: { id: String(policeMember.user.id) } }] });
    expect(await rowOf(t, 'action_item', a.id)).toEqual(before);
    await ok(t, NOTE, { id: a.id, note: 'Anggaran turun' }, u.coord.token);
    expect((await history(a.id)).map((h) => h.note)).toEqual(['Menunggu anggaran', 'Anggaran turun']);
    expect(await t.sql.all(`select 1 from audit_event where action = 'addActionNote' and entity_id = $1`, [String(a.id)])).toHaveLength(2);
  });

  it.each([
    ['a blank note', '   ', ['note']],
    ['a note over 5000 characters', 'n'.repeat(5001), ['note']],
  ])('refuses %s and adds nothing', async (_label, note, fields) => {
    const a = await item();
    await expectRefused(t, () => t.gql(NOTE, { id: a.id, note }, policeMember.token), { code: 'BAD_USER_INPUT', fields });
  });

  it('answers NOT_FOUND for an unknown item', async () => {
    await expectRefused(t, () => t.gql(NOTE, { id: '999999', note: 'x' }, u.admin.token), { code: 'NOT_FOUND' });
  });

  it('refuses anonymous callers, oversight and other agencies\' members', async () => {
    const a = await item();
    await expectRefused(t, () => t.gql(NOTE, { id: a.id, note: 'x' }, null), { code: 'UNAUTHENTICATED' });
    await expectRefused(t, () => t.gql(NOTE, { id: a.id, note: 'x' }, u.oversight.token), { code: 'FORBIDDEN' });
    await expectRefused(t, () => t.gql(NOTE, { id: a.id, note: 'x' }, u.member.token), { code: 'FORBIDDEN' });
  });
});

describe('actionItems and actionItem', () => {
  const ids: Record<string, string> = {};
  let commitment: number;
  beforeAll(async () => {
    await t.sql.run('truncate action_item restart identity cascade');
    commitment = (await buildCommitment(t.sql)).id;
    const kalbar = (await buildAgency(t.sql, { provinceCode: '61' })).id;
    const mk = async (key: string, o: Parameters<typeof buildActionItem>[1]) => (ids[key] = String((await buildActionItem(t.sql, { title: key, openedOn: day(-60), ...o })).id));
    await mk('dueSoon', { agencyId: police, dueOn: day(5) });
    await mk('overdueLittle', { agencyId: uptd, dueOn: day(-1), status: 'BLOCKED' });
    await mk('overdueMuch', { agencyId: police, dueOn: day(-30), status: 'IN_PROGRESS', commitmentId: commitment });
    await mk('doneLate', { agencyId: police, dueOn: day(-40), status: 'DONE', completedOn: day(-35) });
    await mk('cancelled', { agencyId: uptd, dueOn: day(-50), status: 'CANCELLED' });
    await mk('dueToday', { agencyId: uptd, dueOn: day(0), priority: 'URGENT' });
    await mk('kalbar', { provinceCode: '61', agencyId: kalbar, dueOn: day(-2) });
  });
  const list = async (filter: Record<string, unknown> | null, token = u.admin.token) => {
    const data = await ok(t, `query($f: ActionItemFilter) { actionItems(filter: $f) { totalCount nodes { id isOverdue } } }`, { f: filter }, token);
    expect(data.actionItems.totalCount).toBe(data.actionItems.nodes.length);
    return idsOf(data.actionItems.nodes);
  };

  it('lists overdue items first, then by due date, within each role\'s scope', async () => {
    expect(await list(null)).toEqual([ids.overdueMuch, ids.kalbar, ids.overdueLittle, ids.cancelled, ids.doneLate, ids.dueToday, ids.dueSoon]);
    expect(await list(null, u.coord.token)).toEqual([ids.overdueMuch, ids.overdueLittle, ids.cancelled, ids.doneLate, ids.dueToday, ids.dueSoon]);
    expect(await list(null, u.coordKB.token)).toEqual([ids.kalbar]);
    const data = await ok(t, `{ actionItems { nodes { id isOverdue } } }`, {}, u.admin.token);
    expect(data.actionItems.nodes.filter((n: { isOverdue: boolean }) => n.isOverdue).map((n: { id: string }) => n.id)).toEqual([ids.overdueMuch, ids.kalbar, ids.overdueLittle]);
  });

  it('filters by province, agency, commitment, status, overdue and due date', async () => {
    expect(await list({ provinceCode: '61' })).toEqual([ids.kalbar]);
    expect(await list({ agencyId: String(uptd) })).toEqual([ids.overdueLittle, ids.cancelled, ids.dueToday]);
    expect(await list({ commitmentId: String(commitment) })).toEqual([ids.overdueMuch]);
    expect(await list({ status: ['DONE', 'CANCELLED'] })).toEqual([ids.cancelled, ids.doneLate]);
    expect(await list({ overdue: true, provinceCode: '52' })).toEqual([ids.overdueMuch, ids.overdueLittle]);
    expect(await list({ overdue: false, provinceCode: '52' })).toEqual([ids.cancelled, ids.doneLate, ids.dueToday, ids.dueSoon]);
    expect(await list({ dueBefore: day(0) })).toEqual([ids.overdueMuch, ids.kalbar, ids.overdueLittle, ids.cancelled, ids.doneLate]);
    expect(await list({ agencyId: 'abc' })).toEqual([]);
  });

  it('reads one item with its history; NOT_FOUND, FORBIDDEN and UNAUTHENTICATED otherwise', async () => {
    await ok(t, NOTE, { id: ids.dueSoon, note: 'Catatan' }, policeMember.token);
    const data = await ok(t, `query($id: ID!) { actionItem(id: $id) { title agency { name } updates { note author { id } } } }`, { id: ids.dueSoon }, policeMember.token);
    expect(data.actionItem).toEqual({ title: 'dueSoon', agency: { name: 'Polda NTB' }, updates: [{ note: 'Catatan', author: { id: String(policeMember.user.id) } }] });
    expect(codes(await t.gql(`{ actionItem(id: "999999") { id } }`, {}, u.admin.token))).toEqual(['NOT_FOUND']);
    expect(codes(await t.gql(`query($id: ID!) { actionItem(id: $id) { id } }`, { id: ids.kalbar }, u.coord.token))).toEqual(['FORBIDDEN']);
    expect(codes(await t.gql(`{ actionItems { totalCount } }`))).toEqual(['UNAUTHENTICATED']);
  });
});
