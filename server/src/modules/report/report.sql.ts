/**
 * The report's SQL: the province report's lists reuse the modules' list statements (their scope,
 * filters and order) with only the columns the PDF prints.
 */
import { listStatement, type PageQuery, type Params } from '../../common/pagination';
import type { Sql } from '../../common/sql';
import { recommendationStatusSql } from '../recommendation/recommendation.status';

/** Over agreementListQuery (`ag`). */
export const AGREEMENT_ROW = `ag.title, ag.reference, ag.expires_on::text as "expiresOn"`;

/** Over commitmentListQuery (`c`). */
export const COMMITMENT_ROW = `(select a.name from agency a where a.id = c.agency_id) as agency`;

/** Over meetingListQuery (`m`). */
export const MEETING_ROW = `m.title, m.held_on::text as "heldOn"`;

/** Over recommendationListQuery (`r`), with the status as of `asOf`. */
export const recommendationRow = (asOf: string) => (params: Params) =>
  `r.title, (select a.name from agency a where a.id = r.issuer_id) as issuer, r.issued_on::text as "issuedOn",
         ${recommendationStatusSql('r', params.add(asOf))} as status, r.response_due_on::text as "responseDueOn"`;

/** Every row of a list statement `q` (no page), with `columns` as its select list. */
export async function reportRows(sql: Sql, q: PageQuery, columns: string | ((params: Params) => string)): Promise<Record<string, unknown>[]> {
  const s = listStatement(q, typeof columns === 'string' ? () => columns : columns);
  return sql.all<Record<string, unknown>>(s.text, s.values);
}
