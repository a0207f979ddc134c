import { Arg, Authorized, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../common/context';
import { DateScalar } from '../../common/scalars';
import { ProvinceModel } from '../province/province.model';
import { referenceData } from '../province/reference.service';
import { NationalMetricsModel, ProvinceMetricsModel, TrendPointModel } from './metrics.model';
import { fieldsAt } from '../../common/selection';
import { METRICS_COMPLEXITY } from './metrics.complexity';
import { metricsTrend, nationalMetrics, provinceMetrics } from './metrics.service';

/** Coordination metrics (definitions: docs/metrics.md). Every signed-in role may read them. */
@Resolver(() => ProvinceMetricsModel)
export class MetricsResolver {
  @Authorized()
  @Query(() => ProvinceMetricsModel, {
    description: 'Defaults: asOf today, to = asOf, from = to minus 364 days.',
    complexity: METRICS_COMPLEXITY.provinceMetrics,
  })
  provinceMetrics(
    @Arg('provinceCode', () => String) provinceCode: string,
    @Arg('from', () => DateScalar, { nullable: true }) from: string | null,
    @Arg('to', () => DateScalar, { nullable: true }) to: string | null,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return provinceMetrics(ctx, provinceCode, { from, to, asOf }, fieldsAt(info, []), fieldsAt(info, ['agencyActionStats', 'agency']));
  }

  @Authorized()
  @Query(() => NationalMetricsModel, {
    description: 'Every province side by side, with national totals. Defaults as provinceMetrics.',
    complexity: METRICS_COMPLEXITY.nationalMetrics,
  })
  nationalMetrics(
    @Arg('from', () => DateScalar, { nullable: true }) from: string | null,
    @Arg('to', () => DateScalar, { nullable: true }) to: string | null,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return nationalMetrics(ctx, { from, to, asOf }, {
      national: fieldsAt(info, []),
      province: fieldsAt(info, ['provinces']),
      agency: fieldsAt(info, ['provinces', 'agencyActionStats', 'agency']),
    });
  }

  @Authorized()
  @Query(() => [TrendPointModel], {
    description: 'One point per calendar month overlapping [from, to]; national without provinceCode.',
    complexity: METRICS_COMPLEXITY.metricsTrend,
  })
  metricsTrend(
    @Arg('provinceCode', () => String, { nullable: true }) provinceCode: string | null,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Ctx() ctx: Context,
  ) {
    return metricsTrend(ctx, provinceCode, from, to);
  }

  @FieldResolver(() => ProvinceModel)
  province(@Root() metrics: ProvinceMetricsModel): ProvinceModel {
    return referenceData().province(metrics.provinceCode)!;
  }
}
