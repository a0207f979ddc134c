import type { Context } from '../../common/context';
import { type InputErrors, optionalText, requiredText } from '../../common/errors';
import { MAX_LENGTH } from '../../common/limits';
import { parseId } from '../../common/ids';
import { diff, runMutation } from '../../common/mutation';
import { paginate, type PageQuery } from '../../common/pagination';
import { readInScope } from '../../common/records';
import type { ReadSql } from '../../common/sql';
import { authorize, requireViewer } from '../auth/policy';
import { getAgreement } from '../agreement/agreement.service';
import { canAgreement } from '../agreement/agreement.policy';
import type { CommitmentFilter, CreateCommitmentInput, UpdateCommitmentInput } from './commitment.inputs';
import type { CommitmentModel } from './commitment.model';
import { canCommitment } from './commitment.policy';
import { COMMITMENT_BY_ID, commitmentInScope, commitmentListSql, insertCommitment, IS_PARTY, updateCommitmentSql } from './commitment.sql';
import { inputErrors } from '../../common/validation';

const FIELDS: (keyof CommitmentModel)[] = [
  'agreementId', 'agencyId', 'description', 'issueArea', 'indicator', 'targetValue', 'achievedValue', 'dueOn', 'status',
];
const DETAIL_FIELDS = ['description', 'indicator', 'targetValue', 'dueOn'] as const;

/** The list's statement parts: scope, filters and order (pages and exports share them). */
export function commitmentListQuery(ctx: Context, filter: CommitmentFilter | null | undefined): PageQuery {
  return commitmentListSql(requireViewer(ctx), ctx.today, filter);
}

export function listCommitments(ctx: Context, filter: CommitmentFilter | null | undefined, first?: number, after?: string | null) {
  return paginate<CommitmentModel>(ctx.sql, commitmentListQuery(ctx, filter), first, after);
}

export function getCommitment(ctx: Context, id: string, sql: ReadSql = ctx.sql, lock = false): Promise<CommitmentModel> {
  return readInScope<CommitmentModel>(sql, commitmentInScope(requireViewer(ctx), id, lock));
}

function checkValues(errors: InputErrors, v: { targetValue?: number | null; achievedValue?: number | null }) {
  if (v.targetValue !== undefined && v.targetValue !== null) {
    errors.check(Number.isFinite(v.targetValue) && v.targetValue >= 0, 'targetValue', 'OUT_OF_RANGE', 'must be zero or more', { min: 0 });
  }
  if (v.achievedValue !== undefined && v.achievedValue !== null) {
    errors.check(Number.isFinite(v.achievedValue) && v.achievedValue >= 0, 'achievedValue', 'OUT_OF_RANGE', 'must be zero or more', { min: 0 });
  }
}

export async function createCommitment(ctx: Context, input: CreateCommitmentInput): Promise<CommitmentModel> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, 'createCommitment', async (tx) => {
    const agreement = await getAgreement(ctx, input.agreementId, tx.sql, true);
    authorize(canAgreement(viewer, 'update', agreement), 'You can only add commitments to agreements of your own province.');
    const errors = inputErrors(input);
    const description = requiredText(errors, 'description', input.description, MAX_LENGTH.commitment);
    const indicator = optionalText(errors, 'indicator', input.indicator, MAX_LENGTH.indicator) ?? null;
    checkValues(errors, input);
    const agencyId = parseId(input.agencyId);
    const party = agencyId
      ? await tx.sql.maybeOne(IS_PARTY, [agreement.id, agencyId])
      : null;
    errors.check(!!party, 'agencyId', 'RULE', "must be one of the agreement's parties", { rule: 'AGREEMENT_PARTY' });
    errors.throwIfAny();
    const insert = insertCommitment({
      agreementId: agreement.id,
      agencyId,
      description,
      issueArea: input.issueArea ?? null,
      indicator,
      targetValue: input.targetValue ?? null,
      dueOn: input.dueOn ?? null,
    });
    const { id } = await tx.sql.one<{ id: number }>(insert.text, insert.values);
    const row = await tx.sql.one<CommitmentModel>(COMMITMENT_BY_ID, [id]);
    await tx.audit({ entityType: 'Commitment', entityId: id, provinceCode: agreement.provinceCode, changes: diff(null, row, FIELDS) });
    return row;
  });
}

export async function updateCommitment(ctx: Context, id: string, input: UpdateCommitmentInput): Promise<CommitmentModel> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, 'updateCommitment', async (tx) => {
    const before = await getCommitment(ctx, id, tx.sql, true);
    authorize(canCommitment(viewer, 'update', before), "You can only update commitments of your own province or your agency's own.");
    const touchesDetails = DETAIL_FIELDS.some((f) => input[f] !== undefined);
    authorize(
      !touchesDetails || canCommitment(viewer, 'editDetails', before),
      "Only the province's coordinator can change a commitment's description, indicator, target or due date; you can update its status and progress.",
    );
    const errors = inputErrors(input);
    const description =
      input.description === undefined || input.description === null ? before.description : requiredText(errors, 'description', input.description, MAX_LENGTH.commitment);
    const indicator = input.indicator === undefined ? before.indicator : (optionalText(errors, 'indicator', input.indicator, MAX_LENGTH.indicator) ?? null);
    checkValues(errors, input);
    errors.throwIfAny();
    const next = {
      description,
      indicator,
      targetValue: input.targetValue === undefined ? before.targetValue : input.targetValue,
      achievedValue: input.achievedValue === undefined ? before.achievedValue : input.achievedValue,
      dueOn: input.dueOn === undefined ? before.dueOn : input.dueOn,
      status: input.status ?? before.status,
    };
    const update = updateCommitmentSql(before.id, next);
    await tx.sql.run(update.text, update.values);
    const after = await tx.sql.one<CommitmentModel>(COMMITMENT_BY_ID, [before.id]);
    await tx.audit({ entityType: 'Commitment', entityId: before.id, provinceCode: before.provinceCode, changes: diff(before, after, FIELDS) });
    return after;
  });
}
