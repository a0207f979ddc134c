import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context';
import { UserModel } from '../user/user.model';
import { userRow } from '../user/user.sql';
import { AuthPayload } from './auth.model';
import { requireViewer } from './policy';
import { permissionsOf, ViewerPermissions } from './viewer-permissions';

@Resolver()
export class AuthResolver {
  @Query(() => UserModel, { nullable: true, description: 'The signed-in user; null when not signed in.' })
  async me(@Ctx() ctx: Context): Promise<UserModel | null> {
    if (!ctx.viewer) return null;
    return userRow(ctx.sql, ctx.viewer.id);
  }

  @Authorized()
  @Query(() => ViewerPermissions, { description: 'What the signed-in user may do, to hide what they may not.' })
  viewerPermissions(@Ctx() ctx: Context): ViewerPermissions {
    return permissionsOf(requireViewer(ctx));
  }

  @Mutation(() => AuthPayload, {
    description: 'Signs in. Also sets an httpOnly session cookie for the web client.',
  })
  login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    return ctx.services.auth.login(ctx, email, password);
  }

  @Mutation(() => Boolean, { description: 'Ends the current session on the server and clears the cookie.' })
  logout(@Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.auth.logout(ctx);
  }
}
