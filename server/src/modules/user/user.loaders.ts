import DataLoader from 'dataloader';
import type { Context } from '../../common/context';
import { USER_COLUMNS, type UserModel } from './user.model';

export const userById = (ctx: Context) =>
  new DataLoader<number, UserModel | null>(async (ids) => {
    const rows = await ctx.sql.all<UserModel>(`select ${USER_COLUMNS} from hub_user u where u.id = any($1::int[])`, [ids]);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
