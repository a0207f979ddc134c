import DataLoader from 'dataloader';
import type { Context } from '../../common/context';
import { byKey, groupBy } from '../../common/loaders';
import { Params } from '../../common/pagination';
import { ACTION_ITEM_COLUMNS, ACTION_UPDATE_COLUMNS, type ActionItemModel, type ActionUpdateModel } from './action-item.model';
import { actionItemScope } from './action-item.policy';

export const actionItemById = (ctx: Context) =>
  new DataLoader<number, ActionItemModel | null>(async (ids) => {
    const rows = await ctx.sql.all<ActionItemModel>(`select ${ACTION_ITEM_COLUMNS} from action_item ai where ai.id = any($1::int[])`, [ids]);
    return byKey(ids, rows, (r) => r.id);
  });

/** Items under each key column value that the viewer may read, overdue first then by due date. */
function itemsBy(column: 'commitment_id' | 'meeting_id', key: 'commitmentId' | 'meetingId') {
  return (ctx: Context) =>
    new DataLoader<number, ActionItemModel[]>(async (ids) => {
      const params = new Params();
      const idsParam = params.add(ids);
      const scope = actionItemScope(ctx.viewer!, params);
      const rows = await ctx.sql.all<ActionItemModel>(
        `select ${ACTION_ITEM_COLUMNS} from action_item ai
         where ai.${column} = any(${idsParam}::int[]) ${scope ? `and ${scope}` : ''}
         order by ai.due_on, ai.id`,
        params.values,
      );
      return groupBy(ids, rows, (r) => r[key]!);
    });
}

export const actionItemsByCommitment = itemsBy('commitment_id', 'commitmentId');
export const actionItemsByMeeting = itemsBy('meeting_id', 'meetingId');

export const updatesByActionItem = (ctx: Context) =>
  new DataLoader<number, ActionUpdateModel[]>(async (ids) => {
    const rows = await ctx.sql.all<ActionUpdateModel>(
      `select ${ACTION_UPDATE_COLUMNS} from action_update u where u.action_item_id = any($1::int[]) order by u.created_at, u.id`,
      [ids],
    );
    return groupBy(ids, rows, (r) => r.actionItemId);
  });
