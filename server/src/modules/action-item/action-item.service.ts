import type { Context } from '../../common/context';
import { ActionStatus } from '../../common/enums';
import { conflict, InputErrors, optionalText, requiredText } from '../../common/errors';
import { MAX_LENGTH } from '../../common/limits';
import { parseId } from '../../common/ids';
import { diff, runMutation, runSingleStatementMutation, type Tx } from '../../common/mutation';
import { paginate, type PageQuery } from '../../common/pagination';
import { readInScope } from '../../common/records';
import type { ReadSql } from '../../common/sql';
import { checkAgency } from '../agency/agency.checks';
import { authorize, requireViewer } from '../auth/policy';
import { canCommitment } from '../commitment/commitment.policy';
import { canMeeting } from '../meeting/meeting.policy';
import { unknownProvince } from '../province/reference.service';
import { checkRecommendationLink } from '../recommendation/recommendation.service';
import type { ActionItemFilter, CreateActionItemInput, UpdateActionItemInput } from './action-item.inputs';
import type { ActionItemModel } from './action-item.model';
import { canActionItem } from './action-item.policy';
import {
  ACTION_ITEM_SHAPE,
  ACTION_ITEM_VERSION,
  actionItemInScope,
  actionItemListSql,
  actionItemPagePlan,
  COMMITMENT_PROVINCE_AND_AGENCY,
  exists,
  INSERT_NOTE,
  insertActionItem,
  MEETING_PROVINCE,
  updateActionItemStatement,
  type ActionItemSelection,
} from './action-item.sql';
import { notifyChange } from '../notification/notification.writer';
import { inputErrors } from '../../common/validation';

export type { ActionItemSelection } from './action-item.sql';

const FIELDS: (keyof ActionItemModel)[] = [
  'title', 'description', 'provinceCode', 'agencyId', 'commitmentId', 'meetingId', 'recommendationId', 'priority', 'status', 'openedOn', 'dueOn', 'completedOn',
];
/** Fields recorded in a history entry's `changes` (status has its own columns). */
const HISTORY_FIELDS: (keyof ActionItemModel)[] = ['title', 'description', 'priority', 'dueOn', 'completedOn'];

/** The list's statement parts: scope, filters and order (pages and exports share them). */
export function actionItemListQuery(ctx: Context, filter: ActionItemFilter | null | undefined): PageQuery {
  return actionItemListSql(requireViewer(ctx), ctx.today, filter);
}

export async function listActionItems(
  ctx: Context,
  filter: ActionItemFilter | null | undefined,
  first?: number,
  after?: string | null,
  selection?: ActionItemSelection,
) {
  const query = actionItemListQuery(ctx, filter);
  const plan = selection ? actionItemPagePlan(ctx.viewer!, selection) : null;
  if (plan) Object.assign(query, { columns: plan.columns, extraColumns: plan.extraColumns });
  const page = await paginate<ActionItemModel>(ctx.sql, query, first, after);
  const node = plan?.node ?? ((row: Record<string, unknown>) => ACTION_ITEM_SHAPE.pick(row)!);
  page.nodes = page.nodes.map((row) => node(row as unknown as Record<string, unknown>));
  return page;
}

export function getActionItem(ctx: Context, id: string, sql: ReadSql = ctx.sql): Promise<ActionItemModel> {
  return readInScope<ActionItemModel>(sql, actionItemInScope(requireViewer(ctx), id));
}

async function checkOptionalRef(tx: Tx, errors: InputErrors, field: string, table: 'commitment' | 'meeting', raw: string | null | undefined) {
  if (!raw) return null;
  const id = parseId(raw);
  const row = id ? await tx.sql.maybeOne(exists(table), [id]) : null;
  if (!row) errors.add(field, 'NOT_FOUND', `names a ${table} that does not exist`);
  return id;
}

/**
 * An item becomes a follow-up of a meeting only for who may record that meeting's follow-ups
 * (Meeting.viewerCanUpdate), and part of delivering a commitment only for who may update that
 * commitment's progress (Commitment.viewerCanUpdate): no hanging items off another province's records.
 */
async function authorizeParents(tx: Tx, commitmentId: number | null, meetingId: number | null) {
  const meeting = meetingId
    ? await tx.sql.maybeOne<{ provinceCode: string | null }>(MEETING_PROVINCE, [meetingId])
    : null;
  if (meeting) authorize(canMeeting(tx.viewer, 'update', meeting), "Only the meeting's province coordinator can record its follow-ups.");
  const commitment = commitmentId
    ? await tx.sql.maybeOne<{ provinceCode: string | null; agencyId: number }>(COMMITMENT_PROVINCE_AND_AGENCY, [commitmentId])
    : null;
  if (commitment) authorize(canCommitment(tx.viewer, 'update', commitment), 'You can only add action items to commitments you may update.');
}

export async function createActionItem(ctx: Context, input: CreateActionItemInput): Promise<ActionItemModel> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, 'createActionItem', async (tx) => {
    const errors = inputErrors(input);
    const agency = await checkAgency(tx.sql, errors, 'agencyId', input.agencyId);
    let provinceCode = input.provinceCode ?? agency?.provinceCode ?? null;
    if (unknownProvince(input.provinceCode)) {
      errors.add('provinceCode', 'NOT_FOUND', 'is not a known province code');
      provinceCode = null;
    } else if (agency && !provinceCode) {
      errors.add('provinceCode', 'REQUIRED', 'is required for an item of a national agency', { when: 'NATIONAL_AGENCY' });
    }
    if ((agency || !errors.has('agencyId')) && !unknownProvince(input.provinceCode)) {
      authorize(
        canActionItem(viewer, 'create', { provinceCode, agencyId: agency?.id ?? parseId(input.agencyId) }),
        "You can only create action items in your own province (members: for your own agency, in its province).",
      );
    }
    const title = requiredText(errors, 'title', input.title);
    const description = optionalText(errors, 'description', input.description, MAX_LENGTH.description) ?? null;
    const commitmentId = await checkOptionalRef(tx, errors, 'commitmentId', 'commitment', input.commitmentId);
    const meetingId = await checkOptionalRef(tx, errors, 'meetingId', 'meeting', input.meetingId);
    await authorizeParents(tx, commitmentId, meetingId);
    const recommendationId = await checkRecommendationLink(tx.sql, errors, input.recommendationId, provinceCode);
    const openedOn = input.openedOn ?? tx.today;
    if (input.dueOn < openedOn) errors.add('dueOn', 'DATE_ORDER', 'must not be before openedOn', { after: 'openedOn' });
    errors.throwIfAny();
    const insert = insertActionItem({
      title,
      description,
      provinceCode,
      agencyId: agency!.id,
      commitmentId,
      meetingId,
      recommendationId,
      priority: input.priority,
      openedOn,
      dueOn: input.dueOn,
    });
    const row = await tx.sql.one<ActionItemModel>(insert.text, insert.values);
    await tx.audit({ entityType: 'ActionItem', entityId: row.id, provinceCode, changes: diff(null, row, FIELDS) });
    await notifyChange(tx, 'ACTION_ASSIGNED', row.id);
    return row;
  });
}

function conflictError(read: number, current: number) {
  return conflict(
    `Someone else changed this action item after you read it (you read version ${read}, it is now version ${current}). ` +
      'Nothing was changed: look at its current state and apply your change again.',
    { currentVersion: current, yourVersion: read },
  );
}

/** An item's details: only the province's coordinator changes them (canEditActionDetails). */
const DETAIL_FIELDS = ['title', 'description', 'priority', 'dueOn'] as const;

/** Whether an update changes a detail: given, and not null where null keeps the value (all but the description, which null clears). */
const changesDetail = (input: UpdateActionItemInput, field: (typeof DETAIL_FIELDS)[number]) =>
  input[field] !== undefined && (input[field] !== null || field === 'description');

export async function updateActionItem(ctx: Context, id: string, input: UpdateActionItemInput): Promise<ActionItemModel> {
  const viewer = requireViewer(ctx);
  // The item, its history entry and its audit event are written by one statement, and only if
  // the version read below is still current.
  return runSingleStatementMutation<ActionItemModel, ActionItemModel>(ctx, 'updateActionItem', async (tx) => {
    const before = await getActionItem(ctx, id, tx.sql);
    authorize(canActionItem(viewer, 'update', before), "You can only update action items of your own province or your agency's own.");
    const touchesDetails = DETAIL_FIELDS.some((f) => changesDetail(input, f));
    authorize(
      !touchesDetails || canActionItem(viewer, 'editDetails', before),
      "Only the province's coordinator can change an item's title, description, priority or due date; you can change its status, completion date and notes.",
    );
    if (input.version !== before.version) throw conflictError(input.version, before.version);

    const errors = inputErrors(input);
    const title = input.title === undefined || input.title === null ? before.title : requiredText(errors, 'title', input.title);
    const description = input.description === undefined ? before.description : (optionalText(errors, 'description', input.description, MAX_LENGTH.description) ?? null);
    const dueOn = input.dueOn ?? before.dueOn;
    if (input.dueOn && input.dueOn < before.openedOn) errors.add('dueOn', 'DATE_ORDER', 'must not be before openedOn', { after: 'openedOn' });
    const status = input.status ?? before.status;
    let completedOn: string | null = null;
    if (status === ActionStatus.DONE) {
      completedOn = input.completedOn ?? (before.status === ActionStatus.DONE ? before.completedOn : null) ?? tx.today;
      if (completedOn > tx.today) errors.add('completedOn', 'FUTURE_DATE', 'must not be in the future');
      else if (completedOn < before.openedOn) errors.add('completedOn', 'DATE_ORDER', 'must not be before openedOn', { after: 'openedOn' });
    } else if (input.completedOn) {
      errors.add('completedOn', 'NOT_APPLICABLE', 'can only be set when the status is DONE', { when: 'STATUS_DONE' });
    }
    const note = optionalText(errors, 'note', input.note, MAX_LENGTH.actionNote) ?? null;
    errors.throwIfAny();

    const next: ActionItemModel = { ...before, title, description, priority: input.priority ?? before.priority, status, dueOn, completedOn };
    const changes = diff(before, next, FIELDS);
    const event = { entityType: 'ActionItem', entityId: before.id, provinceCode: before.provinceCode };
    if (Object.keys(changes).length === 0 && !note) {
      return { statement: tx.audit({ ...event, changes: null }), answer: () => before };
    }
    // The database decides: the row changes only if nobody bumped the version since we read it.
    // Its history entry and audit event are written by the same statement, and only if it did:
    // one round trip while the row locks are held instead of three. `next` holds exactly the
    // values the statement writes, so the history is computed from it before.
    if (note) changes.note = { before: null, after: note };
    const statusChanged = before.status !== next.status;
    const statement = updateActionItemStatement(
      next,
      input.version,
      {
        authorId: viewer.id,
        note,
        fromStatus: statusChanged ? before.status : null,
        toStatus: statusChanged ? next.status : null,
        changes: diff(before, next, HISTORY_FIELDS),
      },
      (source, params) => tx.auditFrom({ ...event, changes }, source, params),
    );
    return {
      statement,
      async answer(rows: ActionItemModel[]) {
        if (rows[0]) return rows[0];
        const current = await tx.sql.one<{ version: number }>(ACTION_ITEM_VERSION, [before.id]);
        throw conflictError(input.version, current.version);
      },
    };
  });
}

export async function addActionNote(ctx: Context, id: string, noteRaw: string): Promise<ActionItemModel> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, 'addActionNote', async (tx) => {
    const item = await getActionItem(ctx, id, tx.sql);
    authorize(canActionItem(viewer, 'update', item), "You can only add notes to action items of your own province or your agency's own.");
    const errors = new InputErrors();
    const note = requiredText(errors, 'note', noteRaw, MAX_LENGTH.actionNote);
    errors.throwIfAny();
    await tx.sql.run(INSERT_NOTE, [item.id, viewer.id, note]);
    await tx.audit({ entityType: 'ActionItem', entityId: item.id, provinceCode: item.provinceCode, changes: { note: { before: null, after: note } } });
    return item;
  });
}
