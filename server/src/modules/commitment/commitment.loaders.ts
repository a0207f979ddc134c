import DataLoader from 'dataloader';
import type { Context } from '../../common/context';
import { byKey, groupBy } from '../../common/loaders';
import { Params } from '../../common/pagination';
import { agreementScope } from '../agreement/agreement.policy';
import { COMMITMENT_COLUMNS, COMMITMENT_FROM, type CommitmentModel } from './commitment.model';

/**
 * By id, within the viewer's read scope (null outside it): an action item may be readable
 * (its agency's, its province's) while the commitment it delivers is not.
 */
export const commitmentById = (ctx: Context) =>
  new DataLoader<number, CommitmentModel | null>(async (ids) => {
    const params = new Params();
    const idsParam = params.add(ids);
    const scope = agreementScope(ctx.viewer!, params);
    const rows = await ctx.sql.all<CommitmentModel>(
      `select ${COMMITMENT_COLUMNS} ${COMMITMENT_FROM} where c.id = any(${idsParam}::int[]) ${scope ? `and ${scope}` : ''}`,
      params.values,
    );
    return byKey(ids, rows, (r) => r.id);
  });

/** Commitments of agreements: whoever reads the agreement reads its commitments. */
export const commitmentsByAgreement = (ctx: Context) =>
  new DataLoader<number, CommitmentModel[]>(async (ids) => {
    const rows = await ctx.sql.all<CommitmentModel>(
      `select ${COMMITMENT_COLUMNS} ${COMMITMENT_FROM} where c.agreement_id = any($1::int[])
       order by c.due_on nulls last, c.id`,
      [ids],
    );
    return groupBy(ids, rows, (r) => r.agreementId);
  });
