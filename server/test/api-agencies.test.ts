import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAgency, buildNetwork } from './support/factories';
import { codes, startTestHub, type TestHub } from './support/harness';
import { expectRefused, idsOf, ok, rowOf, signInCast, type Cast } from './support/api-helpers';

let t: TestHub;
let u: Cast;

beforeAll(async () => {
  t = await startTestHub();
  u = await signInCast(t);
});
afterAll(() => t?.stop());

const CREATE = `mutation($in: CreateAgencyInput!) {
  createAgency(input: $in) { id name acronym sector level active province { code } regency { code } }
}`;
const UPDATE = `mutation($id: ID!, $in: UpdateAgencyInput!) {
  updateAgency(id: $id, input: $in) { id name acronym sector active }
}`;
const LIST = `query($filter: AgencyFilter, $first: Int, $after: String) {
  agencies(filter: $filter, first: $first, after: $after) { totalCount nodes { id name } pageInfo { hasNextPage endCursor } }
}`;

const create = (input: Record<string, unknown>, token: string | null = u.admin.token) => t.gql(CREATE, { in: input }, token);

describe('createAgency', () => {
  it('creates a provincial agency with trimmed name and acronym', async () => {
    const data = await ok(t, CREATE, { in: { name: '  UPTD PPA Provinsi NTB  ', acronym: ' UPTD ', sector: 'PROTECTION_SERVICE', level: 'PROVINCE', provinceCode: '52' } }, u.coord.token);
    expect(data.createAgency).toMatchObject({
      name: 'UPTD PPA Provinsi NTB', acronym: 'UPTD', sector: 'PROTECTION_SERVICE', level: 'PROVINCE', active: true, province: { code: '52' }, regency: null,
    });
    const row = await rowOf(t, 'agency', data.createAgency.id);
    expect(row).toMatchObject({ name: 'UPTD PPA Provinsi NTB', province_code: '52', active: true });
    const audit = await t.sql.one<{ action: string; actor_id: number }>(
      `select action, actor_id from audit_event where entity_type = 'Agency' and entity_id = $1`, [data.createAgency.id]);
    expect(audit).toEqual({ action: 'createAgency', actor_id: u.coord.user.id });
  });

  it('creates a regency agency, its province taken from the regency', async () => {
    const data = await ok(t, CREATE, { in: { name: 'Pengadilan Agama Mataram', sector: 'JUDICIARY', level: 'REGENCY', regencyCode: '52.71' } }, u.coord.token);
    expect(data.createAgency).toMatchObject({ level: 'REGENCY', province: { code: '52' }, regency: { code: '52.71' }, acronym: null });
  });

  it('lets an administrator create a national agency', async () => {
    const data = await ok(t, CREATE, { in: { name: 'KPAI', sector: 'OVERSIGHT', level: 'NATIONAL' } }, u.admin.token);
    expect(data.createAgency).toMatchObject({ level: 'NATIONAL', province: null, regency: null });
  });

  it.each([
    ['a blank name', { name: '   ' }, ['name']],
    ['a name over 300 characters', { name: 'x'.repeat(301) }, ['name']],
    ['an acronym over 50 characters', { acronym: 'A'.repeat(51) }, ['acronym']],
    ['an unknown province', { provinceCode: '99' }, ['provinceCode']],
    ['no province for a provincial agency', { provinceCode: null }, ['provinceCode']],
    ['a regency agency without regency', { level: 'REGENCY' }, ['regencyCode']],
    ['an unknown regency', { level: 'REGENCY', regencyCode: '52.99' }, ['regencyCode']],
    ['a regency of another province', { level: 'REGENCY', regencyCode: '61.71' }, ['regencyCode']],
    ['a national agency with a province', { level: 'NATIONAL' }, ['provinceCode']],
    ['a blank name and an unknown province together', { name: '', provinceCode: '99' }, ['name', 'provinceCode']],
  ])('refuses %s with BAD_USER_INPUT and creates nothing', async (_label, patch, fields) => {
    const input = { name: 'Dinas Sosial', sector: 'SOCIAL_WELFARE', level: 'PROVINCE', provinceCode: '52', ...patch };
    await expectRefused(t, () => create(input), { code: 'BAD_USER_INPUT', fields });
  });

  it('refuses anonymous callers', async () => {
    await expectRefused(t, () => create({ name: 'X', sector: 'POLICE', level: 'PROVINCE', provinceCode: '52' }, null), { code: 'UNAUTHENTICATED' });
  });

  it('refuses members, oversight, coordinators of another province, and national agencies from coordinators', async () => {
    const input = { name: 'X', sector: 'POLICE', level: 'PROVINCE', provinceCode: '52' };
    await expectRefused(t, () => create(input, u.member.token), { code: 'FORBIDDEN' });
    await expectRefused(t, () => create(input, u.oversight.token), { code: 'FORBIDDEN' });
    await expectRefused(t, () => create(input, u.coordKB.token), { code: 'FORBIDDEN' });
    await expectRefused(t, () => create({ name: 'X', sector: 'OVERSIGHT', level: 'NATIONAL' }, u.coord.token), { code: 'FORBIDDEN' });
  });
});

describe('updateAgency', () => {
  it('renames, clears the acronym, changes the sector and deactivates', async () => {
    const a = await buildAgency(t.sql, { name: 'Dinas P3A', acronym: 'DP3A', sector: 'OTHER', provinceCode: '52' });
    const data = await ok(t, UPDATE, { id: a.id, in: { name: ' DP3AP2KB NTB ', acronym: '', sector: 'PROTECTION_SERVICE', active: false } }, u.coord.token);
    expect(data.updateAgency).toEqual({ id: String(a.id), name: 'DP3AP2KB NTB', acronym: null, sector: 'PROTECTION_SERVICE', active: false });
    expect(await rowOf(t, 'agency', a.id)).toMatchObject({ name: 'DP3AP2KB NTB', acronym: null, active: false });
    const audit = await t.sql.one<{ changes: Record<string, unknown> }>(
      `select changes from audit_event where action = 'updateAgency' and entity_id = $1`, [String(a.id)]);
    expect(Object.keys(audit.changes).sort()).toEqual(['acronym', 'active', 'name', 'sector']);
  });

  it('leaves unnamed fields as they are', async () => {
    const a = await buildAgency(t.sql, { name: 'LBH APIK NTB', acronym: 'LBH', sector: 'LEGAL_AID' });
    const data = await ok(t, UPDATE, { id: a.id, in: { active: false } }, u.admin.token);
    expect(data.updateAgency).toMatchObject({ name: 'LBH APIK NTB', acronym: 'LBH', sector: 'LEGAL_AID', active: false });
  });

  it.each([
    ['a blank name', { name: ' ' }, ['name']],
    ['an acronym over 50 characters', { acronym: 'A'.repeat(51) }, ['acronym']],
  ])('refuses %s and changes nothing', async (_label, input, fields) => {
    const a = await buildAgency(t.sql, { provinceCode: '52' });
    await expectRefused(t, () => t.gql(UPDATE, { id: a.id, in: input }, u.coord.token), { code: 'BAD_USER_INPUT', fields }, () => rowOf(t, 'agency', a.id));
  });

  it('answers NOT_FOUND for an unknown or malformed id', async () => {
    await expectRefused(t, () => t.gql(UPDATE, { id: '987654', in: { name: 'X' } }, u.admin.token), { code: 'NOT_FOUND' });
    await expectRefused(t, () => t.gql(UPDATE, { id: 'abc', in: { name: 'X' } }, u.admin.token), { code: 'NOT_FOUND' });
  });

  it('refuses anonymous callers, members and coordinators of another province', async () => {
    const a = await buildAgency(t.sql, { provinceCode: '52' });
    const watch = () => rowOf(t, 'agency', a.id);
    await expectRefused(t, () => t.gql(UPDATE, { id: a.id, in: { name: 'X' } }, null), { code: 'UNAUTHENTICATED' }, watch);
    await expectRefused(t, () => t.gql(UPDATE, { id: a.id, in: { name: 'X' } }, u.member.token), { code: 'FORBIDDEN' }, watch);
    await expectRefused(t, () => t.gql(UPDATE, { id: a.id, in: { name: 'X' } }, u.coordKB.token), { code: 'FORBIDDEN' }, watch);
  });
});

describe('agencies and agency', () => {
  let ids: Record<string, string>;
  beforeAll(async () => {
    await t.sql.run('truncate agency restart identity cascade');
    u = await signInCast(t);
    const mk = async (name: string, o: Parameters<typeof buildAgency>[1]) => String((await buildAgency(t.sql, { name, ...o })).id);
    ids = {
      polda: await mk('Polda NTB', { acronym: 'PPA', sector: 'POLICE', provinceCode: '52' }),
      uptd: await mk('UPTD PPA NTB', { sector: 'PROTECTION_SERVICE', provinceCode: '52' }),
      court: await mk('Pengadilan Agama Mataram', { sector: 'JUDICIARY', provinceCode: '52', regencyCode: '52.71', level: 'REGENCY' }),
      kalbar: await mk('UPTD PPA Kalbar', { sector: 'PROTECTION_SERVICE', provinceCode: '61' }),
      kpai: await mk('KPAI', { sector: 'OVERSIGHT', provinceCode: null }),
      closed: await mk('Old 100%_office', { sector: 'OTHER', provinceCode: '52', active: false }),
    };
  });

  const names = async (filter: Record<string, unknown> | null, token = u.member.token) =>
    ((await ok(t, LIST, { filter }, token)).agencies.nodes as { name: string }[]).map((n) => n.name);

  it('lists every agency of every province, ordered by name, to every signed-in role', async () => {
    for (const token of [u.admin.token, u.coord.token, u.coordKB.token, u.oversight.token, u.member.token]) {
      const data = await ok(t, LIST, {}, token);
      // The six above and the member's own agency.
      expect(data.agencies.totalCount).toBe(7);
      expect(data.agencies.nodes).toHaveLength(7);
    }
  });

  it('filters by province, sector, level, activity and search text', async () => {
    expect(await names({ provinceCode: '61' })).toEqual(['UPTD PPA Kalbar']);
    expect(await names({ sector: 'PROTECTION_SERVICE', provinceCode: '52' })).toEqual(expect.arrayContaining(['UPTD PPA NTB']));
    expect(await names({ sector: 'JUDICIARY' })).toEqual(['Pengadilan Agama Mataram']);
    expect(await names({ level: 'NATIONAL' })).toEqual(['KPAI']);
    expect(await names({ active: false })).toEqual(['Old 100%_office']);
    expect(await names({ search: 'uptd ppa' })).toEqual(['UPTD PPA Kalbar', 'UPTD PPA NTB']);
    expect(await names({ search: 'ppa', provinceCode: '52' })).toEqual(['Polda NTB', 'UPTD PPA NTB']); // acronym or name
    expect(await names({ search: '100%_' })).toEqual(['Old 100%_office']);
    expect(await names({ search: '%' })).toEqual(['Old 100%_office']); // wildcards match literally
  });

  it('reads one agency with its province, regency and networks', async () => {
    const net = await buildNetwork(t.sql, { name: 'Jejaring NTB', memberIds: [Number(ids.court)] });
    const data = await ok(t, `query($id: ID!) { agency(id: $id) { name level province { code } regency { code name } networks { id name } } }`, { id: ids.court }, u.oversight.token);
    expect(data.agency).toEqual({
      name: 'Pengadilan Agama Mataram', level: 'REGENCY', province: { code: '52' }, regency: { code: '52.71', name: expect.any(String) },
      networks: [{ id: String(net.id), name: 'Jejaring NTB' }],
    });
  });

  it('answers NOT_FOUND for an unknown agency and UNAUTHENTICATED for anonymous callers', async () => {
    expect(codes(await t.gql(`{ agency(id: "999999") { id } }`, {}, u.admin.token))).toEqual(['NOT_FOUND']);
    expect(codes(await t.gql(`{ agency(id: "${ids.polda}") { id } }`))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await t.gql(LIST, {}))).toEqual(['UNAUTHENTICATED']);
  });

  it('returns ids in name order', async () => {
    const data = await ok(t, LIST, { filter: { provinceCode: '52', active: true } }, u.admin.token);
    const nodes = data.agencies.nodes as { id: string; name: string }[];
    const sorted = [...nodes].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : Number(a.id) - Number(b.id)));
    expect(idsOf(nodes)).toEqual(idsOf(sorted));
  });
});

describe('provinces, province and me', () => {
  it('serve the reference data and the signed-in user', async () => {
    const ntb = await ok(t, `{ province(code: "52") { code name regencies { code province { code } } } }`, {}, null);
    expect(ntb.province.code).toBe('52');
    expect(ntb.province.regencies.length).toBeGreaterThan(5);
    expect(ntb.province.regencies.every((r: { code: string; province: { code: string } }) => r.code.startsWith('52.') && r.province.code === '52')).toBe(true);
    expect((await ok(t, `{ province(code: "99") { code } }`, {}, null)).province).toBeNull();
    const me = await ok(t, `{ me { id role province { code } agency { id } } }`, {}, u.member.token);
    expect(me.me).toEqual({ id: String(u.member.user.id), role: 'MEMBER', province: null, agency: { id: String(u.member.agencyId) } });
    const coord = await ok(t, `{ me { role province { code } agency { id } } }`, {}, u.coord.token);
    expect(coord.me).toEqual({ role: 'COORDINATOR', province: { code: '52' }, agency: null });
  });
});
