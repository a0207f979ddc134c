import type { LoaderFactory } from '../../common/context';
import { batchLoader, groupBy } from '../../common/loaders';
import { REFERRAL_COLUMNS, SERVICE_COLUMNS, type ReferralModel, type ServiceRecordModel } from './case.model';

/** Referrals and services of cases: whoever reads the case reads them. */
export const referralsByCase: LoaderFactory<number, ReferralModel[]> = (ctx) =>
  batchLoader(ctx, referralsByCase, async (ids) => {
    const rows = await ctx.sql.all<ReferralModel>(
      `select ${REFERRAL_COLUMNS} from referral r join case_record c on c.id = r.case_id
       where r.case_id = any($1::int[]) order by r.referred_on, r.id`,
      [ids],
      { prepare: true },
    );
    return groupBy(ids, rows, (r) => r.caseId);
  });

export const servicesByCase: LoaderFactory<number, ServiceRecordModel[]> = (ctx) =>
  batchLoader(ctx, servicesByCase, async (ids) => {
    const rows = await ctx.sql.all<ServiceRecordModel>(
      `select ${SERVICE_COLUMNS} from service_record s where s.case_id = any($1::int[]) order by s.provided_on, s.id`,
      [ids],
      { prepare: true },
    );
    return groupBy(ids, rows, (r) => r.caseId);
  });
