/**
 * Every SQL statement of the networks module. Networks are part of the directory: every
 * signed-in user reads them all, so no statement here takes a scope.
 */
import { linkedSql, readLinked } from '../../common/records';
import { selectList, type Sql } from '../../common/sql';
import type { NetworkMembershipModel, NetworkModel } from './network.model';

/** A network row as NetworkModel holds it (`n` is the network table). */
export const NETWORK_COLUMNS = selectList({
  id: 'n.id',
  name: 'n.name',
  description: 'n.description',
  issueAreas: 'n.issue_areas',
  provinceCode: 'n.province_code',
} satisfies Record<keyof NetworkModel, string>);

/** A membership row as NetworkMembershipModel holds it (`m` is the network_membership table). */
const MEMBERSHIP_COLUMNS = selectList({
  networkId: 'm.network_id',
  agencyId: 'm.agency_id',
  role: 'm.role',
  joinedOn: 'm.joined_on',
} satisfies Record<keyof NetworkMembershipModel, string>);

/** The columns diffed into a network's audit events when it is created. */
export const NETWORK_AUDITED: (keyof NetworkModel)[] = ['name', 'description', 'provinceCode', 'issueAreas'];

/** A membership as an audit event records it. */
export interface MembershipRow {
  role: string;
  joinedOn: string | null;
}

/** The networks of one province, or every network (national ones first), by name. */
export function networkList(sql: Sql, provinceCode: string | null | undefined) {
  if (provinceCode) {
    return sql.all<NetworkModel>(`select ${NETWORK_COLUMNS} from network n where n.province_code = $1 order by n.name, n.id`, [provinceCode]);
  }
  return sql.all<NetworkModel>(`select ${NETWORK_COLUMNS} from network n order by n.province_code nulls first, n.name, n.id`);
}

/** One network; `lock` takes its row lock for a change. */
export function networkRow(sql: Sql, id: number, lock = false) {
  return sql.maybeOne<NetworkModel>(`select ${NETWORK_COLUMNS} from network n where n.id = $1${lock ? ' for update' : ''}`, [id]);
}

/** Networks by id, in no particular order (networkById). */
export function networksByIds(sql: Sql, ids: readonly number[]) {
  return sql.all<NetworkModel>(`select ${NETWORK_COLUMNS} from network n where n.id = any($1::int[])`, [ids], { prepare: true });
}

/** The memberships of networks: leads first, then members, then the others, by agency name. */
export function membershipsOf(sql: Sql, networkIds: readonly number[]) {
  return sql.all<NetworkMembershipModel>(
    `select ${MEMBERSHIP_COLUMNS}
     from network_membership m join agency a on a.id = m.agency_id
     where m.network_id = any($1::int[])
     order by case m.role when 'LEAD' then 0 when 'MEMBER' then 1 else 2 end, a.name, a.id`,
    [networkIds],
    { prepare: true },
  );
}

const NETWORKS_OF_AGENCIES = linkedSql({
  link: 'network_membership',
  ownerColumn: 'agency_id',
  ownerKey: 'agencyId',
  columns: NETWORK_COLUMNS,
  join: 'network n on n.id = l.network_id',
  orderBy: 'n.name, n.id',
});

/** The networks each agency belongs to, by network name. */
export function networksOfAgencies(sql: Sql, agencyIds: readonly number[]) {
  return readLinked<NetworkModel, 'agencyId'>(sql, NETWORKS_OF_AGENCIES, agencyIds);
}

export function insertNetwork(sql: Sql, row: Pick<NetworkModel, 'name' | 'description' | 'provinceCode' | 'issueAreas'>) {
  return sql.one<NetworkModel>(
    `insert into network as n (name, description, province_code, issue_areas, created_at)
     values ($1, $2, $3, $4::text[], now()) returning ${NETWORK_COLUMNS}`,
    [row.name, row.description, row.provinceCode, row.issueAreas],
  );
}

/** Adds the members of a new network (`agencyIds[i]` with `roles[i]` since `joinedOn[i]`). */
export function insertMemberships(sql: Sql, networkId: number, agencyIds: number[], roles: string[], joinedOn: (string | null)[]) {
  return sql.run(
    `insert into network_membership (network_id, agency_id, role, joined_on)
     select $1, * from unnest($2::int[], $3::text[], $4::date[])`,
    [networkId, agencyIds, roles, joinedOn],
  );
}

export function updateNetworkRow(sql: Sql, id: number, change: Pick<NetworkModel, 'name' | 'description' | 'issueAreas'>) {
  return sql.one<NetworkModel>(
    `update network n set name = $2, description = $3, issue_areas = $4::text[] where n.id = $1 returning ${NETWORK_COLUMNS}`,
    [id, change.name, change.description, change.issueAreas],
  );
}

export function membershipRow(sql: Sql, networkId: number, agencyId: number) {
  return sql.maybeOne<MembershipRow>('select role, joined_on as "joinedOn" from network_membership where network_id = $1 and agency_id = $2', [
    networkId,
    agencyId,
  ]);
}

/** Adds an agency to a network or changes its role (a join date given replaces the one recorded). */
export function upsertMembership(sql: Sql, networkId: number, agencyId: number, role: string, joinedOn: string | null) {
  return sql.one<MembershipRow>(
    `insert into network_membership (network_id, agency_id, role, joined_on) values ($1, $2, $3, $4)
     on conflict (network_id, agency_id) do update set role = excluded.role, joined_on = coalesce(excluded.joined_on, network_membership.joined_on)
     returning role, joined_on as "joinedOn"`,
    [networkId, agencyId, role, joinedOn],
  );
}

/** Removes a membership; null when the agency was no member. */
export function deleteMembership(sql: Sql, networkId: number, agencyId: number) {
  return sql.maybeOne<MembershipRow>(
    'delete from network_membership where network_id = $1 and agency_id = $2 returning role, joined_on as "joinedOn"',
    [networkId, agencyId],
  );
}
