import type { LoaderFactory } from '../../common/context';
import { batchLoader, byKey, groupBy } from '../../common/loaders';
import { Params } from '../../common/pagination';
import { caseScope } from './case.policy';
import { CASE_COLUMNS, REFERRAL_COLUMNS, SERVICE_COLUMNS, type CaseModel, type ReferralModel, type ServiceRecordModel } from './case.model';

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

/** Referrals by id, within the viewer's read scope of their case (null outside it). */
export const referralById: LoaderFactory<number, ReferralModel | null> = (ctx) =>
  batchLoader(ctx, referralById, async (ids) => {
    const params = new Params();
    const idsParam = params.add(ids);
    const scope = caseScope(ctx.viewer!, params);
    const rows = await ctx.sql.all<ReferralModel>(
      `select ${REFERRAL_COLUMNS} from referral r join case_record c on c.id = r.case_id
       where r.id = any(${idsParam}::int[]) ${scope ? `and ${scope}` : ''}`,
      params.values,
      { prepare: true },
    );
    return byKey(ids, rows, (r) => r.id);
  });

/** Cases by id within the viewer's read scope (null outside it): the case of a referral. */
export const caseById: LoaderFactory<number, CaseModel | null> = (ctx) =>
  batchLoader(ctx, caseById, async (ids) => {
    const params = new Params();
    const idsParam = params.add(ids);
    const scope = caseScope(ctx.viewer!, params);
    const rows = await ctx.sql.all<CaseModel>(
      `select ${CASE_COLUMNS} from case_record c where c.id = any(${idsParam}::int[]) ${scope ? `and ${scope}` : ''}`,
      params.values,
      { prepare: true },
    );
    return byKey(ids, rows, (c) => c.id);
  });
