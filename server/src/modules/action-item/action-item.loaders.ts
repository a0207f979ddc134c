import type { LoaderFactory } from '../../common/context';
import { batchLoader, byKey, groupBy } from '../../common/loaders';
import type { ActionItemModel, ActionUpdateModel } from './action-item.model';
import { itemsByColumnSql, ITEMS_BY_ID, UPDATES_BY_ITEM } from './action-item.sql';

export const actionItemById: LoaderFactory<number, ActionItemModel | null> = (ctx) =>
  batchLoader(ctx, actionItemById, async (ids) => {
    const rows = await ctx.sql.all<ActionItemModel>(ITEMS_BY_ID, [ids], { prepare: true });
    return byKey(ids, rows, (r) => r.id);
  });

/** Items under each key column value that the viewer may read, by due date. */
function itemsBy(column: 'commitment_id' | 'meeting_id' | 'recommendation_id', key: 'commitmentId' | 'meetingId' | 'recommendationId') {
  const factory: LoaderFactory<number, ActionItemModel[]> = (ctx) =>
    batchLoader(ctx, factory, async (ids) => {
      const { text, values, prepare } = itemsByColumnSql(ctx.viewer!, column, ids);
      const rows = await ctx.sql.all<ActionItemModel>(text, values, { prepare });
      return groupBy(ids, rows, (r) => r[key]!);
    });
  return factory;
}

export const actionItemsByCommitment = itemsBy('commitment_id', 'commitmentId');
export const actionItemsByMeeting = itemsBy('meeting_id', 'meetingId');
export const actionItemsByRecommendation = itemsBy('recommendation_id', 'recommendationId');

export const updatesByActionItem: LoaderFactory<number, ActionUpdateModel[]> = (ctx) =>
  batchLoader(ctx, updatesByActionItem, async (ids) => {
    const rows = await ctx.sql.all<ActionUpdateModel>(UPDATES_BY_ITEM, [ids], { prepare: true });
    return groupBy(ids, rows, (r) => r.actionItemId);
  });
