import type { LoaderFactory } from '../../common/context';
import { batchLoader, byKey, groupBy } from '../../common/loaders';
import type { CommitmentModel } from './commitment.model';
import { COMMITMENTS_BY_AGREEMENT, commitmentsByIdSql } from './commitment.sql';

/**
 * By id, within the viewer's read scope (null outside it): an action item may be readable
 * (its agency's, its province's) while the commitment it delivers is not.
 */
export const commitmentById: LoaderFactory<number, CommitmentModel | null> = (ctx) =>
  batchLoader(ctx, commitmentById, async (ids) => {
    const { text, values, prepare } = commitmentsByIdSql(ctx.viewer!, ids);
    const rows = await ctx.sql.all<CommitmentModel>(text, values, { prepare });
    return byKey(ids, rows, (r) => r.id);
  });

/** Commitments of agreements: whoever reads the agreement reads its commitments. */
export const commitmentsByAgreement: LoaderFactory<number, CommitmentModel[]> = (ctx) =>
  batchLoader(ctx, commitmentsByAgreement, async (ids) => {
    const rows = await ctx.sql.all<CommitmentModel>(COMMITMENTS_BY_AGREEMENT, [ids], { prepare: true });
    return groupBy(ids, rows, (r) => r.agreementId);
  });
