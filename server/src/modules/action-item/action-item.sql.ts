/**
 * Every statement of the action items: their columns and the models' keys (one definition),
 * the list, single-record and loader reads, and the writes. action-item.service.ts decides what
 * to read and write (rules, checks, audit); this file says how.
 */
import type { Changes } from '../../common/audit-log';
import type { Viewer } from '../../common/context';
import { parseId } from '../../common/ids';
import { Params, type PageQuery } from '../../common/pagination';
import { prefetch } from '../../common/prefetch';
import { RecordShape } from '../../common/record-shape';
import { selectList, type Statement } from '../../common/sql';
import { AGENCY_SHAPE } from '../agency/agency.sql';
import { agreementScope } from '../agreement/agreement.policy';
import { AGREEMENT_SHAPE, partiesJson } from '../agreement/agreement.sql';
import { COMMITMENT_FROM, COMMITMENT_SHAPE } from '../commitment/commitment.sql';
import type { ActionItemFilter } from './action-item.inputs';
import { ActionItemModel, ActionUpdateModel } from './action-item.model';
import { actionItemScope } from './action-item.policy';
import { ACTION_OVERDUE_READS, actionOverdueSql } from './action-item.status';

// ---------------------------------------------------------------------------- columns

export const ACTION_ITEM_COLUMNS = selectList({
  id: 'ai.id',
  title: 'ai.title',
  description: 'ai.description',
  provinceCode: 'ai.province_code',
  agencyId: 'ai.agency_id',
  commitmentId: 'ai.commitment_id',
  meetingId: 'ai.meeting_id',
  recommendationId: 'ai.recommendation_id',
  priority: 'ai.priority',
  status: 'ai.status',
  openedOn: 'ai.opened_on',
  dueOn: 'ai.due_on',
  completedOn: 'ai.completed_on',
  version: 'ai.version',
} satisfies Record<keyof ActionItemModel, string>);

/**
 * ACTION_ITEM_COLUMNS as a shape (see RecordShape), with the columns each field resolver of
 * ActionItemResolver reads (the status rules' from action-item.status.ts).
 */
export const ACTION_ITEM_SHAPE = new RecordShape(ACTION_ITEM_COLUMNS, ActionItemModel, {
  province: ['provinceCode'],
  agency: ['agencyId'],
  commitment: ['commitmentId'],
  meeting: ['meetingId'],
  recommendation: ['recommendationId'],
  isOverdue: ACTION_OVERDUE_READS,
  daysOverdue: ACTION_OVERDUE_READS,
  updates: ['id'],
  viewerCanUpdate: ['provinceCode', 'agencyId'],
  viewerCanEditDetails: ['provinceCode'],
} satisfies Record<string, readonly (keyof ActionItemModel)[]>);

export const ACTION_UPDATE_COLUMNS = selectList({
  id: 'u.id',
  actionItemId: 'u.action_item_id',
  authorId: 'u.author_id',
  note: 'u.note',
  fromStatus: 'u.from_status',
  toStatus: 'u.to_status',
  changes: 'u.changes::text',
  createdAt: 'u.created_at',
} satisfies Record<keyof ActionUpdateModel, string>);

// ---------------------------------------------------------------------------- loaders

export const ITEMS_BY_ID = `select ${ACTION_ITEM_COLUMNS} from action_item ai where ai.id = any($1::int[])`;

/** Items whose `column` is one of the ids, that the viewer may read, by due date. */
export function itemsByColumnSql(viewer: Viewer, column: 'commitment_id' | 'meeting_id' | 'recommendation_id', ids: readonly number[]): Statement {
  const params = new Params();
  const idsParam = params.add(ids);
  const scope = actionItemScope(viewer, params);
  return {
    text: `select ${ACTION_ITEM_COLUMNS} from action_item ai
         where ai.${column} = any(${idsParam}::int[]) ${scope ? `and ${scope}` : ''}
         order by ai.due_on, ai.id`,
    values: params.values,
    prepare: true,
  };
}

export const UPDATES_BY_ITEM = `select ${ACTION_UPDATE_COLUMNS} from action_update u where u.action_item_id = any($1::int[]) order by u.created_at, u.id`;

/** The items of commitment `commitment` (an alias) the viewer may read, as a JSON array of `keys`, by due date. */
export function itemsOfCommitmentJson(viewer: Viewer, params: Params, commitment: string, keys: readonly string[]): string {
  const scope = actionItemScope(viewer, params);
  return `(select coalesce(json_agg(${ACTION_ITEM_SHAPE.jsonObject(keys)} order by ai.due_on, ai.id), '[]')
              from action_item ai where ai.commitment_id = ${commitment}${scope ? ` and ${scope}` : ''})`;
}

// ---------------------------------------------------------------------------- lists and single records

/** The list's statement parts: scope, filters and order (pages and exports share them). */
export function actionItemListSql(viewer: Viewer, today: string, filter: ActionItemFilter | null | undefined): PageQuery {
  const params = new Params();
  const where: string[] = [];
  const scope = actionItemScope(viewer, params);
  if (scope) where.push(scope);
  const overdue = actionOverdueSql('ai', params.add(today));
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
export function actionItemPagePlan(viewer: Viewer, sel: ActionItemSelection) {
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
            const extra: Record<string, string> = { _inScope: `(${agreementScope(viewer, params) ?? 'true'})` };
            if (agreementKeys) extra._agreement = AGREEMENT_SHAPE.jsonObject(agreementKeys, partyKeys ? { _parties: partiesJson('ag.id', partyKeys) } : undefined);
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

/** One item by id within the viewer's scope (see readInScope). */
export const actionItemInScope = (viewer: Viewer, id: string | number) => ({
  entity: 'ActionItem',
  id,
  columns: ACTION_ITEM_COLUMNS,
  from: 'from action_item ai',
  idColumn: 'ai.id',
  scope: (params: Params) => actionItemScope(viewer, params),
});

export const ACTION_ITEM_VERSION = 'select version from action_item where id = $1';

// ---------------------------------------------------------------------------- what an item hangs off

/** Whether a record of `table` (a commitment or a meeting) exists. */
export const exists = (table: 'commitment' | 'meeting') => `select 1 from ${table} where id = $1`;

export const MEETING_PROVINCE = 'select province_code as "provinceCode" from meeting where id = $1';

/** A commitment's province (its agreement's) and agency, for who may add items to it. */
export const COMMITMENT_PROVINCE_AND_AGENCY = `select ag.province_code as "provinceCode", c.agency_id as "agencyId" ${COMMITMENT_FROM} where c.id = $1`;

// ---------------------------------------------------------------------------- writes

export function insertActionItem(v: {
  title: string;
  description: string | null;
  provinceCode: string | null;
  agencyId: number;
  commitmentId: number | null;
  meetingId: number | null;
  recommendationId: number | null;
  priority: string;
  openedOn: string;
  dueOn: string;
}): Statement {
  return {
    text: `insert into action_item as ai (title, description, province_code, agency_id, commitment_id, meeting_id, recommendation_id, priority, status,
         opened_on, due_on, version, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, 'OPEN', $9, $10, 1, now(), now()) returning ${ACTION_ITEM_COLUMNS}`,
    values: [v.title, v.description, v.provinceCode, v.agencyId, v.commitmentId, v.meetingId, v.recommendationId, v.priority, v.openedOn, v.dueOn],
  };
}

/**
 * One statement that writes `next` over the item, its history entry and its audit event (`audit`,
 * given the CTE holding the updated row), and only if the item is still at `readVersion`: it
 * answers the updated item, or no row when someone changed it meanwhile.
 */
export function updateActionItemStatement(
  next: ActionItemModel,
  readVersion: number,
  history: { authorId: number; note: string | null; fromStatus: string | null; toStatus: string | null; changes: Changes },
  audit: (source: string, params: Params) => string,
): Statement {
  const p = new Params();
  const itemId = p.add(next.id);
  const text = `with u as (
         update action_item ai set title = ${p.add(next.title)}, description = ${p.add(next.description)}, priority = ${p.add(next.priority)},
           status = ${p.add(next.status)}, due_on = ${p.add(next.dueOn)}, completed_on = ${p.add(next.completedOn)},
           version = ai.version + 1, updated_at = now()
         where ai.id = ${itemId} and ai.version = ${p.add(readVersion)} returning ${ACTION_ITEM_COLUMNS}
       ), history as (
         insert into action_update (action_item_id, author_id, note, from_status, to_status, changes, created_at)
         select u.id, ${p.add(history.authorId)}::int, ${p.add(history.note)}, ${p.add(history.fromStatus)},
           ${p.add(history.toStatus)}, ${p.add(Object.keys(history.changes).length ? JSON.stringify(history.changes) : null)}::jsonb, now()
         from u
       ), audit as (
         ${audit('u', p)}
       )
       select * from u`;
  return { text, values: p.values, prepare: true };
}

export const INSERT_NOTE = 'insert into action_update (action_item_id, author_id, note, created_at) values ($1, $2, $3, now())';
