import type { Context } from '../../common/context';
import { RecommendationResponse } from '../../common/enums';
import { conflict, type InputErrors, optionalText, requiredText } from '../../common/errors';
import { MAX_LENGTH } from '../../common/limits';
import { parseId, parseIds } from '../../common/ids';
import { diff, runMutation } from '../../common/mutation';
import type { PageQuery } from '../../common/pagination';
import { readInScope } from '../../common/records';
import type { Sql } from '../../common/sql';
import { notifyChange } from '../notification/notification.writer';
import { checkAgencies, checkAgency } from '../agency/agency.checks';
import { authorize, requireViewer } from '../auth/policy';
import { referenceData } from '../province/reference.service';
import type { IssueRecommendationInput, RecommendationFilter, RespondToRecommendationInput } from './recommendation.inputs';
import type { RecommendationModel } from './recommendation.model';
import { canRecommendation } from './recommendation.policy';
import { inputErrors } from '../../common/validation';
import {
  answerRecommendation,
  insertRecommendation,
  isActiveOversightBody,
  recommendationForLink,
  recommendationListParts,
  recommendationPage,
  recommendationRead,
} from './recommendation.sql';

const FIELDS: (keyof RecommendationModel)[] = [
  'reference', 'title', 'text', 'issuerId', 'issuedOn', 'provinceCode', 'issueAreas', 'responseDueOn', 'response', 'responseNote', 'respondedOn',
];

export function listRecommendations(ctx: Context, filter: RecommendationFilter | null | undefined, first?: number, after?: string | null) {
  const viewer = requireViewer(ctx);
  return recommendationPage(ctx.sql, viewer, ctx.today, listFilter(filter), first, after);
}

const listFilter = (filter: RecommendationFilter | null | undefined) => ({
  ...filter,
  issuerId: filter?.issuerId ? (parseId(filter.issuerId) ?? 0) : undefined,
});

/** The list's statement parts (scope, filters, order) for exports and reports. */
export function recommendationListQuery(ctx: Context, filter: RecommendationFilter | null | undefined): PageQuery {
  return recommendationListParts(requireViewer(ctx), ctx.today, listFilter(filter));
}

/** One recommendation: NOT_FOUND when there is none, FORBIDDEN outside the viewer's read scope. */
export function getRecommendation(ctx: Context, id: string, sql: Sql = ctx.sql, lock = false): Promise<RecommendationModel> {
  return readInScope<RecommendationModel>(sql, { ...recommendationRead(requireViewer(ctx)), id, lock });
}

export async function issueRecommendation(ctx: Context, input: IssueRecommendationInput): Promise<RecommendationModel> {
  const viewer = requireViewer(ctx);
  authorize(canRecommendation(viewer, 'issueAny'), 'Only an oversight account that names its body, or an administrator, can issue recommendations.');
  authorize(canRecommendation(viewer, 'issue', { issuerId: parseId(input.issuerId) }), 'You can only issue recommendations for your own oversight body.');
  return runMutation(ctx, 'issueRecommendation', async (tx) => {
    const errors = inputErrors(input);
    const reference = optionalText(errors, 'reference', input.reference, MAX_LENGTH.reference) ?? null;
    const title = requiredText(errors, 'title', input.title);
    const text = requiredText(errors, 'text', input.text, MAX_LENGTH.recommendationText);
    const issuer = await checkAgency(tx.sql, errors, 'issuerId', input.issuerId);
    if (issuer && !(await isActiveOversightBody(tx.sql, issuer.id))?.ok) errors.add('issuerId', 'RULE', 'must be an active oversight body (sector OVERSIGHT)', { rule: 'OVERSIGHT_BODY' });
    if (input.issuedOn > tx.today) errors.add('issuedOn', 'FUTURE_DATE', 'must not be in the future');
    if (input.responseDueOn && input.responseDueOn < input.issuedOn) errors.add('responseDueOn', 'DATE_ORDER', 'must not be before issuedOn', { after: 'issuedOn' });
    if (input.issueAreas.length === 0) errors.add('issueAreas', 'REQUIRED', 'must name at least one issue area');
    const provinceCode = input.provinceCode ?? null;
    if (provinceCode !== null && !referenceData().province(provinceCode)) errors.add('provinceCode', 'NOT_FOUND', 'is not a known province code');
    const distinct = parseIds(input.addresseeIds);
    if (distinct && distinct.length !== input.addresseeIds.length) errors.add('addresseeIds', 'DUPLICATE', 'names an agency more than once');
    const addressees = await checkAgencies(tx.sql, errors, 'addresseeIds', input.addresseeIds);
    if (addressees.some((a) => a.provinceCode !== null && a.provinceCode !== provinceCode)) {
      if (provinceCode) errors.add('addresseeIds', 'OTHER_PROVINCE', 'names an agency of another province');
      else errors.add('addresseeIds', 'RULE', 'may only name national agencies when no province is addressed', { rule: 'NATIONAL_ONLY' });
    }
    errors.throwIfAny();
    const row = await insertRecommendation(tx.sql, {
      reference,
      title,
      text,
      issuerId: issuer!.id,
      issuedOn: input.issuedOn,
      provinceCode,
      issueAreas: [...new Set(input.issueAreas)],
      responseDueOn: input.responseDueOn ?? null,
      createdById: viewer.id,
      addresseeIds: addressees.map((a) => a.id),
    });
    const changes = diff(null, row, FIELDS);
    if (addressees.length) changes.addresseeIds = { before: [], after: addressees.map((a) => a.id) };
    await tx.audit({ entityType: 'Recommendation', entityId: row.id, provinceCode, changes });
    await notifyChange(tx, 'RECOMMENDATION_RECEIVED', row.id);
    return row;
  });
}

export async function respondToRecommendation(ctx: Context, id: string, input: RespondToRecommendationInput): Promise<RecommendationModel> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, 'respondToRecommendation', async (tx) => {
    // Locked, so that of two answers at the same time the second waits and then sees the first.
    const before = await getRecommendation(ctx, id, tx.sql, true);
    authorize(
      canRecommendation(viewer, 'respond', before),
      before.provinceCode ? "Only the province's coordinator can answer this recommendation." : 'Only an administrator can answer a national recommendation.',
    );
    if (before.response !== null) {
      throw conflict(`This recommendation was already answered (${before.response} on ${before.respondedOn}); an answer is given once.`);
    }
    const errors = inputErrors(input);
    const note = optionalText(errors, 'note', input.note, MAX_LENGTH.recommendationText) ?? null;
    if (!note && input.response !== RecommendationResponse.ACCEPTED) errors.add('note', 'REQUIRED', 'is required for NOTED and PARTIALLY_ACCEPTED', { when: 'PARTIAL_RESPONSE' });
    const respondedOn = input.respondedOn ?? tx.today;
    if (respondedOn > tx.today) errors.add('respondedOn', 'FUTURE_DATE', 'must not be in the future');
    else if (respondedOn < before.issuedOn) errors.add('respondedOn', 'DATE_ORDER', 'must not be before issuedOn', { after: 'issuedOn' });
    errors.throwIfAny();
    const after = await answerRecommendation(tx.sql, before.id, { response: input.response, note, respondedOn, respondedById: viewer.id });
    if (!after) throw conflict('This recommendation was already answered; an answer is given once.');
    await tx.audit({ entityType: 'Recommendation', entityId: before.id, provinceCode: before.provinceCode, changes: diff(before, after, FIELDS) });
    await notifyChange(tx, 'RECOMMENDATION_RESPONDED', before.id);
    return after;
  });
}

/**
 * `createActionItem`'s recommendationId: a recommendation of the item's province answered
 * ACCEPTED or PARTIALLY_ACCEPTED, else a field error (one message whatever the reason, so that
 * the answer says nothing about recommendations out of the caller's reach).
 */
export async function checkRecommendationLink(
  sql: Sql,
  errors: InputErrors,
  raw: string | null | undefined,
  provinceCode: string | null,
): Promise<number | null> {
  if (raw === null || raw === undefined) return null;
  const id = parseId(raw);
  const r = id ? await recommendationForLink(sql, id) : null;
  const accepted = r?.response === RecommendationResponse.ACCEPTED || r?.response === RecommendationResponse.PARTIALLY_ACCEPTED;
  if (!r || !accepted || r.provinceCode === null || r.provinceCode !== provinceCode) {
    errors.add('recommendationId', 'RULE', "must name a recommendation to the item's province that was answered ACCEPTED or PARTIALLY_ACCEPTED", { rule: 'RECOMMENDATION_ACCEPTED' });
    return null;
  }
  return id;
}
