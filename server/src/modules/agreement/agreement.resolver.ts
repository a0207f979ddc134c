import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { fieldsAt, selects } from '../../common/selection';
import { AgreementStatus } from '../../common/enums';
import { ConnectionType } from '../../common/pagination';
import { AgencyModel } from '../agency/agency.model';
import { CommitmentModel } from '../commitment/commitment.model';
import { commitmentsByAgreement } from '../commitment/commitment.loaders';
import { MeetingModel } from '../meeting/meeting.model';
import { meetingById } from '../meeting/meeting.loaders';
import { NetworkModel } from '../network/network.model';
import { networkById } from '../network/network.loaders';
import { ProvinceModel } from '../province/province.model';
import { referenceData } from '../province/reference.service';
import { AgreementFilter, CreateAgreementInput, UpdateAgreementInput } from './agreement.inputs';
import { partiesByAgreement } from './agreement.loaders';
import { AgreementModel } from './agreement.model';
import { AGREEMENT_WRITERS, canAgreement } from './agreement.policy';
import { createAgreement, listAgreements, readAgreement, updateAgreement } from './agreement.service';
import { agreementStatus } from './agreement.status';

export const AgreementConnection = ConnectionType('Agreement', AgreementModel);

@Resolver(() => AgreementModel)
export class AgreementResolver {
  @Authorized()
  @Query(() => AgreementConnection)
  agreements(
    @Ctx() ctx: Context,
    @Arg('filter', () => AgreementFilter, { nullable: true }) filter?: AgreementFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listAgreements(ctx, filter, first, after);
  }

  @Authorized()
  @Query(() => AgreementModel, { nullable: true })
  agreement(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const at = (...path: string[]) => (selects(info, path) ? fieldsAt(info, path) : undefined);
    const commitments = at('commitments');
    return readAgreement(ctx, id, {
      agreement: fieldsAt(info, []),
      parties: at('parties'),
      commitments,
      actionItems: commitments && at('commitments', 'actionItems'),
    });
  }

  @Authorized(...AGREEMENT_WRITERS)
  @Mutation(() => AgreementModel)
  createAgreement(@Arg('input', () => CreateAgreementInput) input: CreateAgreementInput, @Ctx() ctx: Context) {
    return createAgreement(ctx, input);
  }

  @Authorized(...AGREEMENT_WRITERS)
  @Mutation(() => AgreementModel)
  updateAgreement(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateAgreementInput) input: UpdateAgreementInput,
    @Ctx() ctx: Context,
  ) {
    return updateAgreement(ctx, id, input);
  }

  @FieldResolver(() => AgreementStatus, { description: 'Status as of today, derived from the dates.' })
  status(@Root() a: AgreementModel, @Ctx() ctx: Context): AgreementStatus {
    return agreementStatus(a, ctx.today);
  }

  @FieldResolver(() => ProvinceModel, { nullable: true, description: 'Null for national agreements.' })
  province(@Root() a: AgreementModel): ProvinceModel | null {
    return referenceData().province(a.provinceCode);
  }

  @FieldResolver(() => NetworkModel, { nullable: true })
  network(@Root() a: AgreementModel, @Ctx() ctx: Context) {
    return a.networkId ? ctx.loaders.load(networkById, a.networkId) : null;
  }

  @FieldResolver(() => MeetingModel, { nullable: true, description: 'The meeting at which it was signed, if any.' })
  meeting(@Root() a: AgreementModel, @Ctx() ctx: Context) {
    return a.meetingId ? ctx.loaders.load(meetingById, a.meetingId) : null;
  }

  @FieldResolver(() => [AgencyModel], { description: 'The signatory agencies; at least two.' })
  parties(@Root() a: AgreementModel, @Ctx() ctx: Context) {
    return ctx.loaders.load(partiesByAgreement, a.id);
  }

  @FieldResolver(() => [CommitmentModel])
  commitments(@Root() a: AgreementModel, @Ctx() ctx: Context) {
    return ctx.loaders.load(commitmentsByAgreement, a.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may edit this agreement and add commitments to it.' })
  viewerCanUpdate(@Root() a: AgreementModel, @Ctx() ctx: Context): boolean {
    return canAgreement(ctx.viewer, 'update', a);
  }
}
