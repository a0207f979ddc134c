import type { LoaderFactory } from '../../common/context';
import { batchLoader, byKey, groupBy } from '../../common/loaders';
import { Params } from '../../common/pagination';
import { agreementScope } from '../agreement/agreement.policy';
import { COMMITMENT_COLUMNS, COMMITMENT_FROM, type CommitmentModel } from './commitment.model';

/**
 * By id, within the viewer's read scope (null outside it): an action item may be readable
 * (its agency's, its province's) while the commitment it delivers is not.
 */
export const commitmentById: LoaderFactory<number, CommitmentModel | null> = (ctx) =>
  batchLoader(ctx, commitmentById, async (ids) => {
    const params = new Params();
    const idsParam = params.add(ids);
    const scope = agreementScope(ctx.viewer!, params);
    const rows = await ctx.sql.all<CommitmentModel>(
      `select ${COMMITMENT_COLUMNS} ${COMMITMENT_FROM} where c.id = any(${idsParam}::int[]) ${scope ? `and ${scope}` : ''}`,
      params.values,
      { prepare: true },
    );
    return byKey(ids, rows, (r) => r.id);
  });

/** Commitments of agreements: whoever reads the agreement reads its commitments. */
export const commitmentsByAgreement: LoaderFactory<number, CommitmentModel[]> = (ctx) =>
  batchLoader(ctx, commitmentsByAgreement, async (ids) => {
    const rows = await ctx.sql.all<CommitmentModel>(
      `select ${COMMITMENT_COLUMNS} ${COMMITMENT_FROM} where c.agreement_id = any($1::int[])
       order by c.due_on nulls last, c.id`,
      [ids],
      { prepare: true },
    );
    return groupBy(ids, rows, (r) => r.agreementId);
  });
