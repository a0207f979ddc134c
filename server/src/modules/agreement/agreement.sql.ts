/**
 * Every statement of the agreements and their parties: columns and the model's keys (one
 * definition), the list, single-record and loader reads, and the writes. agreement.service.ts
 * decides what to read and write (rules, checks, audit); this file says how.
 */
import type { Viewer } from '../../common/context';
import { addDays } from '../../common/dates';
import { parseId } from '../../common/ids';
import { Params, type PageQuery } from '../../common/pagination';
import { RecordShape } from '../../common/record-shape';
import { linkedSql } from '../../common/records';
import { escapeLike, selectList, type Statement } from '../../common/sql';
import { isBlank, trimText } from '../../common/text';
import { AGENCY_SHAPE, linkedAgencies } from '../agency/agency.sql';
import type { AgreementFilter } from './agreement.inputs';
import { AgreementModel } from './agreement.model';
import { agreementScope } from './agreement.policy';
import { AGREEMENT_STATUS_READS, agreementExpiringSql, agreementStatusSql } from './agreement.status';

// ---------------------------------------------------------------------------- columns

export const AGREEMENT_COLUMNS = selectList({
  id: 'ag.id',
  title: 'ag.title',
  reference: 'ag.reference',
  kind: 'ag.kind',
  issueAreas: 'ag.issue_areas',
  provinceCode: 'ag.province_code',
  networkId: 'ag.network_id',
  meetingId: 'ag.meeting_id',
  signedOn: 'ag.signed_on',
  expiresOn: 'ag.expires_on',
  terminatedOn: 'ag.terminated_on',
} satisfies Record<keyof AgreementModel, string>);

/** AGREEMENT_COLUMNS as a shape (see RecordShape), with the columns each field resolver of AgreementResolver reads. */
export const AGREEMENT_SHAPE = new RecordShape(AGREEMENT_COLUMNS, AgreementModel, {
  status: AGREEMENT_STATUS_READS,
  province: ['provinceCode'],
  network: ['networkId'],
  meeting: ['meetingId'],
  parties: ['id'],
  commitments: ['id'],
  viewerCanUpdate: ['provinceCode'],
} satisfies Record<string, readonly (keyof AgreementModel)[]>);

// ---------------------------------------------------------------------------- loaders

export const AGREEMENTS_BY_ID = `select ${AGREEMENT_COLUMNS} from agreement ag where ag.id = any($1::int[])`;

/** The parties of each agreement, full agency rows, by name. */
export const PARTIES_BY_AGREEMENT = linkedSql(linkedAgencies('agreement_party', 'agreement_id', 'agreementId'));

/** The agreements signed at each meeting that the viewer may read. */
export function agreementsByMeetingSql(viewer: Viewer, ids: readonly number[]): Statement {
  const params = new Params();
  const idsParam = params.add(ids);
  const scope = agreementScope(viewer, params);
  return {
    text: `select ${AGREEMENT_COLUMNS} from agreement ag
       where ag.meeting_id = any(${idsParam}::int[]) ${scope ? `and ${scope}` : ''} order by ag.id`,
    values: params.values,
    prepare: true,
  };
}

/** The parties of agreement `agreementId` (a placeholder or column) as a JSON array of `keys`, by name. */
export function partiesJson(agreementId: string, keys: readonly string[]): string {
  return `(select coalesce(json_agg(${AGENCY_SHAPE.jsonObject(keys)} order by a.name, a.id), '[]')
          from agreement_party p join agency a on a.id = p.agency_id where p.agreement_id = ${agreementId})`;
}

// ---------------------------------------------------------------------------- lists and single records

/**
 * The list's statement parts: scope, filters and order (pages and exports share them).
 * `expiringWithinDays` must have been checked (a whole number of days).
 */
export function agreementListSql(viewer: Viewer, today: string, filter: AgreementFilter | null | undefined): PageQuery {
  const params = new Params();
  const where: string[] = [];
  const scope = agreementScope(viewer, params);
  if (scope) where.push(scope);
  if (filter?.provinceCode) where.push(`ag.province_code = ${params.add(filter.provinceCode)}`);
  if (filter?.status) where.push(`${agreementStatusSql('ag', params.add(today))} = ${params.add(filter.status)}`);
  if (filter?.issueArea) where.push(`${params.add(filter.issueArea)} = any(ag.issue_areas)`);
  if (filter?.agencyId) {
    where.push(`exists (select 1 from agreement_party fp where fp.agreement_id = ag.id and fp.agency_id = ${params.add(parseId(filter.agencyId) ?? 0)})`);
  }
  if (filter?.networkId) where.push(`ag.network_id = ${params.add(parseId(filter.networkId) ?? 0)}`);
  if (filter?.meetingId) where.push(`ag.meeting_id = ${params.add(parseId(filter.meetingId) ?? 0)}`);
  if (filter?.expiringWithinDays !== undefined && filter?.expiringWithinDays !== null) {
    const asOf = params.add(today);
    where.push(agreementExpiringSql('ag', asOf, params.add(addDays(today, filter.expiringWithinDays))));
  }
  if (filter?.search && !isBlank(filter.search)) {
    const p = params.add(`%${escapeLike(trimText(filter.search))}%`);
    where.push(`(ag.title ilike ${p} or ag.reference ilike ${p})`);
  }
  return {
    columns: AGREEMENT_COLUMNS,
    from: 'from agreement ag',
    where,
    params,
    // Unsigned drafts first, then the most recently signed.
    keys: [
      { expr: `coalesce(ag.signed_on, '9999-12-31'::date)`, type: 'date' },
      { expr: 'ag.id', type: 'int' },
    ],
    direction: 'desc',
  };
}

/** One agreement by id within the viewer's scope (see readInScope), locked when `lock`. */
export const agreementInScope = (viewer: Viewer, id: string | number, lock = false) => ({
  entity: 'Agreement',
  id,
  columns: AGREEMENT_COLUMNS,
  from: 'from agreement ag',
  idColumn: 'ag.id',
  scope: (params: Params) => agreementScope(viewer, params),
  lock,
});

// ---------------------------------------------------------------------------- writes

/** A network's or meeting's province, for checking an agreement's parent. */
export const parentProvince = (table: 'network' | 'meeting') => `select province_code as "provinceCode" from ${table} where id = $1`;

export function insertAgreement(v: {
  title: string;
  reference: string | null;
  kind: string;
  issueAreas: string[];
  provinceCode: string | null;
  networkId: number | null;
  meetingId: number | null;
  signedOn: string | null;
  expiresOn: string | null;
}): Statement {
  return {
    text: `insert into agreement as ag (title, reference, kind, issue_areas, province_code, network_id, meeting_id, signed_on, expires_on, created_at, updated_at)
       values ($1, $2, $3, $4::text[], $5, $6, $7, $8, $9, now(), now()) returning ${AGREEMENT_COLUMNS}`,
    values: [v.title, v.reference, v.kind, v.issueAreas, v.provinceCode, v.networkId, v.meetingId, v.signedOn, v.expiresOn],
  };
}

export function updateAgreementSql(
  id: number,
  v: { title: string; reference: string | null; issueAreas: string[]; signedOn: string | null; expiresOn: string | null; terminatedOn: string | null },
): Statement {
  return {
    text: `update agreement ag set title = $2, reference = $3, issue_areas = $4::text[], signed_on = $5, expires_on = $6,
         terminated_on = $7, updated_at = now()
       where ag.id = $1 returning ${AGREEMENT_COLUMNS}`,
    values: [id, v.title, v.reference, v.issueAreas, v.signedOn, v.expiresOn, v.terminatedOn],
  };
}

export const PARTY_IDS = 'select agency_id as id from agreement_party where agreement_id = $1 order by agency_id';

/** The agencies with commitments under agreement $1 that are not among the agencies $2. */
export const COMMITTED_OUTSIDE = `select distinct agency_id as "agencyId" from commitment where agreement_id = $1 and not (agency_id = any($2::int[]))`;

/** The parties of agreement $1 become exactly the agencies $2: two statements, in this order. */
export const WRITE_PARTIES = [
  'delete from agreement_party where agreement_id = $1 and not (agency_id = any($2::int[]))',
  `insert into agreement_party (agreement_id, agency_id) select $1, unnest($2::int[]) on conflict do nothing`,
] as const;
