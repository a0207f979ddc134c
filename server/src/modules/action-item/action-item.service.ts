import type { Context } from '../../common/context';
import { ActionStatus } from '../../common/enums';
import { conflict, InputErrors, optionalText, requiredText } from '../../common/errors';
import { parseId } from '../../common/ids';
import { diff, runMutation, type Tx } from '../../common/mutation';
import { paginate, Params } from '../../common/pagination';
import { readInScope } from '../../common/records';
import { checkAgency } from '../agency/agency.checks';
import { authorize, requireViewer } from '../auth/policy';
import { COMMITMENT_FROM } from '../commitment/commitment.model';
import { canUpdateCommitment } from '../commitment/commitment.policy';
import { canManageMeeting } from '../meeting/meeting.policy';
import { unknownProvince } from '../province/reference.service';
import type { ActionItemFilter, CreateActionItemInput, UpdateActionItemInput } from './action-item.inputs';
import { ACTION_ITEM_COLUMNS, type ActionItemModel } from './action-item.model';
import { actionItemScope, canCreateAction, canEditActionDetails, canUpdateAction } from './action-item.policy';

const OPEN = `('OPEN','IN_PROGRESS','BLOCKED')`;
const FIELDS: (keyof ActionItemModel)[] = [
  'title', 'description', 'provinceCode', 'agencyId', 'commitmentId', 'meetingId', 'priority', 'status', 'openedOn', 'dueOn', 'completedOn',
];
/** Fields recorded in a history entry's `changes` (status has its own columns). */
const HISTORY_FIELDS: (keyof ActionItemModel)[] = ['title', 'description', 'priority', 'dueOn', 'completedOn'];

export function listActionItems(ctx: Context, filter: ActionItemFilter | null | undefined, first?: number, after?: string | null) {
  const viewer = requireViewer(ctx);
  const params = new Params();
  const where: string[] = [];
  const scope = actionItemScope(viewer, params);
  if (scope) where.push(scope);
  const today = params.add(ctx.today);
  const overdue = `(ai.status in ${OPEN} and ai.due_on < ${today}::date)`;
  if (filter?.provinceCode) where.push(`ai.province_code = ${params.add(filter.provinceCode)}`);
  if (filter?.agencyId) where.push(`ai.agency_id = ${params.add(parseId(filter.agencyId) ?? 0)}`);
  if (filter?.commitmentId) where.push(`ai.commitment_id = ${params.add(parseId(filter.commitmentId) ?? 0)}`);
  if (filter?.meetingId) where.push(`ai.meeting_id = ${params.add(parseId(filter.meetingId) ?? 0)}`);
  if (filter?.status?.length) where.push(`ai.status = any(${params.add(filter.status)}::text[])`);
  if (filter?.priority?.length) where.push(`ai.priority = any(${params.add(filter.priority)}::text[])`);
  if (filter?.overdue === true) where.push(overdue);
  if (filter?.overdue === false) where.push(`not ${overdue}`);
  if (filter?.dueBefore) where.push(`ai.due_on < ${params.add(filter.dueBefore)}::date`);
  return paginate<ActionItemModel>(
    ctx.sql,
    {
      columns: ACTION_ITEM_COLUMNS,
      from: 'from action_item ai',
      where,
      params,
      // Overdue first, then by due date.
      keys: [
        { expr: `(case when ${overdue} then 0 else 1 end)`, type: 'int' },
        { expr: 'ai.due_on', type: 'date' },
        { expr: 'ai.id', type: 'int' },
      ],
      direction: 'asc',
    },
    first,
    after,
  );
}

export function getActionItem(ctx: Context, id: string, sql = ctx.sql): Promise<ActionItemModel> {
  const viewer = requireViewer(ctx);
  return readInScope<ActionItemModel>(sql, {
    entity: 'ActionItem',
    id,
    columns: ACTION_ITEM_COLUMNS,
    from: 'from action_item ai',
    idColumn: 'ai.id',
    scope: (params) => actionItemScope(viewer, params),
  });
}

async function checkOptionalRef(tx: Tx, errors: InputErrors, field: string, table: string, raw: string | null | undefined) {
  if (!raw) return null;
  const id = parseId(raw);
  const row = id ? await tx.sql.maybeOne(`select 1 from ${table} where id = $1`, [id]) : null;
  if (!row) errors.add(field, `names a ${table.replace('_', ' ')} that does not exist`);
  return id;
}

/**
 * An item becomes a follow-up of a meeting only for who may record that meeting's follow-ups
 * (Meeting.viewerCanUpdate), and part of delivering a commitment only for who may update that
 * commitment's progress (Commitment.viewerCanUpdate): no hanging items off another province's records.
 */
async function authorizeParents(tx: Tx, commitmentId: number | null, meetingId: number | null) {
  const meeting = meetingId
    ? await tx.sql.maybeOne<{ provinceCode: string | null }>('select province_code as "provinceCode" from meeting where id = $1', [meetingId])
    : null;
  if (meeting) authorize(canManageMeeting(tx.viewer, meeting), "Only the meeting's province coordinator can record its follow-ups.");
  const commitment = commitmentId
    ? await tx.sql.maybeOne<{ provinceCode: string | null; agencyId: number }>(
        `select ag.province_code as "provinceCode", c.agency_id as "agencyId" ${COMMITMENT_FROM} where c.id = $1`,
        [commitmentId],
      )
    : null;
  if (commitment) authorize(canUpdateCommitment(tx.viewer, commitment), 'You can only add action items to commitments you may update.');
}

export async function createActionItem(ctx: Context, input: CreateActionItemInput): Promise<ActionItemModel> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, 'createActionItem', async (tx) => {
    const errors = new InputErrors();
    const agency = await checkAgency(tx.sql, errors, 'agencyId', input.agencyId);
    let provinceCode = input.provinceCode ?? agency?.provinceCode ?? null;
    if (unknownProvince(input.provinceCode)) {
      errors.add('provinceCode', 'is not a known province code');
      provinceCode = null;
    } else if (agency && !provinceCode) {
      errors.add('provinceCode', 'is required for an item of a national agency');
    }
    if ((agency || !errors.has('agencyId')) && !unknownProvince(input.provinceCode)) {
      authorize(
        canCreateAction(viewer, provinceCode, agency?.id ?? parseId(input.agencyId)),
        "You can only create action items in your own province (members: for your own agency).",
      );
    }
    const title = requiredText(errors, 'title', input.title);
    const description = optionalText(errors, 'description', input.description, 5000) ?? null;
    const commitmentId = await checkOptionalRef(tx, errors, 'commitmentId', 'commitment', input.commitmentId);
    const meetingId = await checkOptionalRef(tx, errors, 'meetingId', 'meeting', input.meetingId);
    await authorizeParents(tx, commitmentId, meetingId);
    const openedOn = input.openedOn ?? tx.today;
    if (input.dueOn < openedOn) errors.add('dueOn', 'must not be before openedOn');
    errors.throwIfAny();
    const row = await tx.sql.one<ActionItemModel>(
      `insert into action_item as ai (title, description, province_code, agency_id, commitment_id, meeting_id, priority, status,
         opened_on, due_on, version, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, 'OPEN', $8, $9, 1, now(), now()) returning ${ACTION_ITEM_COLUMNS}`,
      [title, description, provinceCode, agency!.id, commitmentId, meetingId, input.priority, openedOn, input.dueOn],
    );
    await tx.audit({ entityType: 'ActionItem', entityId: row.id, provinceCode, changes: diff(null, row, FIELDS) });
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

export async function updateActionItem(ctx: Context, id: string, input: UpdateActionItemInput): Promise<ActionItemModel> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, 'updateActionItem', async (tx) => {
    const before = await getActionItem(ctx, id, tx.sql);
    authorize(canUpdateAction(viewer, before), "You can only update action items of your own province or your agency's own.");
    const touchesDetails =
      (input.title !== undefined && input.title !== null) ||
      input.description !== undefined ||
      (input.priority !== undefined && input.priority !== null) ||
      (input.dueOn !== undefined && input.dueOn !== null);
    authorize(
      !touchesDetails || canEditActionDetails(viewer, before),
      "Only the province's coordinator can change an item's title, description, priority or due date; you can change its status, completion date and notes.",
    );
    if (input.version !== before.version) throw conflictError(input.version, before.version);

    const errors = new InputErrors();
    const title = input.title === undefined || input.title === null ? before.title : requiredText(errors, 'title', input.title);
    const description = input.description === undefined ? before.description : (optionalText(errors, 'description', input.description, 5000) ?? null);
    const dueOn = input.dueOn ?? before.dueOn;
    if (input.dueOn && input.dueOn < before.openedOn) errors.add('dueOn', 'must not be before openedOn');
    const status = input.status ?? before.status;
    let completedOn: string | null = null;
    if (status === ActionStatus.DONE) {
      completedOn = input.completedOn ?? (before.status === ActionStatus.DONE ? before.completedOn : null) ?? tx.today;
      if (completedOn > tx.today) errors.add('completedOn', 'must not be in the future');
      else if (completedOn < before.openedOn) errors.add('completedOn', 'must not be before openedOn');
    } else if (input.completedOn) {
      errors.add('completedOn', 'can only be set when the status is DONE');
    }
    const note = optionalText(errors, 'note', input.note, 5000) ?? null;
    errors.throwIfAny();

    const next: ActionItemModel = { ...before, title, description, priority: input.priority ?? before.priority, status, dueOn, completedOn };
    const changes = diff(before, next, FIELDS);
    if (Object.keys(changes).length === 0 && !note) {
      await tx.audit({ entityType: 'ActionItem', entityId: before.id, provinceCode: before.provinceCode, changes: null });
      return before;
    }
    // The database decides: the row changes only if nobody bumped the version since we read it.
    const after = await tx.sql.maybeOne<ActionItemModel>(
      `update action_item ai set title = $3, description = $4, priority = $5, status = $6, due_on = $7, completed_on = $8,
         version = ai.version + 1, updated_at = now()
       where ai.id = $1 and ai.version = $2 returning ${ACTION_ITEM_COLUMNS}`,
      [before.id, input.version, next.title, next.description, next.priority, next.status, next.dueOn, next.completedOn],
    );
    if (!after) {
      const current = await tx.sql.one<{ version: number }>('select version from action_item where id = $1', [before.id]);
      throw conflictError(input.version, current.version);
    }
    const other = diff(before, after, HISTORY_FIELDS);
    await tx.sql.run(
      `insert into action_update (action_item_id, author_id, note, from_status, to_status, changes, created_at)
       values ($1, $2, $3, $4, $5, $6, now())`,
      [
        before.id,
        viewer.id,
        note,
        before.status !== after.status ? before.status : null,
        before.status !== after.status ? after.status : null,
        Object.keys(other).length ? JSON.stringify(other) : null,
      ],
    );
    if (note) changes.note = { before: null, after: note };
    await tx.audit({ entityType: 'ActionItem', entityId: before.id, provinceCode: before.provinceCode, changes });
    return after;
  });
}

export async function addActionNote(ctx: Context, id: string, noteRaw: string): Promise<ActionItemModel> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, 'addActionNote', async (tx) => {
    const item = await getActionItem(ctx, id, tx.sql);
    authorize(canUpdateAction(viewer, item), "You can only add notes to action items of your own province or your agency's own.");
    const errors = new InputErrors();
    const note = requiredText(errors, 'note', noteRaw, 5000);
    errors.throwIfAny();
    await tx.sql.run(
      `insert into action_update (action_item_id, author_id, note, created_at) values ($1, $2, $3, now())`,
      [item.id, viewer.id, note],
    );
    await tx.audit({ entityType: 'ActionItem', entityId: item.id, provinceCode: item.provinceCode, changes: { note: { before: null, after: note } } });
    return item;
  });
}
