import type { LoaderFactory } from '../../common/context';
import type { ActionStatus } from '../../common/enums';
import { batchLoader, byKey, groupBy } from '../../common/loaders';
import { primeAgencies } from '../agency/agency.loaders';
import type { AgencyModel } from '../agency/agency.model';
import type { RecommendationModel } from './recommendation.model';
import { addresseesOf, linkedItemStatuses, recommendationsByIds } from './recommendation.sql';

/**
 * By id, within the viewer's read scope (null outside it): an action item may be readable
 * (its agency's) while the recommendation it implements is not.
 */
export const recommendationById: LoaderFactory<number, RecommendationModel | null> = (ctx) =>
  batchLoader(ctx, recommendationById, async (ids) => byKey(ids, await recommendationsByIds(ctx.sql, ctx.viewer!, ids), (r) => r.id));

export const addresseesByRecommendation: LoaderFactory<number, AgencyModel[]> = (ctx) =>
  batchLoader(ctx, addresseesByRecommendation, async (ids) => {
    const rows = await addresseesOf(ctx.sql, ids);
    primeAgencies(ctx, rows);
    return groupBy(ids, rows, (r) => r.recommendationId);
  });

export const linkedStatusesByRecommendation: LoaderFactory<number, ActionStatus[]> = (ctx) =>
  batchLoader(ctx, linkedStatusesByRecommendation, async (ids) => {
    const rows = await linkedItemStatuses(ctx.sql, ids);
    return byKey(ids, rows, (r) => r.recommendationId).map((r) => r?.statuses ?? []);
  });
