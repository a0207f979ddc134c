import DataLoader from 'dataloader';
import type { Context } from '../../common/context';
import { AGENCY_COLUMNS, type AgencyModel } from './agency.model';

export const agencyById = (ctx: Context) =>
  new DataLoader<number, AgencyModel | null>(async (ids) => {
    const rows = await ctx.sql.all<AgencyModel>(`select ${AGENCY_COLUMNS} from agency a where a.id = any($1::int[])`, [
      ids,
    ]);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(Number(id)) ?? null);
  });
