import DataLoader from 'dataloader';
import type { Context } from '../../common/context';
import { byKey, groupBy } from '../../common/loaders';
import { Params } from '../../common/pagination';
import { AGENCY_COLUMNS, type AgencyModel } from '../agency/agency.model';
import { AGREEMENT_COLUMNS, type AgreementModel } from './agreement.model';
import { agreementScope } from './agreement.policy';

/** By id, without scope: for records the viewer reached through a record they may read. */
export const agreementById = (ctx: Context) =>
  new DataLoader<number, AgreementModel | null>(async (ids) => {
    const rows = await ctx.sql.all<AgreementModel>(`select ${AGREEMENT_COLUMNS} from agreement ag where ag.id = any($1::int[])`, [ids]);
    return byKey(ids, rows, (r) => r.id);
  });

export const partiesByAgreement = (ctx: Context) =>
  new DataLoader<number, (AgencyModel & { agreementId: number })[]>(async (ids) => {
    const rows = await ctx.sql.all<AgencyModel & { agreementId: number }>(
      `select ${AGENCY_COLUMNS}, p.agreement_id as "agreementId"
       from agreement_party p join agency a on a.id = p.agency_id
       where p.agreement_id = any($1::int[]) order by a.name, a.id`,
      [ids],
    );
    return groupBy(ids, rows, (r) => r.agreementId);
  });

/** The agreements signed at each meeting that the viewer may read. */
export const agreementsByMeeting = (ctx: Context) =>
  new DataLoader<number, AgreementModel[]>(async (ids) => {
    const params = new Params();
    const idsParam = params.add(ids);
    const scope = agreementScope(ctx.viewer!, params);
    const rows = await ctx.sql.all<AgreementModel>(
      `select ${AGREEMENT_COLUMNS} from agreement ag
       where ag.meeting_id = any(${idsParam}::int[]) ${scope ? `and ${scope}` : ''} order by ag.id`,
      params.values,
    );
    return groupBy(ids, rows, (r) => r.meetingId!);
  });
