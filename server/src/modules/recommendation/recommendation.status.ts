import { ActionStatus, RecommendationResponse, RecommendationStatus } from '../../common/enums';

/**
 * A recommendation's status as of a day (recommendations.md, "Status"). Not answered:
 * RESPONSE_OVERDUE when responseDueOn < asOf, else AWAITING_RESPONSE. Answered NOTED:
 * NOT_ACCEPTED. Answered ACCEPTED or PARTIALLY_ACCEPTED: with L its linked action items that are
 * not CANCELLED, IMPLEMENTED when L is not empty and all of L is DONE; else IN_PROGRESS when
 * some item of L is DONE or IN_PROGRESS; else ACCEPTED.
 */
export function recommendationStatus(
  r: { response: RecommendationResponse | null; responseDueOn: string | null },
  linkedItemStatuses: readonly ActionStatus[],
  asOf: string,
): RecommendationStatus {
  if (r.response === null) {
    return r.responseDueOn !== null && r.responseDueOn < asOf ? RecommendationStatus.RESPONSE_OVERDUE : RecommendationStatus.AWAITING_RESPONSE;
  }
  if (r.response === RecommendationResponse.NOTED) return RecommendationStatus.NOT_ACCEPTED;
  const live = linkedItemStatuses.filter((s) => s !== ActionStatus.CANCELLED);
  if (live.length > 0 && live.every((s) => s === ActionStatus.DONE)) return RecommendationStatus.IMPLEMENTED;
  if (live.some((s) => s === ActionStatus.DONE || s === ActionStatus.IN_PROGRESS)) return RecommendationStatus.IN_PROGRESS;
  return RecommendationStatus.ACCEPTED;
}

/**
 * The same rule in SQL, for the `status` filter and the metrics: `alias` is the recommendation
 * row, `asOf` a placeholder or date literal.
 */
export function recommendationStatusSql(alias: string, asOf: string): string {
  return `(case when ${alias}.response is null then
      case when ${alias}.response_due_on < ${asOf}::date then 'RESPONSE_OVERDUE' else 'AWAITING_RESPONSE' end
    when ${alias}.response = 'NOTED' then 'NOT_ACCEPTED'
    else (select case when count(*) > 0 and bool_and(li.status = 'DONE') then 'IMPLEMENTED'
                      when bool_or(li.status in ('DONE', 'IN_PROGRESS')) then 'IN_PROGRESS' else 'ACCEPTED' end
          from action_item li where li.recommendation_id = ${alias}.id and li.status <> 'CANCELLED') end)`;
}
