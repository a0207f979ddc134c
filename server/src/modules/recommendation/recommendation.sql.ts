/**
 * Every SQL statement of the recommendations module. Reads are scoped by the caller
 * (recommendationScope); the status filter uses the status rule's SQL twin.
 */
import type { Viewer } from '../../common/context';
import { ActionStatus, RecommendationResponse } from '../../common/enums';
import { type PageQuery, Params, paginate } from '../../common/pagination';
import { linkedSql, readLinked, readManyInScope } from '../../common/records';
import { selectList, type Sql } from '../../common/sql';
import type { AgencyModel } from '../agency/agency.model';
import { linkedAgencies } from '../agency/agency.sql';
import type { RecommendationModel } from './recommendation.model';
import { recommendationScope } from './recommendation.policy';
import { recommendationStatusSql } from './recommendation.status';

/** A recommendation row as RecommendationModel holds it (`r` is the recommendation table). */
export const RECOMMENDATION_COLUMNS = selectList({
  id: 'r.id',
  reference: 'r.reference',
  title: 'r.title',
  text: 'r.text',
  issuerId: 'r.issuer_id',
  issuedOn: 'r.issued_on',
  provinceCode: 'r.province_code',
  issueAreas: 'r.issue_areas',
  responseDueOn: 'r.response_due_on',
  response: 'r.response',
  responseNote: 'r.response_note',
  respondedOn: 'r.responded_on',
} satisfies Record<keyof RecommendationModel, string>);

const FROM = 'from recommendation r';

export interface RecommendationListFilter {
  provinceCode?: string | null;
  issuerId: number | null | undefined;
  status?: string[] | null;
  issueArea?: string | null;
}

/** The list's statement parts: scope, filters and order, newest first (pages and exports share them). */
export function recommendationListParts(viewer: Viewer, today: string, filter: RecommendationListFilter): PageQuery {
  const params = new Params();
  const where: string[] = [];
  const scope = recommendationScope(viewer, params);
  if (scope) where.push(scope);
  if (filter.provinceCode) where.push(`r.province_code = ${params.add(filter.provinceCode)}`);
  if (filter.issuerId !== undefined) where.push(`r.issuer_id = ${params.add(filter.issuerId ?? 0)}`);
  if (filter.status?.length) where.push(`${recommendationStatusSql('r', params.add(today))} = any(${params.add(filter.status)}::text[])`);
  if (filter.issueArea) where.push(`${params.add(filter.issueArea)} = any(r.issue_areas)`);
  return {
    columns: RECOMMENDATION_COLUMNS,
    from: FROM,
    where,
    params,
    keys: [
      { expr: 'r.issued_on', type: 'date' },
      { expr: 'r.id', type: 'int' },
    ],
    direction: 'desc',
  };
}

/** One page of the recommendations the viewer may read, newest first. */
export function recommendationPage(
  sql: Sql,
  viewer: Viewer,
  today: string,
  filter: RecommendationListFilter,
  first?: number,
  after?: string | null,
) {
  return paginate<RecommendationModel>(sql, recommendationListParts(viewer, today, filter), first, after);
}

/** The parts of one record's read (see readInScope): columns, table, scope. */
export const recommendationRead = (viewer: Viewer) => ({
  entity: 'Recommendation',
  columns: RECOMMENDATION_COLUMNS,
  from: FROM,
  idColumn: 'r.id',
  scope: (params: Params) => recommendationScope(viewer, params),
});

/** By id within the viewer's read scope (null outside it), for nested references. */
export function recommendationsByIds(sql: Sql, viewer: Viewer, ids: readonly number[]) {
  return readManyInScope<RecommendationModel>(sql, recommendationRead(viewer), ids);
}

const ADDRESSEES = linkedSql(linkedAgencies('recommendation_addressee', 'recommendation_id', 'recommendationId'));

/** The agencies each recommendation is addressed to, by name. */
export function addresseesOf(sql: Sql, ids: readonly number[]) {
  return readLinked<AgencyModel, 'recommendationId'>(sql, ADDRESSEES, ids);
}

/** The statuses of every action item linked to each recommendation (whoever may read them: the status is the recommendation's). */
export function linkedItemStatuses(sql: Sql, ids: readonly number[]) {
  return sql.all<{ recommendationId: number; statuses: ActionStatus[] }>(
    `select recommendation_id as "recommendationId", array_agg(status) as statuses
     from action_item where recommendation_id = any($1::int[]) group by recommendation_id`,
    [ids],
    { prepare: true },
  );
}

export interface IssueRow {
  reference: string | null;
  title: string;
  text: string;
  issuerId: number;
  issuedOn: string;
  provinceCode: string | null;
  issueAreas: string[];
  responseDueOn: string | null;
  createdById: number;
  addresseeIds: number[];
}

/** Inserts a recommendation and its addressees in one statement. */
export function insertRecommendation(sql: Sql, row: IssueRow) {
  return sql.one<RecommendationModel>(
    `with r as (
       insert into recommendation (reference, title, text, issuer_id, issued_on, province_code, issue_areas, response_due_on,
         created_by_id, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7::text[], $8, $9, now(), now()) returning *
     ), a as (
       insert into recommendation_addressee (recommendation_id, agency_id) select r.id, unnest($10::int[]) from r
     )
     select ${RECOMMENDATION_COLUMNS} from r`,
    [row.reference, row.title, row.text, row.issuerId, row.issuedOn, row.provinceCode, row.issueAreas, row.responseDueOn, row.createdById, row.addresseeIds],
  );
}

/** Records the answer, only if there is none yet (null when someone answered first). */
export function answerRecommendation(
  sql: Sql,
  id: number,
  a: { response: RecommendationResponse; note: string | null; respondedOn: string; respondedById: number },
) {
  return sql.maybeOne<RecommendationModel>(
    `update recommendation r set response = $2, response_note = $3, responded_on = $4, responded_by_id = $5, updated_at = now()
     where r.id = $1 and r.response is null returning ${RECOMMENDATION_COLUMNS}`,
    [id, a.response, a.note, a.respondedOn, a.respondedById],
  );
}

/** What linking an action item needs to know of a recommendation: its province and its answer. */
export function recommendationForLink(sql: Sql, id: number) {
  return sql.maybeOne<{ provinceCode: string | null; response: RecommendationResponse | null }>(
    'select province_code as "provinceCode", response from recommendation where id = $1',
    [id],
  );
}

/** Oversight bodies for an issuer check: active agencies of sector OVERSIGHT. */
export function isActiveOversightBody(sql: Sql, id: number) {
  return sql.maybeOne<{ ok: boolean }>(`select (active and sector = 'OVERSIGHT') as ok from agency where id = $1`, [id]);
}
