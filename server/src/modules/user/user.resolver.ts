import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { ConnectionType } from '../../common/pagination';
import { AgencyModel } from '../agency/agency.model';
import { agencyById } from '../agency/agency.loaders';
import { ProvinceModel } from '../province/province.model';
import { referenceData } from '../province/reference.service';
import { CreateUserInput, UpdateUserInput, UserFilter } from './user.inputs';
import { UserModel } from './user.model';
import { canUser, USER_MANAGERS } from './user.policy';
import { createUser, listUsers, updateUser } from './user.service';

export const UserConnection = ConnectionType('User', UserModel);

@Resolver(() => UserModel)
export class UserResolver {
  @Authorized(...USER_MANAGERS)
  @Query(() => UserConnection, { description: 'Accounts of the hub (ADMIN only).' })
  users(
    @Ctx() ctx: Context,
    @Arg('filter', () => UserFilter, { nullable: true }) filter?: UserFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listUsers(ctx, filter, first, after);
  }

  @Authorized(...USER_MANAGERS)
  @Mutation(() => UserModel, { description: 'Creates an account (ADMIN only).' })
  createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: Context) {
    return createUser(ctx, input);
  }

  @Authorized(...USER_MANAGERS)
  @Mutation(() => UserModel, {
    description: 'Changes an account (ADMIN only). Deactivating it, or a new role or password, ends its sessions.',
  })
  updateUser(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
    @Ctx() ctx: Context,
  ) {
    return updateUser(ctx, id, input);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Shown to the user themself and to ADMIN; null for everyone else.' })
  email(@Root() user: UserModel, @Ctx() ctx: Context): string | null {
    return canUser(ctx.viewer, 'readEmail', user) ? user.email : null;
  }

  @FieldResolver(() => ProvinceModel, { nullable: true, description: 'Set for COORDINATOR (the province coordinated).' })
  province(@Root() user: UserModel): ProvinceModel | null {
    return referenceData().province(user.provinceCode);
  }

  @FieldResolver(() => AgencyModel, { nullable: true, description: 'Set for MEMBER (the agency worked for) and for OVERSIGHT accounts that name their body.' })
  agency(@Root() user: UserModel, @Ctx() ctx: Context) {
    return user.agencyId ? ctx.loaders.load(agencyById, user.agencyId) : null;
  }
}
