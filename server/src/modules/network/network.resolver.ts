import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { AgencyModel } from '../agency/agency.model';
import { agencyById } from '../agency/agency.loaders';
import { ProvinceModel } from '../province/province.model';
import { referenceData } from '../province/reference.service';
import { CreateNetworkInput, NetworkMemberInput, UpdateNetworkInput } from './network.inputs';
import { membersByNetwork } from './network.loaders';
import { NetworkMembershipModel, NetworkModel } from './network.model';
import { canNetwork, NETWORK_WRITERS } from './network.policy';
import { addNetworkMember, createNetwork, getNetwork, listNetworks, removeNetworkMember, updateNetwork } from './network.service';

@Resolver(() => NetworkModel)
export class NetworkResolver {
  @Authorized()
  @Query(() => [NetworkModel], { description: 'Networks of one province, or all (national first) without provinceCode.' })
  networks(@Ctx() ctx: Context, @Arg('provinceCode', () => String, { nullable: true }) provinceCode?: string) {
    return listNetworks(ctx, provinceCode);
  }

  @Authorized()
  @Query(() => NetworkModel, { nullable: true })
  network(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return getNetwork(ctx, id);
  }

  @Authorized(...NETWORK_WRITERS)
  @Mutation(() => NetworkModel)
  createNetwork(@Arg('input', () => CreateNetworkInput) input: CreateNetworkInput, @Ctx() ctx: Context) {
    return createNetwork(ctx, input);
  }

  @Authorized(...NETWORK_WRITERS)
  @Mutation(() => NetworkModel, { description: 'Adds an agency to a network, or changes its role there.' })
  addNetworkMember(
    @Arg('networkId', () => ID) networkId: string,
    @Arg('member', () => NetworkMemberInput) member: NetworkMemberInput,
    @Ctx() ctx: Context,
  ) {
    return addNetworkMember(ctx, networkId, member);
  }

  @Authorized(...NETWORK_WRITERS)
  @Mutation(() => NetworkModel, { description: "Renames a network or changes its description or issue areas (not its province)." })
  updateNetwork(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateNetworkInput) input: UpdateNetworkInput,
    @Ctx() ctx: Context,
  ) {
    return updateNetwork(ctx, id, input);
  }

  @Authorized(...NETWORK_WRITERS)
  @Mutation(() => NetworkModel, { description: 'Takes an agency out of a network.' })
  removeNetworkMember(@Arg('networkId', () => ID) networkId: string, @Arg('agencyId', () => ID) agencyId: string, @Ctx() ctx: Context) {
    return removeNetworkMember(ctx, networkId, agencyId);
  }

  @FieldResolver(() => ProvinceModel, { nullable: true, description: 'Null for national networks.' })
  province(@Root() network: NetworkModel): ProvinceModel | null {
    return referenceData().province(network.provinceCode);
  }

  @FieldResolver(() => [NetworkMembershipModel])
  members(@Root() network: NetworkModel, @Ctx() ctx: Context) {
    return ctx.loaders.load(membersByNetwork, network.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may change this network and its members.' })
  viewerCanUpdate(@Root() network: NetworkModel, @Ctx() ctx: Context): boolean {
    return canNetwork(ctx.viewer, 'update', network);
  }
}

@Resolver(() => NetworkMembershipModel)
export class NetworkMembershipResolver {
  @FieldResolver(() => AgencyModel)
  agency(@Root() m: NetworkMembershipModel, @Ctx() ctx: Context) {
    return ctx.loaders.load(agencyById, m.agencyId);
  }
}
