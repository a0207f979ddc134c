import type { Context } from '../../common/context';
import { InputErrors, optionalText, requiredText } from '../../common/errors';
import { MAX_LENGTH } from '../../common/limits';
import { parseId } from '../../common/ids';
import { diff, runMutation } from '../../common/mutation';
import { paginate, Params, type PageQuery } from '../../common/pagination';
import { readInScope } from '../../common/records';
import { authorize, requireViewer } from '../auth/policy';
import { getAgreement } from '../agreement/agreement.service';
import { agreementScope, canUpdateAgreement } from '../agreement/agreement.policy';
import type { CommitmentFilter, CreateCommitmentInput, UpdateCommitmentInput } from './commitment.inputs';
import { COMMITMENT_COLUMNS, COMMITMENT_FROM, type CommitmentModel } from './commitment.model';
import { canEditCommitmentDetails, canUpdateCommitment } from './commitment.policy';

const FIELDS: (keyof CommitmentModel)[] = [
  'agreementId', 'agencyId', 'description', 'issueArea', 'indicator', 'targetValue', 'achievedValue', 'dueOn', 'status',
];
const DETAIL_FIELDS = ['description', 'indicator', 'targetValue', 'dueOn'] as const;
const OPEN = `('PLANNED','IN_PROGRESS')`;

/** The list's statement parts: scope, filters and order (pages and exports share them). */
export function commitmentListQuery(ctx: Context, filter: CommitmentFilter | null | undefined): PageQuery {
  const viewer = requireViewer(ctx);
  const params = new Params();
  const where: string[] = [];
  const scope = agreementScope(viewer, params);
  if (scope) where.push(scope);
  if (filter?.provinceCode) where.push(`ag.province_code = ${params.add(filter.provinceCode)}`);
  if (filter?.agencyId) where.push(`c.agency_id = ${params.add(parseId(filter.agencyId) ?? 0)}`);
  if (filter?.agreementId) where.push(`c.agreement_id = ${params.add(parseId(filter.agreementId) ?? 0)}`);
  if (filter?.status?.length) where.push(`c.status = any(${params.add(filter.status)}::text[])`);
  if (filter?.overdue === true) where.push(`c.status in ${OPEN} and c.due_on < ${params.add(ctx.today)}::date`);
  if (filter?.overdue === false) {
    where.push(`not (c.status in ${OPEN} and c.due_on is not null and c.due_on < ${params.add(ctx.today)}::date)`);
  }
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

export function listCommitments(ctx: Context, filter: CommitmentFilter | null | undefined, first?: number, after?: string | null) {
  return paginate<CommitmentModel>(ctx.sql, commitmentListQuery(ctx, filter), first, after);
}

export function getCommitment(ctx: Context, id: string, sql = ctx.sql, lock = false): Promise<CommitmentModel> {
  const viewer = requireViewer(ctx);
  return readInScope<CommitmentModel>(sql, {
    entity: 'Commitment',
    id,
    columns: COMMITMENT_COLUMNS,
    from: COMMITMENT_FROM,
    idColumn: 'c.id',
    scope: (params) => agreementScope(viewer, params),
    lock,
  });
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
    authorize(canUpdateAgreement(viewer, agreement), 'You can only add commitments to agreements of your own province.');
    const errors = new InputErrors();
    const description = requiredText(errors, 'description', input.description, MAX_LENGTH.commitment);
    const indicator = optionalText(errors, 'indicator', input.indicator, MAX_LENGTH.indicator) ?? null;
    checkValues(errors, input);
    const agencyId = parseId(input.agencyId);
    const party = agencyId
      ? await tx.sql.maybeOne('select 1 from agreement_party where agreement_id = $1 and agency_id = $2', [agreement.id, agencyId])
      : null;
    errors.check(!!party, 'agencyId', 'RULE', "must be one of the agreement's parties", { rule: 'AGREEMENT_PARTY' });
    errors.throwIfAny();
    const { id } = await tx.sql.one<{ id: number }>(
      `insert into commitment (agreement_id, agency_id, description, issue_area, indicator, target_value, due_on, status, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, 'PLANNED', now(), now()) returning id`,
      [agreement.id, agencyId, description, input.issueArea ?? null, indicator, input.targetValue ?? null, input.dueOn ?? null],
    );
    const row = await tx.sql.one<CommitmentModel>(`select ${COMMITMENT_COLUMNS} ${COMMITMENT_FROM} where c.id = $1`, [id]);
    await tx.audit({ entityType: 'Commitment', entityId: id, provinceCode: agreement.provinceCode, changes: diff(null, row, FIELDS) });
    return row;
  });
}

export async function updateCommitment(ctx: Context, id: string, input: UpdateCommitmentInput): Promise<CommitmentModel> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, 'updateCommitment', async (tx) => {
    const before = await getCommitment(ctx, id, tx.sql, true);
    authorize(canUpdateCommitment(viewer, before), "You can only update commitments of your own province or your agency's own.");
    const touchesDetails = DETAIL_FIELDS.some((f) => input[f] !== undefined);
    authorize(
      !touchesDetails || canEditCommitmentDetails(viewer, before),
      "Only the province's coordinator can change a commitment's description, indicator, target or due date; you can update its status and progress.",
    );
    const errors = new InputErrors();
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
    await tx.sql.run(
      `update commitment set description = $2, indicator = $3, target_value = $4, achieved_value = $5, due_on = $6, status = $7, updated_at = now()
       where id = $1`,
      [before.id, next.description, next.indicator, next.targetValue, next.achievedValue, next.dueOn, next.status],
    );
    const after = await tx.sql.one<CommitmentModel>(`select ${COMMITMENT_COLUMNS} ${COMMITMENT_FROM} where c.id = $1`, [before.id]);
    await tx.audit({ entityType: 'Commitment', entityId: before.id, provinceCode: before.provinceCode, changes: diff(before, after, FIELDS) });
    return after;
  });
}
