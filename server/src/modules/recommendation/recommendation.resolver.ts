import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { RecommendationStatus } from '../../common/enums';
import { ConnectionType } from '../../common/pagination';
import { ActionItemModel } from '../action-item/action-item.model';
import { actionItemsByRecommendation } from '../action-item/action-item.loaders';
import { AgencyModel } from '../agency/agency.model';
import { agencyById } from '../agency/agency.loaders';
import { ProvinceModel } from '../province/province.model';
import { referenceData } from '../province/reference.service';
import { IssueRecommendationInput, RecommendationFilter, RespondToRecommendationInput } from './recommendation.inputs';
import { addresseesByRecommendation, linkedStatusesByRecommendation, recommendationById } from './recommendation.loaders';
import { RecommendationModel } from './recommendation.model';
import { canRecommendation, RECOMMENDATION_ISSUERS, RECOMMENDATION_RESPONDERS } from './recommendation.policy';
import { getRecommendation, issueRecommendation, listRecommendations, respondToRecommendation } from './recommendation.service';
import { recommendationStatus } from './recommendation.status';

export const RecommendationConnection = ConnectionType('Recommendation', RecommendationModel);

@Resolver(() => RecommendationModel)
export class RecommendationResolver {
  @Authorized()
  @Query(() => RecommendationConnection, { description: 'Recommendations the viewer may read, most recently issued first.' })
  recommendations(
    @Ctx() ctx: Context,
    @Arg('filter', () => RecommendationFilter, { nullable: true }) filter?: RecommendationFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listRecommendations(ctx, filter, first, after);
  }

  @Authorized()
  @Query(() => RecommendationModel, { nullable: true })
  recommendation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return getRecommendation(ctx, id);
  }

  @Authorized(...RECOMMENDATION_ISSUERS)
  @Mutation(() => RecommendationModel, { description: 'Issues a recommendation (OVERSIGHT for their own body, or ADMIN).' })
  issueRecommendation(@Arg('input', () => IssueRecommendationInput) input: IssueRecommendationInput, @Ctx() ctx: Context) {
    return issueRecommendation(ctx, input);
  }

  @Authorized(...RECOMMENDATION_RESPONDERS)
  @Mutation(() => RecommendationModel, { description: "Answers a recommendation, once (the province's COORDINATOR, or ADMIN)." })
  respondToRecommendation(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => RespondToRecommendationInput) input: RespondToRecommendationInput,
    @Ctx() ctx: Context,
  ) {
    return respondToRecommendation(ctx, id, input);
  }

  @FieldResolver(() => AgencyModel, { description: 'The oversight body that issued it (an agency of sector OVERSIGHT).' })
  issuer(@Root() r: RecommendationModel, @Ctx() ctx: Context) {
    return ctx.loaders.load(agencyById, r.issuerId);
  }

  @FieldResolver(() => ProvinceModel, { nullable: true, description: 'The province addressed; null when addressed to national bodies only.' })
  province(@Root() r: RecommendationModel): ProvinceModel | null {
    return referenceData().province(r.provinceCode);
  }

  @FieldResolver(() => [AgencyModel], { description: 'Agencies named as responsible, if any.' })
  addressees(@Root() r: RecommendationModel, @Ctx() ctx: Context) {
    return ctx.loaders.load(addresseesByRecommendation, r.id);
  }

  @FieldResolver(() => RecommendationStatus, { description: 'As of today, derived from the answer and the linked action items.' })
  async status(@Root() r: RecommendationModel, @Ctx() ctx: Context): Promise<RecommendationStatus> {
    return recommendationStatus(r, await ctx.loaders.load(linkedStatusesByRecommendation, r.id), ctx.today);
  }

  @FieldResolver(() => [ActionItemModel], { description: 'The follow-up action items that implement it (those the viewer may read).' })
  actionItems(@Root() r: RecommendationModel, @Ctx() ctx: Context) {
    return ctx.loaders.load(actionItemsByRecommendation, r.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may answer it now (it is not yet answered).' })
  viewerCanRespond(@Root() r: RecommendationModel, @Ctx() ctx: Context): boolean {
    return r.response === null && canRecommendation(ctx.viewer, 'respond', r);
  }
}

/** ActionItem.recommendation: null when the viewer may not read the recommendation. */
@Resolver(() => ActionItemModel)
export class ActionItemRecommendationResolver {
  @FieldResolver(() => RecommendationModel, { nullable: true, description: 'The recommendation this item implements, if any.' })
  recommendation(@Root() a: ActionItemModel, @Ctx() ctx: Context) {
    return a.recommendationId ? ctx.loaders.load(recommendationById, a.recommendationId) : null;
  }
}
