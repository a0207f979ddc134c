/**
 * Every statement of the commitments: columns and the model's keys (one definition), the list,
 * single-record and loader reads, and the writes. commitment.service.ts decides what to read and
 * write (rules, checks, audit); this file says how.
 */
import type { Viewer } from '../../common/context';
import { parseId } from '../../common/ids';
import { Params, type PageQuery } from '../../common/pagination';
import { RecordShape } from '../../common/record-shape';
import { selectList, type Statement } from '../../common/sql';
import { agreementScope } from '../agreement/agreement.policy';
import type { CommitmentFilter } from './commitment.inputs';
import { CommitmentModel } from './commitment.model';
import { COMMITMENT_OVERDUE_READS, commitmentOverdueSql } from './commitment.status';

// ---------------------------------------------------------------------------- columns

/** A commitment `c` with its agreement `ag` (whose province and scope are the commitment's). */
export const COMMITMENT_FROM = 'from commitment c join agreement ag on ag.id = c.agreement_id';

export const COMMITMENT_COLUMNS = selectList({
  id: 'c.id',
  agreementId: 'c.agreement_id',
  agencyId: 'c.agency_id',
  description: 'c.description',
  issueArea: 'c.issue_area',
  indicator: 'c.indicator',
  targetValue: 'c.target_value',
  achievedValue: 'c.achieved_value',
  dueOn: 'c.due_on',
  status: 'c.status',
  provinceCode: 'ag.province_code',
} satisfies Record<keyof CommitmentModel, string>);

/** COMMITMENT_COLUMNS as a shape (see RecordShape), with the columns each field resolver of CommitmentResolver reads. */
export const COMMITMENT_SHAPE = new RecordShape(COMMITMENT_COLUMNS, CommitmentModel, {
  agreement: ['agreementId'],
  agency: ['agencyId'],
  isOverdue: COMMITMENT_OVERDUE_READS,
  actionItems: ['id'],
  viewerCanUpdate: ['provinceCode', 'agencyId'],
  viewerCanEditDetails: ['provinceCode'],
} satisfies Record<string, readonly (keyof CommitmentModel)[]>);

// ---------------------------------------------------------------------------- loaders

/** By id, within the viewer's read scope. */
export function commitmentsByIdSql(viewer: Viewer, ids: readonly number[]): Statement {
  const params = new Params();
  const idsParam = params.add(ids);
  const scope = agreementScope(viewer, params);
  return {
    text: `select ${COMMITMENT_COLUMNS} ${COMMITMENT_FROM} where c.id = any(${idsParam}::int[]) ${scope ? `and ${scope}` : ''}`,
    values: params.values,
    prepare: true,
  };
}

/** The commitments of each agreement, by due date (those without one last). */
export const COMMITMENTS_BY_AGREEMENT = `select ${COMMITMENT_COLUMNS} ${COMMITMENT_FROM} where c.agreement_id = any($1::int[])
       order by c.due_on nulls last, c.id`;

/**
 * The commitments of agreement `agreementId` (a placeholder or column) as a JSON array of
 * `keys` and `extra` keys (see RecordShape.jsonObject), in COMMITMENTS_BY_AGREEMENT's order.
 */
export function commitmentsOfAgreementJson(agreementId: string, keys: readonly string[], extra?: Record<string, string>): string {
  return `(select coalesce(json_agg(${COMMITMENT_SHAPE.jsonObject(keys, extra)} order by c.due_on nulls last, c.id), '[]')
          ${COMMITMENT_FROM} where c.agreement_id = ${agreementId})`;
}

// ---------------------------------------------------------------------------- lists and single records

/** The list's statement parts: scope, filters and order (pages and exports share them). */
export function commitmentListSql(viewer: Viewer, today: string, filter: CommitmentFilter | null | undefined): PageQuery {
  const params = new Params();
  const where: string[] = [];
  const scope = agreementScope(viewer, params);
  if (scope) where.push(scope);
  if (filter?.provinceCode) where.push(`ag.province_code = ${params.add(filter.provinceCode)}`);
  if (filter?.agencyId) where.push(`c.agency_id = ${params.add(parseId(filter.agencyId) ?? 0)}`);
  if (filter?.agreementId) where.push(`c.agreement_id = ${params.add(parseId(filter.agreementId) ?? 0)}`);
  if (filter?.status?.length) where.push(`c.status = any(${params.add(filter.status)}::text[])`);
  if (filter?.overdue === true) where.push(commitmentOverdueSql('c', params.add(today)));
  if (filter?.overdue === false) where.push(`not ${commitmentOverdueSql('c', params.add(today))}`);
  return {
    columns: COMMITMENT_COLUMNS,
    from: COMMITMENT_FROM,
    where,
    params,
    keys: [
      { expr: `coalesce(c.due_on, '9999-12-31'::date)`, type: 'date' },
      { expr: 'c.id', type: 'int' },
    ],
    direction: 'asc',
  };
}

/** One commitment by id within the viewer's scope (see readInScope), locked when `lock`. */
export const commitmentInScope = (viewer: Viewer, id: string | number, lock = false) => ({
  entity: 'Commitment',
  id,
  columns: COMMITMENT_COLUMNS,
  from: COMMITMENT_FROM,
  idColumn: 'c.id',
  scope: (params: Params) => agreementScope(viewer, params),
  lock,
});

export const COMMITMENT_BY_ID = `select ${COMMITMENT_COLUMNS} ${COMMITMENT_FROM} where c.id = $1`;

// ---------------------------------------------------------------------------- writes

/** Whether agency $2 is a party to agreement $1. */
export const IS_PARTY = 'select 1 from agreement_party where agreement_id = $1 and agency_id = $2';

export function insertCommitment(v: {
  agreementId: number;
  agencyId: number | null;
  description: string;
  issueArea: string | null;
  indicator: string | null;
  targetValue: number | null;
  dueOn: string | null;
}): Statement {
  return {
    text: `insert into commitment (agreement_id, agency_id, description, issue_area, indicator, target_value, due_on, status, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, 'PLANNED', now(), now()) returning id`,
    values: [v.agreementId, v.agencyId, v.description, v.issueArea, v.indicator, v.targetValue, v.dueOn],
  };
}

export function updateCommitmentSql(
  id: number,
  v: { description: string; indicator: string | null; targetValue: number | null; achievedValue: number | null; dueOn: string | null; status: string },
): Statement {
  return {
    text: `update commitment set description = $2, indicator = $3, target_value = $4, achieved_value = $5, due_on = $6, status = $7, updated_at = now()
       where id = $1`,
    values: [id, v.description, v.indicator, v.targetValue, v.achievedValue, v.dueOn, v.status],
  };
}
