import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { ReferralStatus } from '../../common/enums';
import { ConnectionType } from '../../common/pagination';
import { AgencyModel } from '../agency/agency.model';
import { agencyById } from '../agency/agency.loaders';
import { ProvinceModel, RegencyModel } from '../province/province.model';
import { referenceData } from '../province/reference.service';
import { CaseFilter, RecordCaseInput, ReferCaseInput, RecordServiceInput, RespondToReferralInput, SetCaseOutcomeInput } from './case.inputs';
import { caseById, referralsByCase, servicesByCase } from './case.loaders';
import { CaseModel, ReferralModel, ServiceRecordModel } from './case.model';
import { canCase, CASE_WRITERS, ownWork } from './case.policy';
import { getCase, listCases, recordCase, recordService, referCase, respondToReferral, setCaseOutcome } from './case.service';

export const CaseConnection = ConnectionType('Case', CaseModel);

@Resolver(() => CaseModel)
export class CaseResolver {
  @Authorized()
  @Query(() => CaseConnection, { description: 'Cases within the viewer\'s scope, most recently reported first. Never for OVERSIGHT.' })
  cases(
    @Ctx() ctx: Context,
    @Arg('filter', () => CaseFilter, { nullable: true }) filter?: CaseFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listCases(ctx, filter, first, after);
  }

  @Authorized()
  @Query(() => CaseModel, { nullable: true })
  case(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return getCase(ctx, id);
  }

  @Authorized(...CASE_WRITERS)
  @Mutation(() => CaseModel, { description: 'Records a case; the hub generates its pseudonymous code.' })
  recordCase(@Arg('input', () => RecordCaseInput) input: RecordCaseInput, @Ctx() ctx: Context) {
    return recordCase(ctx, input);
  }

  @Authorized(...CASE_WRITERS)
  @Mutation(() => ReferralModel)
  referCase(@Arg('input', () => ReferCaseInput) input: ReferCaseInput, @Ctx() ctx: Context) {
    return referCase(ctx, input);
  }

  @Authorized(...CASE_WRITERS)
  @Mutation(() => ReferralModel)
  respondToReferral(@Arg('input', () => RespondToReferralInput) input: RespondToReferralInput, @Ctx() ctx: Context) {
    return respondToReferral(ctx, input);
  }

  @Authorized(...CASE_WRITERS)
  @Mutation(() => ServiceRecordModel)
  recordService(@Arg('input', () => RecordServiceInput) input: RecordServiceInput, @Ctx() ctx: Context) {
    return recordService(ctx, input);
  }

  @Authorized(...CASE_WRITERS)
  @Mutation(() => CaseModel)
  setCaseOutcome(@Arg('input', () => SetCaseOutcomeInput) input: SetCaseOutcomeInput, @Ctx() ctx: Context) {
    return setCaseOutcome(ctx, input);
  }

  @FieldResolver(() => ProvinceModel)
  province(@Root() c: CaseModel): ProvinceModel {
    return referenceData().province(c.provinceCode)!;
  }

  @FieldResolver(() => RegencyModel, { nullable: true })
  regency(@Root() c: CaseModel): RegencyModel | null {
    return referenceData().regency(c.regencyCode);
  }

  @FieldResolver(() => AgencyModel, { description: 'The agency that first received the case.' })
  intakeAgency(@Root() c: CaseModel, @Ctx() ctx: Context) {
    return ctx.loaders.load(agencyById, c.intakeAgencyId);
  }

  @FieldResolver(() => [ReferralModel])
  referrals(@Root() c: CaseModel, @Ctx() ctx: Context) {
    return ctx.loaders.load(referralsByCase, c.id);
  }

  @FieldResolver(() => [ServiceRecordModel])
  services(@Root() c: CaseModel, @Ctx() ctx: Context) {
    return ctx.loaders.load(servicesByCase, c.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may refer this case to another agency.' })
  viewerCanRefer(@Root() c: CaseModel, @Ctx() ctx: Context): boolean {
    return canCase(ctx.viewer, 'refer', ownWork(ctx.viewer, c));
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may record a service (members: their own agency's)." })
  viewerCanRecordService(@Root() c: CaseModel, @Ctx() ctx: Context): boolean {
    return canCase(ctx.viewer, 'recordService', ownWork(ctx.viewer, c));
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may set the outcome.' })
  viewerCanSetOutcome(@Root() c: CaseModel, @Ctx() ctx: Context): boolean {
    return canCase(ctx.viewer, 'setOutcome', c);
  }
}

@Resolver(() => ReferralModel)
export class ReferralResolver {
  @FieldResolver(() => AgencyModel)
  fromAgency(@Root() r: ReferralModel, @Ctx() ctx: Context) {
    return ctx.loaders.load(agencyById, r.fromAgencyId);
  }

  @FieldResolver(() => AgencyModel)
  toAgency(@Root() r: ReferralModel, @Ctx() ctx: Context) {
    return ctx.loaders.load(agencyById, r.toAgencyId);
  }

  @FieldResolver(() => CaseModel, {
    nullable: true,
    description: 'The case referred (pseudonymous code; never personal data); null for a viewer who may not read it.',
  })
  case(@Root() r: ReferralModel, @Ctx() ctx: Context) {
    return ctx.loaders.load(caseById, r.caseId);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may respond to this referral now.' })
  viewerCanRespond(@Root() r: ReferralModel, @Ctx() ctx: Context): boolean {
    const open = r.status === ReferralStatus.PENDING || r.status === ReferralStatus.ACCEPTED;
    return open && canCase(ctx.viewer, 'respond', r);
  }
}

@Resolver(() => ServiceRecordModel)
export class ServiceRecordResolver {
  @FieldResolver(() => AgencyModel)
  agency(@Root() s: ServiceRecordModel, @Ctx() ctx: Context) {
    return ctx.loaders.load(agencyById, s.agencyId);
  }
}
