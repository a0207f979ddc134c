import type { LoaderFactory } from '../../common/context';
import { batchLoader } from '../../common/loaders';
import { USER_COLUMNS, type UserModel } from './user.model';

export const userById: LoaderFactory<number, UserModel | null> = (ctx) =>
  batchLoader(ctx, userById, async (ids) => {
    const rows = await ctx.sql.all<UserModel>(
      `select ${USER_COLUMNS} from hub_user u where u.id = any($1::int[])`,
      [ids],
      { prepare: true },
    );
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
