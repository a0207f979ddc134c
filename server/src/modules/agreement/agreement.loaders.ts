import type { LoaderFactory } from '../../common/context';
import { batchLoader, byKey, groupBy } from '../../common/loaders';
import { readLinked } from '../../common/records';
import { primeAgencies } from '../agency/agency.loaders';
import type { AgencyModel } from '../agency/agency.model';
import type { AgreementModel } from './agreement.model';
import { AGREEMENTS_BY_ID, agreementsByMeetingSql, PARTIES_BY_AGREEMENT } from './agreement.sql';

/** By id, without scope: for records the viewer reached through a record they may read. */
export const agreementById: LoaderFactory<number, AgreementModel | null> = (ctx) =>
  batchLoader(ctx, agreementById, async (ids) => {
    const rows = await ctx.sql.all<AgreementModel>(AGREEMENTS_BY_ID, [ids], { prepare: true });
    return byKey(ids, rows, (r) => r.id);
  });

export const partiesByAgreement: LoaderFactory<number, (AgencyModel & { agreementId: number })[]> = (ctx) =>
  batchLoader(ctx, partiesByAgreement, async (ids) => {
    const rows = await readLinked<AgencyModel, 'agreementId'>(ctx.sql, PARTIES_BY_AGREEMENT, ids);
    primeAgencies(ctx, rows);
    return groupBy(ids, rows, (r) => r.agreementId);
  });

/** The agreements signed at each meeting that the viewer may read. */
export const agreementsByMeeting: LoaderFactory<number, AgreementModel[]> = (ctx) =>
  batchLoader(ctx, agreementsByMeeting, async (ids) => {
    const { text, values, prepare } = agreementsByMeetingSql(ctx.viewer!, ids);
    const rows = await ctx.sql.all<AgreementModel>(text, values, { prepare });
    return groupBy(ids, rows, (r) => r.meetingId!);
  });
