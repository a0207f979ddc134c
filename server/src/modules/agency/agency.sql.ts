/**
 * Every SQL statement of the agencies module, and the agency's columns as other modules' statements
 * read them (AGENCY_COLUMNS, AGENCY_SHAPE). The directory is read by every signed-in user, so no
 * statement here takes a scope.
 */
import { type PageQuery, Params } from '../../common/pagination';
import { RecordShape } from '../../common/record-shape';
import type { LinkedRead } from '../../common/records';
import { escapeLike, selectList, type Sql } from '../../common/sql';
import { AgencyModel } from './agency.model';

/** An agency row as AgencyModel holds it (`a` is the agency table). */
export const AGENCY_COLUMNS = selectList({
  id: 'a.id',
  name: 'a.name',
  acronym: 'a.acronym',
  sector: 'a.sector',
  level: 'a.level',
  active: 'a.active',
  provinceCode: 'a.province_code',
  regencyCode: 'a.regency_code',
} satisfies Record<keyof AgencyModel, string>);

/**
 * AGENCY_COLUMNS as a shape (see RecordShape). What AgencyResolver's field resolvers read is
 * declared on them (`@Reads`).
 */
export const AGENCY_SHAPE = new RecordShape(AGENCY_COLUMNS, AgencyModel);

/** The columns diffed into an agency's audit events. */
export const AGENCY_AUDITED: (keyof AgencyModel)[] = ['name', 'acronym', 'sector', 'level', 'provinceCode', 'regencyCode', 'active'];

export interface AgencyListFilter {
  provinceCode?: string | null;
  sector?: string | null;
  level?: string | null;
  active?: boolean | null;
  /** Trimmed, not blank: matched anywhere in the name or acronym. */
  search?: string | null;
}

/** The list's statement parts: filters and order by name (pages and exports share them). */
export function agencyListParts(filter: AgencyListFilter): PageQuery {
  const params = new Params();
  const where: string[] = [];
  if (filter.provinceCode) where.push(`a.province_code = ${params.add(filter.provinceCode)}`);
  if (filter.sector) where.push(`a.sector = ${params.add(filter.sector)}`);
  if (filter.level) where.push(`a.level = ${params.add(filter.level)}`);
  if (filter.active !== undefined && filter.active !== null) where.push(`a.active = ${params.add(filter.active)}`);
  if (filter.search) {
    const p = params.add(`%${escapeLike(filter.search)}%`);
    where.push(`(a.name ilike ${p} or a.acronym ilike ${p})`);
  }
  return {
    columns: AGENCY_COLUMNS,
    from: 'from agency a',
    where,
    params,
    keys: [
      { expr: 'a.name', type: 'text' },
      { expr: 'a.id', type: 'int' },
    ],
    direction: 'asc',
  };
}

/**
 * The agencies linked to owners through `link` (see readLinked), by name: the parties of
 * agreements, the attendees of meetings, the addressees of recommendations.
 */
export function linkedAgencies<K extends string>(link: string, ownerColumn: string, ownerKey: K): LinkedRead<K> {
  return { link, ownerColumn, ownerKey, columns: AGENCY_COLUMNS, join: 'agency a on a.id = l.agency_id', orderBy: 'a.name, a.id' };
}

/** Agencies by id, in no particular order (agencyById). */
export function agenciesByIds(sql: Sql, ids: readonly number[]) {
  return sql.all<AgencyModel>(`select ${AGENCY_COLUMNS} from agency a where a.id = any($1::int[])`, [ids], { prepare: true });
}

/** One agency; `lock` takes its row lock for an update. */
export function agencyRow(sql: Sql, id: number, lock = false) {
  return sql.maybeOne<AgencyModel>(`select ${AGENCY_COLUMNS} from agency a where a.id = $1${lock ? ' for update' : ''}`, [id]);
}

export interface NewAgency {
  name: string;
  acronym: string | null;
  sector: string;
  level: string;
  provinceCode: string | null;
  regencyCode: string | null;
}

export function insertAgency(sql: Sql, row: NewAgency) {
  return sql.one<AgencyModel>(
    `insert into agency as a (name, acronym, sector, level, province_code, regency_code, active, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, true, now(), now()) returning ${AGENCY_COLUMNS}`,
    [row.name, row.acronym, row.sector, row.level, row.provinceCode, row.regencyCode],
  );
}

/** The fields of an agency that change after it is added (its level and place never do). */
export type AgencyChange = Pick<AgencyModel, 'name' | 'acronym' | 'sector' | 'active'>;

export function updateAgencyRow(sql: Sql, id: number, change: AgencyChange) {
  return sql.one<AgencyModel>(
    `update agency a set name = $2, acronym = $3, sector = $4, active = $5, updated_at = now()
     where a.id = $1 returning ${AGENCY_COLUMNS}`,
    [id, change.name, change.acronym, change.sector, change.active],
  );
}

/** What an input naming agencies is checked against (agency.checks.ts). */
export interface AgencyRef {
  id: number;
  sector: string;
  level: string;
  provinceCode: string | null;
  active: boolean;
}

/** The agencies of `ids` that exist, in no particular order. */
export function agencyRefs(sql: Sql, ids: readonly number[]) {
  return sql.all<AgencyRef>(`select id, sector, level, province_code as "provinceCode", active from agency where id = any($1::int[])`, [ids]);
}
