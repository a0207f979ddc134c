import type { LoaderFactory } from '../../common/context';
import { batchLoader, groupBy } from '../../common/loaders';
import { NETWORK_COLUMNS, type NetworkMembershipModel, type NetworkModel } from './network.model';

export const networkById: LoaderFactory<number, NetworkModel | null> = (ctx) =>
  batchLoader(ctx, networkById, async (ids) => {
    const rows = await ctx.sql.all<NetworkModel>(`select ${NETWORK_COLUMNS} from network n where n.id = any($1::int[])`, [ids], {
      prepare: true,
    });
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(Number(id)) ?? null);
  });

export const membersByNetwork: LoaderFactory<number, NetworkMembershipModel[]> = (ctx) =>
  batchLoader(ctx, membersByNetwork, async (ids) => {
    const rows = await ctx.sql.all<NetworkMembershipModel>(
      `select m.network_id as "networkId", m.agency_id as "agencyId", m.role, m.joined_on as "joinedOn"
       from network_membership m join agency a on a.id = m.agency_id
       where m.network_id = any($1::int[])
       order by case m.role when 'LEAD' then 0 when 'MEMBER' then 1 else 2 end, a.name, a.id`,
      [ids],
      { prepare: true },
    );
    return groupBy(ids, rows, (r) => r.networkId);
  });

export const networksByAgency: LoaderFactory<number, (NetworkModel & { agencyId: number })[]> = (ctx) =>
  batchLoader(ctx, networksByAgency, async (ids) => {
    const rows = await ctx.sql.all<NetworkModel & { agencyId: number }>(
      `select ${NETWORK_COLUMNS}, m.agency_id as "agencyId"
       from network_membership m join network n on n.id = m.network_id
       where m.agency_id = any($1::int[]) order by n.name, n.id`,
      [ids],
      { prepare: true },
    );
    return groupBy(ids, rows, (r) => r.agencyId);
  });
