import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAgency, buildNetwork } from './support/factories';
import { codes, startTestHub, type TestHub } from './support/harness';
import { expectRefused, ok, rowOf, signInCast, type Cast } from './support/api-helpers';

let t: TestHub;
let u: Cast;
let uptd: number;
let police: number;
let kpai: number;
let inactive: number;

beforeAll(async () => {
  t = await startTestHub();
  u = await signInCast(t);
  uptd = (await buildAgency(t.sql, { name: 'UPTD PPA NTB', sector: 'PROTECTION_SERVICE', provinceCode: '52' })).id;
  police = (await buildAgency(t.sql, { name: 'Polda NTB', sector: 'POLICE', provinceCode: '52' })).id;
  kpai = (await buildAgency(t.sql, { name: 'KPAI', sector: 'OVERSIGHT', provinceCode: null })).id;
  inactive = (await buildAgency(t.sql, { name: 'Closed office', provinceCode: '52', active: false })).id;
});
afterAll(() => t?.stop());

const CREATE = `mutation($in: CreateNetworkInput!) {
  createNetwork(input: $in) { id name description issueAreas province { code } members { role joinedOn agency { id name } } }
}`;
const ADD = `mutation($id: ID!, $m: NetworkMemberInput!) {
  addNetworkMember(networkId: $id, member: $m) { id members { role joinedOn agency { id } } }
}`;
const members = (networkId: number | string) =>
  t.sql.all('select agency_id, role, joined_on from network_membership where network_id = $1 order by agency_id', [Number(networkId)]);

describe('createNetwork', () => {
  it('creates a provincial network with members, LEAD first, trimmed name and distinct issue areas', async () => {
    const data = await ok(t, CREATE, {
      in: {
        name: '  Jejaring KPI NTB ', description: ' Koalisi ', provinceCode: '52', issueAreas: ['CHILD_MARRIAGE', 'CHILD_MARRIAGE', 'TRAFFICKING'],
        members: [{ agencyId: police }, { agencyId: kpai, role: 'OBSERVER' }, { agencyId: uptd, role: 'LEAD', joinedOn: '2025-03-01' }],
      },
    }, u.coord.token);
    expect(data.createNetwork).toMatchObject({
      name: 'Jejaring KPI NTB', description: 'Koalisi', province: { code: '52' }, issueAreas: ['CHILD_MARRIAGE', 'TRAFFICKING'],
      members: [
        { role: 'LEAD', joinedOn: '2025-03-01', agency: { id: String(uptd), name: 'UPTD PPA NTB' } },
        { role: 'MEMBER', joinedOn: null, agency: { id: String(police), name: 'Polda NTB' } },
        { role: 'OBSERVER', joinedOn: null, agency: { id: String(kpai), name: 'KPAI' } },
      ],
    });
    expect(await members(data.createNetwork.id)).toHaveLength(3);
  });

  it('lets an administrator create a national network without members', async () => {
    const data = await ok(t, CREATE, { in: { name: 'Jaringan Nasional' } }, u.admin.token);
    expect(data.createNetwork).toMatchObject({ province: null, issueAreas: [], members: [], description: null });
  });

  it.each([
    ['a blank name', { name: ' ' }, ['name']],
    ['an unknown province', { provinceCode: '99' }, ['provinceCode']],
    ['a member agency that does not exist', { members: [{ agencyId: '999999' }] }, ['members']],
    ['a malformed member id', { members: [{ agencyId: 'x' }] }, ['members']],
    ['the same agency twice', { members: [{ agencyId: 'UPTD' }, { agencyId: 'UPTD', role: 'LEAD' }] }, ['members']],
    ['an inactive member agency', { members: [{ agencyId: 'INACTIVE' }] }, ['members']],
    ['a description over 5000 characters', { description: 'x'.repeat(5001) }, ['description']],
  ])('refuses %s and creates nothing', async (_label, patch, fields) => {
    const input: Record<string, unknown> = { name: 'Jejaring', provinceCode: '52', ...patch };
    if (Array.isArray(input.members)) {
      input.members = (input.members as { agencyId: string }[]).map((m) => ({
        ...m, agencyId: m.agencyId === 'UPTD' ? uptd : m.agencyId === 'INACTIVE' ? inactive : m.agencyId,
      }));
    }
    await expectRefused(t, () => t.gql(CREATE, { in: input }, u.admin.token), { code: 'BAD_USER_INPUT', fields });
  });

  it('refuses anonymous callers, members, oversight, and coordinators outside their province', async () => {
    const input = { name: 'Jejaring', provinceCode: '52' };
    await expectRefused(t, () => t.gql(CREATE, { in: input }, null), { code: 'UNAUTHENTICATED' });
    await expectRefused(t, () => t.gql(CREATE, { in: input }, u.member.token), { code: 'FORBIDDEN' });
    await expectRefused(t, () => t.gql(CREATE, { in: input }, u.oversight.token), { code: 'FORBIDDEN' });
    await expectRefused(t, () => t.gql(CREATE, { in: input }, u.coordKB.token), { code: 'FORBIDDEN' });
    await expectRefused(t, () => t.gql(CREATE, { in: { name: 'Nasional' } }, u.coord.token), { code: 'FORBIDDEN' });
  });
});

describe('addNetworkMember', () => {
  it('adds an agency of another province, then changes its role keeping its join date', async () => {
    const net = await buildNetwork(t.sql, { provinceCode: '52', memberIds: [uptd] });
    const kalbar = (await buildAgency(t.sql, { name: 'UPTD PPA Kalbar', provinceCode: '61' })).id;
    const added = await ok(t, ADD, { id: net.id, m: { agencyId: kalbar, joinedOn: '2026-01-05' } }, u.coord.token);
    expect(added.addNetworkMember.members).toContainEqual({ role: 'MEMBER', joinedOn: '2026-01-05', agency: { id: String(kalbar) } });
    const changed = await ok(t, ADD, { id: net.id, m: { agencyId: kalbar, role: 'LEAD' } }, u.coord.token);
    expect(changed.addNetworkMember.members[0]).toEqual({ role: 'LEAD', joinedOn: '2026-01-05', agency: { id: String(kalbar) } });
    expect(await members(net.id)).toHaveLength(2);
    const audits = await t.sql.all(`select action from audit_event where entity_type = 'Network' and entity_id = $1`, [String(net.id)]);
    expect(audits).toHaveLength(2);
  });

  it.each([
    ['an unknown agency', '999999'],
    ['a malformed agency id', 'abc'],
    ['an inactive agency', 'INACTIVE'],
  ])('refuses %s with BAD_USER_INPUT naming agencyId', async (_label, agencyId) => {
    const net = await buildNetwork(t.sql, { memberIds: [uptd] });
    await expectRefused(
      t,
      () => t.gql(ADD, { id: net.id, m: { agencyId: agencyId === 'INACTIVE' ? inactive : agencyId } }, u.coord.token),
      { code: 'BAD_USER_INPUT', fields: ['agencyId'] },
      () => members(net.id),
    );
  });

  it('answers NOT_FOUND for an unknown network', async () => {
    await expectRefused(t, () => t.gql(ADD, { id: '999999', m: { agencyId: uptd } }, u.admin.token), { code: 'NOT_FOUND' });
  });

  it('refuses anonymous callers, members and coordinators of another province', async () => {
    const net = await buildNetwork(t.sql, { provinceCode: '52' });
    const watch = () => members(net.id);
    await expectRefused(t, () => t.gql(ADD, { id: net.id, m: { agencyId: uptd } }, null), { code: 'UNAUTHENTICATED' }, watch);
    await expectRefused(t, () => t.gql(ADD, { id: net.id, m: { agencyId: uptd } }, u.member.token), { code: 'FORBIDDEN' }, watch);
    await expectRefused(t, () => t.gql(ADD, { id: net.id, m: { agencyId: uptd } }, u.coordKB.token), { code: 'FORBIDDEN' }, watch);
  });
});

const UPDATE = `mutation($id: ID!, $in: UpdateNetworkInput!) { updateNetwork(id: $id, input: $in) { id name description issueAreas province { code } } }`;
const REMOVE = `mutation($id: ID!, $a: ID!) { removeNetworkMember(networkId: $id, agencyId: $a) { id members { agency { id } } } }`;
const networkRow = (id: number) => t.sql.one('select name, description, issue_areas, province_code from network where id = $1', [id]);

describe('updateNetwork', () => {
  it('renames and re-describes a network, keeping its province, and audits the change', async () => {
    const net = await buildNetwork(t.sql, { name: 'Forum Lama', provinceCode: '52', issueAreas: ['CHILD_MARRIAGE'] });
    const data = await ok(t, UPDATE, { id: net.id, in: { name: ' Forum PATBM NTB ', description: 'Forum desa', issueAreas: ['TRAFFICKING'] } }, u.coord.token);
    expect(data.updateNetwork).toEqual({ id: String(net.id), name: 'Forum PATBM NTB', description: 'Forum desa', issueAreas: ['TRAFFICKING'], province: { code: '52' } });
    const audit = await t.sql.one<{ changes: string }>(`select changes::text from audit_event where action = 'updateNetwork' and entity_id = $1`, [String(net.id)]);
    expect(JSON.parse(audit.changes).name).toEqual({ before: 'Forum Lama', after: 'Forum PATBM NTB' });
  });

  it('refuses a blank name, an unknown network, anonymous callers and other provinces, changing nothing', async () => {
    const net = await buildNetwork(t.sql, { provinceCode: '52' });
    const watch = () => networkRow(net.id);
    await expectRefused(t, () => t.gql(UPDATE, { id: net.id, in: { name: '  ' } }, u.coord.token), { code: 'BAD_USER_INPUT', fields: ['name'] }, watch);
    await expectRefused(t, () => t.gql(UPDATE, { id: '999999', in: { name: 'X' } }, u.admin.token), { code: 'NOT_FOUND' });
    await expectRefused(t, () => t.gql(UPDATE, { id: net.id, in: { name: 'X' } }, null), { code: 'UNAUTHENTICATED' }, watch);
    await expectRefused(t, () => t.gql(UPDATE, { id: net.id, in: { name: 'X' } }, u.coordKB.token), { code: 'FORBIDDEN' }, watch);
    await expectRefused(t, () => t.gql(UPDATE, { id: net.id, in: { name: 'X' } }, u.member.token), { code: 'FORBIDDEN' }, watch);
  });
});

describe('removeNetworkMember', () => {
  it('takes an agency out of a network', async () => {
    const net = await buildNetwork(t.sql, { provinceCode: '52', memberIds: [uptd, police] });
    const data = await ok(t, REMOVE, { id: net.id, a: police }, u.coord.token);
    expect(data.removeNetworkMember.members).toEqual([{ agency: { id: String(uptd) } }]);
    expect(await members(net.id)).toHaveLength(1);
  });

  it('refuses an agency that is not a member, an unknown network, anonymous callers and other provinces, changing nothing', async () => {
    const net = await buildNetwork(t.sql, { provinceCode: '52', memberIds: [uptd] });
    const watch = () => members(net.id);
    await expectRefused(t, () => t.gql(REMOVE, { id: net.id, a: police }, u.coord.token), { code: 'BAD_USER_INPUT', fields: ['agencyId'] }, watch);
    await expectRefused(t, () => t.gql(REMOVE, { id: '999999', a: uptd }, u.admin.token), { code: 'NOT_FOUND' });
    await expectRefused(t, () => t.gql(REMOVE, { id: net.id, a: uptd }, null), { code: 'UNAUTHENTICATED' }, watch);
    await expectRefused(t, () => t.gql(REMOVE, { id: net.id, a: uptd }, u.coordKB.token), { code: 'FORBIDDEN' }, watch);
  });
});

describe('networks and network', () => {
  beforeAll(async () => {
    await t.sql.run('truncate network restart identity cascade');
    await buildNetwork(t.sql, { name: 'B Jejaring NTB', provinceCode: '52' });
    await buildNetwork(t.sql, { name: 'A Jejaring NTB', provinceCode: '52' });
    await buildNetwork(t.sql, { name: 'Jejaring Kalbar', provinceCode: '61' });
    await buildNetwork(t.sql, { name: 'Z Nasional', provinceCode: null });
  });

  it('lists all networks, national first, to every role; or one province by name', async () => {
    for (const token of [u.admin.token, u.member.token, u.oversight.token, u.coordKB.token]) {
      const all = await ok(t, `{ networks { name province { code } } }`, {}, token);
      expect(all.networks.map((n: { name: string }) => n.name)).toEqual(['Z Nasional', 'A Jejaring NTB', 'B Jejaring NTB', 'Jejaring Kalbar']);
    }
    const ntb = await ok(t, `query($p: String) { networks(provinceCode: $p) { name } }`, { p: '52' }, u.member.token);
    expect(ntb.networks).toEqual([{ name: 'A Jejaring NTB' }, { name: 'B Jejaring NTB' }]);
  });

  it('reads one network; NOT_FOUND for an unknown one; UNAUTHENTICATED for anonymous callers', async () => {
    const [row] = await t.sql.all<{ id: number }>(`select id from network where name = 'Jejaring Kalbar'`);
    const data = await ok(t, `query($id: ID!) { network(id: $id) { name province { code } issueAreas members { role } } }`, { id: row.id }, u.coord.token);
    expect(data.network).toEqual({ name: 'Jejaring Kalbar', province: { code: '61' }, issueAreas: ['CHILD_MARRIAGE'], members: [] });
    expect(codes(await t.gql(`{ network(id: "999999") { id } }`, {}, u.coord.token))).toEqual(['NOT_FOUND']);
    expect(codes(await t.gql(`{ networks { id } }`))).toEqual(['UNAUTHENTICATED']);
    expect(await rowOf(t, 'network', row.id)).toMatchObject({ name: 'Jejaring Kalbar' });
  });
});
