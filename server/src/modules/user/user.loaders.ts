import type { LoaderFactory } from '../../common/context';
import { batchLoader } from '../../common/loaders';
import type { UserModel } from './user.model';
import { usersByIds } from './user.sql';

export const userById: LoaderFactory<number, UserModel | null> = (ctx) =>
  batchLoader(ctx, userById, async (ids) => {
    const rows = await usersByIds(ctx.sql, ids);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
