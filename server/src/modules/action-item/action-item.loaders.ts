import type { LoaderFactory } from '../../common/context';
import { batchLoader, byKey, groupBy } from '../../common/loaders';
import { Params } from '../../common/pagination';
import { ACTION_ITEM_COLUMNS, ACTION_UPDATE_COLUMNS, type ActionItemModel, type ActionUpdateModel } from './action-item.model';
import { actionItemScope } from './action-item.policy';

export const actionItemById: LoaderFactory<number, ActionItemModel | null> = (ctx) =>
  batchLoader(ctx, actionItemById, async (ids) => {
    const rows = await ctx.sql.all<ActionItemModel>(
      `select ${ACTION_ITEM_COLUMNS} from action_item ai where ai.id = any($1::int[])`,
      [ids],
      { prepare: true },
    );
    return byKey(ids, rows, (r) => r.id);
  });

/** Items under each key column value that the viewer may read, overdue first then by due date. */
function itemsBy(column: 'commitment_id' | 'meeting_id' | 'recommendation_id', key: 'commitmentId' | 'meetingId' | 'recommendationId') {
  const factory: LoaderFactory<number, ActionItemModel[]> = (ctx) =>
    batchLoader(ctx, factory, async (ids) => {
      const params = new Params();
      const idsParam = params.add(ids);
      const scope = actionItemScope(ctx.viewer!, params);
      const rows = await ctx.sql.all<ActionItemModel>(
        `select ${ACTION_ITEM_COLUMNS} from action_item ai
         where ai.${column} = any(${idsParam}::int[]) ${scope ? `and ${scope}` : ''}
         order by ai.due_on, ai.id`,
        params.values,
        { prepare: true },
      );
      return groupBy(ids, rows, (r) => r[key]!);
    });
  return factory;
}

export const actionItemsByCommitment = itemsBy('commitment_id', 'commitmentId');
export const actionItemsByMeeting = itemsBy('meeting_id', 'meetingId');
export const actionItemsByRecommendation = itemsBy('recommendation_id', 'recommendationId');

export const updatesByActionItem: LoaderFactory<number, ActionUpdateModel[]> = (ctx) =>
  batchLoader(ctx, updatesByActionItem, async (ids) => {
    const rows = await ctx.sql.all<ActionUpdateModel>(
      `select ${ACTION_UPDATE_COLUMNS} from action_update u where u.action_item_id = any($1::int[]) order by u.created_at, u.id`,
      [ids],
      { prepare: true },
    );
    return groupBy(ids, rows, (r) => r.actionItemId);
  });
