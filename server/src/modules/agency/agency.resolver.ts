import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { ConnectionType } from '../../common/pagination';
import { Reads } from '../../common/record-shape';
import { NetworkModel } from '../network/network.model';
import { networksByAgency } from '../network/network.loaders';
import { ProvinceModel, RegencyModel } from '../province/province.model';
import { referenceData } from '../province/reference.service';
import { AgencyFilter, CreateAgencyInput, UpdateAgencyInput } from './agency.inputs';
import { AgencyModel } from './agency.model';
import { AGENCY_WRITERS, canAgency } from './agency.policy';
import { createAgency, getAgency, listAgencies, updateAgency } from './agency.service';

export const AgencyConnection = ConnectionType('Agency', AgencyModel);

@Resolver(() => AgencyModel)
export class AgencyResolver {
  @Authorized()
  @Query(() => AgencyConnection, { description: 'The directory of agencies of every province, national bodies included.' })
  agencies(
    @Ctx() ctx: Context,
    @Arg('filter', () => AgencyFilter, { nullable: true }) filter?: AgencyFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listAgencies(ctx, filter, first, after);
  }

  @Authorized()
  @Query(() => AgencyModel, { nullable: true })
  agency(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return getAgency(ctx, id);
  }

  @Authorized(...AGENCY_WRITERS)
  @Mutation(() => AgencyModel)
  createAgency(@Arg('input', () => CreateAgencyInput) input: CreateAgencyInput, @Ctx() ctx: Context) {
    return createAgency(ctx, input);
  }

  @Authorized(...AGENCY_WRITERS)
  @Mutation(() => AgencyModel)
  updateAgency(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateAgencyInput) input: UpdateAgencyInput,
    @Ctx() ctx: Context,
  ) {
    return updateAgency(ctx, id, input);
  }

  @Reads(AgencyModel, 'provinceCode')
  @FieldResolver(() => ProvinceModel, { nullable: true, description: 'Null for national agencies.' })
  province(@Root() agency: AgencyModel): ProvinceModel | null {
    return referenceData().province(agency.provinceCode);
  }

  @Reads(AgencyModel, 'regencyCode')
  @FieldResolver(() => RegencyModel, { nullable: true })
  regency(@Root() agency: AgencyModel): RegencyModel | null {
    return referenceData().regency(agency.regencyCode);
  }

  @Reads(AgencyModel, 'id')
  @FieldResolver(() => [NetworkModel], { description: 'The networks this agency belongs to.' })
  networks(@Root() agency: AgencyModel, @Ctx() ctx: Context) {
    return ctx.loaders.load(networksByAgency, agency.id);
  }

  @Reads(AgencyModel, 'provinceCode')
  @FieldResolver(() => Boolean, { description: 'Whether the viewer may change this agency.' })
  viewerCanUpdate(@Root() agency: AgencyModel, @Ctx() ctx: Context): boolean {
    return canAgency(ctx.viewer, 'update', agency);
  }
}
