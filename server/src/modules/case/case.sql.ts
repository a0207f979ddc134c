/**
 * Every SQL statement of the cases module: cases, their referrals and services. Reads take the
 * viewer's scope (caseScope) from the module's policy; referrals and services are read by
 * whoever reads their case.
 */
import type { Viewer } from '../../common/context';
import { type PageQuery, Params } from '../../common/pagination';
import { readManyInScope } from '../../common/records';
import { selectList, type Sql } from '../../common/sql';
import type { CaseModel, ReferralModel, ServiceRecordModel } from './case.model';
import { caseScope, involvesAgency } from './case.policy';

/** A case row as CaseModel holds it (`c` is the case_record table). */
export const CASE_COLUMNS = selectList({
  id: 'c.id',
  code: 'c.code',
  provinceCode: 'c.province_code',
  regencyCode: 'c.regency_code',
  issueArea: 'c.issue_area',
  victimAgeGroup: 'c.victim_age_group',
  victimSex: 'c.victim_sex',
  reportedOn: 'c.reported_on',
  intakeAgencyId: 'c.intake_agency_id',
  outcome: 'c.outcome',
  closedOn: 'c.closed_on',
  firstServiceOn: '(select min(s.provided_on) from service_record s where s.case_id = c.id)',
} satisfies Record<keyof CaseModel, string>);

/** A referral row as ReferralModel holds it (`r` is the referral table, joined to its case `c`). */
export const REFERRAL_COLUMNS = selectList({
  id: 'r.id',
  caseId: 'r.case_id',
  fromAgencyId: 'r.from_agency_id',
  toAgencyId: 'r.to_agency_id',
  referredOn: 'r.referred_on',
  respondedOn: 'r.responded_on',
  status: 'r.status',
  provinceCode: 'c.province_code',
} satisfies Record<keyof ReferralModel, string>);

/** A service row as ServiceRecordModel holds it (`s` is the service_record table). */
export const SERVICE_COLUMNS = selectList({
  id: 's.id',
  caseId: 's.case_id',
  agencyId: 's.agency_id',
  type: 's.type',
  providedOn: 's.provided_on',
} satisfies Record<keyof ServiceRecordModel, string>);

/** The columns diffed into the audit events of a new case, referral and service. */
export const CASE_AUDITED: (keyof CaseModel)[] = [
  'code', 'provinceCode', 'regencyCode', 'issueArea', 'victimAgeGroup', 'victimSex', 'reportedOn', 'intakeAgencyId', 'outcome', 'closedOn',
];
export const REFERRAL_AUDITED: (keyof ReferralModel)[] = ['caseId', 'fromAgencyId', 'toAgencyId', 'referredOn', 'status'];
export const SERVICE_AUDITED: (keyof ServiceRecordModel)[] = ['caseId', 'agencyId', 'type', 'providedOn'];

const CASE_FROM = 'from case_record c';
const REFERRAL_FROM = 'from referral r join case_record c on c.id = r.case_id';

export interface CaseListFilter {
  provinceCode?: string | null;
  issueArea?: string | null;
  outcome?: string | null;
  /** Cases this agency is involved in; 0 for an id that names nothing. */
  agencyId?: number | null;
  reportedFrom?: string | null;
  reportedTo?: string | null;
  referralStatus?: string | null;
}

/** The list's statement parts: scope, filters and order, latest reported first (pages and exports share them). */
export function caseListParts(viewer: Viewer, filter: CaseListFilter): PageQuery {
  const params = new Params();
  const where: string[] = [];
  const scope = caseScope(viewer, params);
  if (scope) where.push(scope);
  if (filter.provinceCode) where.push(`c.province_code = ${params.add(filter.provinceCode)}`);
  if (filter.issueArea) where.push(`c.issue_area = ${params.add(filter.issueArea)}`);
  if (filter.outcome) where.push(`c.outcome = ${params.add(filter.outcome)}`);
  if (filter.agencyId !== undefined && filter.agencyId !== null) where.push(involvesAgency('c', params.add(filter.agencyId)));
  if (filter.reportedFrom) where.push(`c.reported_on >= ${params.add(filter.reportedFrom)}::date`);
  if (filter.reportedTo) where.push(`c.reported_on <= ${params.add(filter.reportedTo)}::date`);
  if (filter.referralStatus) {
    where.push(`exists (select 1 from referral fr where fr.case_id = c.id and fr.status = ${params.add(filter.referralStatus)})`);
  }
  return {
    columns: CASE_COLUMNS,
    from: CASE_FROM,
    where,
    params,
    keys: [
      { expr: 'c.reported_on', type: 'date' },
      { expr: 'c.id', type: 'int' },
    ],
    direction: 'desc',
  };
}

/** The parts of one case's read (see readInScope): columns, table, scope. */
export const caseRead = (viewer: Viewer) => ({
  entity: 'Case',
  columns: CASE_COLUMNS,
  from: CASE_FROM,
  idColumn: 'c.id',
  scope: (params: Params) => caseScope(viewer, params),
});

/** The parts of one referral's read (see readInScope): whoever reads its case reads it. */
export const referralRead = (viewer: Viewer) => ({
  entity: 'Referral',
  columns: REFERRAL_COLUMNS,
  from: REFERRAL_FROM,
  idColumn: 'r.id',
  scope: (params: Params) => caseScope(viewer, params),
});

/** Cases by id within the viewer's read scope, in no particular order (caseById). */
export function casesByIds(sql: Sql, viewer: Viewer, ids: readonly number[]) {
  return readManyInScope<CaseModel>(sql, caseRead(viewer), ids);
}

/** Referrals by id within the viewer's read scope of their case, in no particular order (referralById). */
export function referralsByIds(sql: Sql, viewer: Viewer, ids: readonly number[]) {
  return readManyInScope<ReferralModel>(sql, referralRead(viewer), ids);
}

/** The referrals of cases, in the order they were made. */
export function referralsOfCases(sql: Sql, caseIds: readonly number[]) {
  return sql.all<ReferralModel>(
    `select ${REFERRAL_COLUMNS} ${REFERRAL_FROM}
       where r.case_id = any($1::int[]) order by r.referred_on, r.id`,
    [caseIds],
    { prepare: true },
  );
}

/** The services of cases, in the order they were provided. */
export function servicesOfCases(sql: Sql, caseIds: readonly number[]) {
  return sql.all<ServiceRecordModel>(
    `select ${SERVICE_COLUMNS} from service_record s where s.case_id = any($1::int[]) order by s.provided_on, s.id`,
    [caseIds],
    { prepare: true },
  );
}

/** One case, unscoped (a mutation's own record, after its write). */
export function caseRow(sql: Sql, id: number) {
  return sql.one<CaseModel>(`select ${CASE_COLUMNS} ${CASE_FROM} where c.id = $1`, [id]);
}

export interface NewCase {
  code: string;
  provinceCode: string;
  regencyCode: string | null;
  issueArea: string;
  victimAgeGroup: string;
  victimSex: string;
  reportedOn: string;
  intakeAgencyId: number;
}

/** Inserts an OPEN case; null (nothing inserted) when its code is taken. */
export function insertCase(sql: Sql, row: NewCase) {
  return sql.maybeOne<{ id: number }>(
    `insert into case_record (code, province_code, regency_code, issue_area, victim_age_group, victim_sex, reported_on,
       intake_agency_id, outcome, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, 'OPEN', now(), now())
     on conflict (code) do nothing returning id`,
    [row.code, row.provinceCode, row.regencyCode, row.issueArea, row.victimAgeGroup, row.victimSex, row.reportedOn, row.intakeAgencyId],
  );
}

export function updateCaseOutcome(sql: Sql, id: number, outcome: string, closedOn: string | null) {
  return sql.run('update case_record set outcome = $2, closed_on = $3, updated_at = now() where id = $1', [id, outcome, closedOn]);
}

/** Inserts a PENDING referral and reads it back as ReferralModel. */
export async function insertReferral(sql: Sql, row: { caseId: number; fromAgencyId: number; toAgencyId: number; referredOn: string }) {
  const { id } = await sql.one<{ id: number }>(
    `insert into referral (case_id, from_agency_id, to_agency_id, referred_on, status, created_at)
     values ($1, $2, $3, $4, 'PENDING', now()) returning id`,
    [row.caseId, row.fromAgencyId, row.toAgencyId, row.referredOn],
  );
  return sql.one<ReferralModel>(`select ${REFERRAL_COLUMNS} ${REFERRAL_FROM} where r.id = $1`, [id]);
}

export function updateReferralStatus(sql: Sql, id: number, status: string, respondedOn: string) {
  return sql.one<ReferralModel>(
    `with u as (update referral set status = $2, responded_on = $3 where id = $1 returning *)
     select ${REFERRAL_COLUMNS} from u r join case_record c on c.id = r.case_id`,
    [id, status, respondedOn],
  );
}

export function insertService(sql: Sql, row: { caseId: number; agencyId: number; type: string; providedOn: string }) {
  return sql.one<ServiceRecordModel>(
    `insert into service_record as s (case_id, agency_id, type, provided_on, created_at) values ($1, $2, $3, $4, now())
     returning ${SERVICE_COLUMNS}`,
    [row.caseId, row.agencyId, row.type, row.providedOn],
  );
}
