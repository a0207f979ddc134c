import type { Context } from '../../common/context';
import { ActionStatus } from '../../common/enums';
import { conflict, InputErrors, optionalText, requiredText } from '../../common/errors';
import { MAX_LENGTH } from '../../common/limits';
import { parseId } from '../../common/ids';
import { diff, runMutation, type Tx } from '../../common/mutation';
import { paginate, Params, type PageQuery } from '../../common/pagination';
import { prefetch } from '../../common/prefetch';
import { readInScope } from '../../common/records';
import { checkAgency } from '../agency/agency.checks';
import { AGENCY_SHAPE } from '../agency/agency.model';
import { AGREEMENT_SHAPE } from '../agreement/agreement.model';
import { agreementScope } from '../agreement/agreement.policy';
import { authorize, requireViewer } from '../auth/policy';
import { COMMITMENT_FROM, COMMITMENT_SHAPE } from '../commitment/commitment.model';
import { canUpdateCommitment } from '../commitment/commitment.policy';
import { canManageMeeting } from '../meeting/meeting.policy';
import { unknownProvince } from '../province/reference.service';
import { checkRecommendationLink } from '../recommendation/recommendation.service';
import type { ActionItemFilter, CreateActionItemInput, UpdateActionItemInput } from './action-item.inputs';
import { ACTION_ITEM_COLUMNS, ACTION_ITEM_SHAPE, type ActionItemModel } from './action-item.model';
import { actionItemScope, canCreateAction, canEditActionDetails, canUpdateAction } from './action-item.policy';
import { notifyChange } from '../notification/notification.writer';

const OPEN = `('OPEN','IN_PROGRESS','BLOCKED')`;
const FIELDS: (keyof ActionItemModel)[] = [
  'title', 'description', 'provinceCode', 'agencyId', 'commitmentId', 'meetingId', 'recommendationId', 'priority', 'status', 'openedOn', 'dueOn', 'completedOn',
];
/** Fields recorded in a history entry's `changes` (status has its own columns). */
const HISTORY_FIELDS: (keyof ActionItemModel)[] = ['title', 'description', 'priority', 'dueOn', 'completedOn'];

/**
 * What a query selects of the listed items (field names per level, see fieldsAt): the page
 * statement fetches only those columns, and the selected relations with it.
 */
export interface ActionItemSelection {
  item: Set<string>;
  agency?: Set<string>;
  commitment?: Set<string>;
  /** The commitment's agreement (only with `commitment`). */
  agreement?: Set<string>;
  /** That agreement's parties (only with `agreement`). */
  parties?: Set<string>;
}

interface RelatedJson {
  _agency?: Record<string, unknown> | null;
  _commitment?:
    | (Record<string, unknown> & { _inScope: boolean; _agreement?: Record<string, unknown> & { _parties?: Record<string, unknown>[] } })
    | null;
}

/**
 * The page statement's columns for a selection, and how to build each node from its row: the
 * item's selected columns, with its agency and its commitment (with whether the viewer may read
 * it: commitmentById's scope, as an item can be readable while the commitment it delivers is
 * not), that commitment's agreement and the agreement's parties, each as JSON of the columns its
 * own selection needs, prefetched onto the node.
 */
function pagePlan(ctx: Context, sel: ActionItemSelection) {
  const commitmentFields = sel.agreement ? ['agreement'] : [];
  const itemKeys = ACTION_ITEM_SHAPE.keysFor(sel.item, [...(sel.agency ? ['agency'] : []), ...(sel.commitment ? ['commitment'] : [])]);
  const agencyKeys = sel.agency && AGENCY_SHAPE.keysFor(sel.agency);
  const commitmentKeys = sel.commitment && COMMITMENT_SHAPE.keysFor(sel.commitment, commitmentFields);
  const agreementKeys = sel.agreement && AGREEMENT_SHAPE.keysFor(sel.agreement, sel.parties ? ['parties'] : []);
  const partyKeys = sel.parties && AGENCY_SHAPE.keysFor(sel.parties);

  const extraColumns =
    agencyKeys || commitmentKeys
      ? (params: Params) => {
          const cols: string[] = [];
          if (agencyKeys) cols.push(`(select ${AGENCY_SHAPE.jsonObject(agencyKeys)} from agency a where a.id = ai.agency_id) as "_agency"`);
          if (commitmentKeys) {
            const extra: Record<string, string> = { _inScope: `(${agreementScope(ctx.viewer!, params) ?? 'true'})` };
            if (agreementKeys) {
              const parties = partyKeys
                ? {
                    _parties: `(select coalesce(json_agg(${AGENCY_SHAPE.jsonObject(partyKeys)} order by a.name, a.id), '[]')
                      from agreement_party p join agency a on a.id = p.agency_id where p.agreement_id = ag.id)`,
                  }
                : undefined;
              extra._agreement = AGREEMENT_SHAPE.jsonObject(agreementKeys, parties);
            }
            cols.push(`(select ${COMMITMENT_SHAPE.jsonObject(commitmentKeys, extra)} ${COMMITMENT_FROM} where c.id = ai.commitment_id) as "_commitment"`);
          }
          return cols.join(', ');
        }
      : undefined;

  const node = (row: Record<string, unknown> & RelatedJson): ActionItemModel => {
    const item = ACTION_ITEM_SHAPE.pick(row, itemKeys)!;
    if (agencyKeys) prefetch(item, 'agency', AGENCY_SHAPE.pick(row._agency, agencyKeys));
    if (commitmentKeys) {
      const json = row._commitment;
      const commitment = json && json._inScope ? COMMITMENT_SHAPE.pick(json, commitmentKeys)! : null;
      if (commitment && agreementKeys) {
        const agreement = AGREEMENT_SHAPE.pick(json!._agreement, agreementKeys)!;
        if (partyKeys) prefetch(agreement, 'parties', json!._agreement!._parties!.map((p) => AGENCY_SHAPE.pick(p, partyKeys)));
        prefetch(commitment, 'agreement', agreement);
      }
      prefetch(item, 'commitment', commitment);
    }
    return item;
  };
  return { columns: ACTION_ITEM_SHAPE.columns(itemKeys), extraColumns, node };
}

/** The list's statement parts: scope, filters and order (pages and exports share them). */
export function actionItemListQuery(ctx: Context, filter: ActionItemFilter | null | undefined): PageQuery {
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
  const overdueFilter = filter?.overdue ?? undefined;
  if (overdueFilter === true) where.push(overdue);
  if (overdueFilter === false) where.push(`not ${overdue}`);
  if (filter?.dueBefore) where.push(`ai.due_on < ${params.add(filter.dueBefore)}::date`);
  return {
    columns: ACTION_ITEM_COLUMNS,
    from: 'from action_item ai',
    where,
    params,
    // Overdue first, then by due date. Filtered on overdue, the first key is the same for every row.
    keys: [
      overdueFilter === undefined
        ? { expr: `(case when ${overdue} then 0 else 1 end)`, type: 'int' }
        : { expr: overdueFilter ? '0' : '1', type: 'int', constant: true },
      { expr: 'ai.due_on', type: 'date' },
      { expr: 'ai.id', type: 'int' },
    ],
    direction: 'asc',
  };
}

export async function listActionItems(
  ctx: Context,
  filter: ActionItemFilter | null | undefined,
  first?: number,
  after?: string | null,
  selection?: ActionItemSelection,
) {
  const query = actionItemListQuery(ctx, filter);
  const plan = selection ? pagePlan(ctx, selection) : null;
  if (plan) Object.assign(query, { columns: plan.columns, extraColumns: plan.extraColumns });
  const page = await paginate<ActionItemModel>(ctx.sql, query, first, after);
  const node = plan?.node ?? ((row: Record<string, unknown>) => ACTION_ITEM_SHAPE.pick(row)!);
  page.nodes = page.nodes.map((row) => node(row as unknown as Record<string, unknown>));
  return page;
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
  if (!row) errors.add(field, 'NOT_FOUND', `names a ${table.replace('_', ' ')} that does not exist`);
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
      errors.add('provinceCode', 'NOT_FOUND', 'is not a known province code');
      provinceCode = null;
    } else if (agency && !provinceCode) {
      errors.add('provinceCode', 'REQUIRED', 'is required for an item of a national agency', { when: 'NATIONAL_AGENCY' });
    }
    if ((agency || !errors.has('agencyId')) && !unknownProvince(input.provinceCode)) {
      authorize(
        canCreateAction(viewer, provinceCode, agency?.id ?? parseId(input.agencyId)),
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
    const row = await tx.sql.one<ActionItemModel>(
      `insert into action_item as ai (title, description, province_code, agency_id, commitment_id, meeting_id, recommendation_id, priority, status,
         opened_on, due_on, version, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, 'OPEN', $9, $10, 1, now(), now()) returning ${ACTION_ITEM_COLUMNS}`,
      [title, description, provinceCode, agency!.id, commitmentId, meetingId, recommendationId, input.priority, openedOn, input.dueOn],
    );
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

export async function updateActionItem(ctx: Context, id: string, input: UpdateActionItemInput): Promise<ActionItemModel> {
  const viewer = requireViewer(ctx);
  // One statement writes the item, its history entry and its audit event, and only if the
  // version read below is still current: it is the mutation's transaction (see singleStatement).
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
    if (Object.keys(changes).length === 0 && !note) {
      await tx.audit({ entityType: 'ActionItem', entityId: before.id, provinceCode: before.provinceCode, changes: null });
      return before;
    }
    // The database decides: the row changes only if nobody bumped the version since we read it.
    // Its history entry and audit event are written by the same statement, and only if it did:
    // one round trip while the row locks are held instead of three. `next` holds exactly the
    // values the statement writes, so the history is computed from it before.
    if (note) changes.note = { before: null, after: note };
    const other = diff(before, next, HISTORY_FIELDS);
    const statusChanged = before.status !== next.status;
    const p = new Params();
    const itemId = p.add(before.id);
    const after = await tx.sql.maybeOne<ActionItemModel>(
      `with u as (
         update action_item ai set title = ${p.add(next.title)}, description = ${p.add(next.description)}, priority = ${p.add(next.priority)},
           status = ${p.add(next.status)}, due_on = ${p.add(next.dueOn)}, completed_on = ${p.add(next.completedOn)},
           version = ai.version + 1, updated_at = now()
         where ai.id = ${itemId} and ai.version = ${p.add(input.version)} returning ${ACTION_ITEM_COLUMNS}
       ), history as (
         insert into action_update (action_item_id, author_id, note, from_status, to_status, changes, created_at)
         select u.id, ${p.add(viewer.id)}::int, ${p.add(note)}, ${p.add(statusChanged ? before.status : null)},
           ${p.add(statusChanged ? next.status : null)}, ${p.add(Object.keys(other).length ? JSON.stringify(other) : null)}::jsonb, now()
         from u
       ), audit as (
         ${tx.auditFrom({ entityType: 'ActionItem', entityId: before.id, provinceCode: before.provinceCode, changes }, 'u', p)}
       )
       select * from u`,
      p.values,
      { prepare: true },
    );
    if (!after) {
      const current = await tx.sql.one<{ version: number }>('select version from action_item where id = $1', [before.id]);
      throw conflictError(input.version, current.version);
    }
    return after;
  }, { singleStatement: true });
}

export async function addActionNote(ctx: Context, id: string, noteRaw: string): Promise<ActionItemModel> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, 'addActionNote', async (tx) => {
    const item = await getActionItem(ctx, id, tx.sql);
    authorize(canUpdateAction(viewer, item), "You can only add notes to action items of your own province or your agency's own.");
    const errors = new InputErrors();
    const note = requiredText(errors, 'note', noteRaw, MAX_LENGTH.actionNote);
    errors.throwIfAny();
    await tx.sql.run(
      `insert into action_update (action_item_id, author_id, note, created_at) values ($1, $2, $3, now())`,
      [item.id, viewer.id, note],
    );
    await tx.audit({ entityType: 'ActionItem', entityId: item.id, provinceCode: item.provinceCode, changes: { note: { before: null, after: note } } });
    return item;
  });
}
