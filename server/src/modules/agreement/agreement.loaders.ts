import type { LoaderFactory } from '../../common/context';
import { batchLoader, byKey, groupBy } from '../../common/loaders';
import { Params } from '../../common/pagination';
import { primeAgencies } from '../agency/agency.loaders';
import type { AgencyModel } from '../agency/agency.model';
import { AGENCY_COLUMNS } from '../agency/agency.sql';
import { AGREEMENT_COLUMNS, type AgreementModel } from './agreement.model';
import { agreementScope } from './agreement.policy';

/** By id, without scope: for records the viewer reached through a record they may read. */
export const agreementById: LoaderFactory<number, AgreementModel | null> = (ctx) =>
  batchLoader(ctx, agreementById, async (ids) => {
    const rows = await ctx.sql.all<AgreementModel>(
      `select ${AGREEMENT_COLUMNS} from agreement ag where ag.id = any($1::int[])`,
      [ids],
      { prepare: true },
    );
    return byKey(ids, rows, (r) => r.id);
  });

export const partiesByAgreement: LoaderFactory<number, (AgencyModel & { agreementId: number })[]> = (ctx) =>
  batchLoader(ctx, partiesByAgreement, async (ids) => {
    const rows = await ctx.sql.all<AgencyModel & { agreementId: number }>(
      `select ${AGENCY_COLUMNS}, p.agreement_id as "agreementId"
       from agreement_party p join agency a on a.id = p.agency_id
       where p.agreement_id = any($1::int[]) order by a.name, a.id`,
      [ids],
      { prepare: true },
    );
    primeAgencies(ctx, rows);
    return groupBy(ids, rows, (r) => r.agreementId);
  });

/** The agreements signed at each meeting that the viewer may read. */
export const agreementsByMeeting: LoaderFactory<number, AgreementModel[]> = (ctx) =>
  batchLoader(ctx, agreementsByMeeting, async (ids) => {
    const params = new Params();
    const idsParam = params.add(ids);
    const scope = agreementScope(ctx.viewer!, params);
    const rows = await ctx.sql.all<AgreementModel>(
      `select ${AGREEMENT_COLUMNS} from agreement ag
       where ag.meeting_id = any(${idsParam}::int[]) ${scope ? `and ${scope}` : ''} order by ag.id`,
      params.values,
      { prepare: true },
    );
    return groupBy(ids, rows, (r) => r.meetingId!);
  });
