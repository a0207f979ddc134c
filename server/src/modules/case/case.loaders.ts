import type { LoaderFactory } from '../../common/context';
import { batchLoader, byKey, groupBy } from '../../common/loaders';
import type { CaseModel, ReferralModel, ServiceRecordModel } from './case.model';
import { casesByIds, referralsByIds, referralsOfCases, servicesOfCases } from './case.sql';

/** Referrals and services of cases: whoever reads the case reads them. */
export const referralsByCase: LoaderFactory<number, ReferralModel[]> = (ctx) =>
  batchLoader(ctx, referralsByCase, async (ids) => groupBy(ids, await referralsOfCases(ctx.sql, ids), (r) => r.caseId));

export const servicesByCase: LoaderFactory<number, ServiceRecordModel[]> = (ctx) =>
  batchLoader(ctx, servicesByCase, async (ids) => groupBy(ids, await servicesOfCases(ctx.sql, ids), (r) => r.caseId));

/** Referrals by id, within the viewer's read scope of their case (null outside it). */
export const referralById: LoaderFactory<number, ReferralModel | null> = (ctx) =>
  batchLoader(ctx, referralById, async (ids) => byKey(ids, await referralsByIds(ctx.sql, ctx.viewer!, ids), (r) => r.id));

/** Cases by id within the viewer's read scope (null outside it): the case of a referral. */
export const caseById: LoaderFactory<number, CaseModel | null> = (ctx) =>
  batchLoader(ctx, caseById, async (ids) => byKey(ids, await casesByIds(ctx.sql, ctx.viewer!, ids), (c) => c.id));
