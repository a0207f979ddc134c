import type { LoaderFactory } from '../../common/context';
import { batchLoader } from '../../common/loaders';
import type { Context } from '../../common/context';
import type { AgencyModel } from './agency.model';
import { agenciesByIds, AGENCY_SHAPE } from './agency.sql';

export const agencyById: LoaderFactory<number, AgencyModel | null> = (ctx) =>
  batchLoader(ctx, agencyById, async (ids) => {
    const rows = await agenciesByIds(ctx.sql, ids);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(Number(id)) ?? null);
  });

/**
 * Hands agencies fetched with another table (an agreement's parties, a meeting's attendees:
 * AGENCY_COLUMNS rows) to agencyById, which would fetch the same records again.
 */
export function primeAgencies(ctx: Context, rows: readonly AgencyModel[]) {
  for (const row of rows) ctx.loaders.prime(agencyById, row.id, AGENCY_SHAPE.pick(row as unknown as Record<string, unknown>));
}
