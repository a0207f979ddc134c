import type { LoaderFactory } from '../../common/context';
import { batchLoader, groupBy } from '../../common/loaders';
import type { NetworkMembershipModel, NetworkModel } from './network.model';
import { membershipsOf, networksByIds, networksOfAgencies } from './network.sql';

export const networkById: LoaderFactory<number, NetworkModel | null> = (ctx) =>
  batchLoader(ctx, networkById, async (ids) => {
    const rows = await networksByIds(ctx.sql, ids);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(Number(id)) ?? null);
  });

export const membersByNetwork: LoaderFactory<number, NetworkMembershipModel[]> = (ctx) =>
  batchLoader(ctx, membersByNetwork, async (ids) => {
    const rows = await membershipsOf(ctx.sql, ids);
    return groupBy(ids, rows, (r) => r.networkId);
  });

export const networksByAgency: LoaderFactory<number, (NetworkModel & { agencyId: number })[]> = (ctx) =>
  batchLoader(ctx, networksByAgency, async (ids) => {
    const rows = await networksOfAgencies(ctx.sql, ids);
    return groupBy(ids, rows, (r) => r.agencyId);
  });
