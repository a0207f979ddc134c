import type { AuthCheckerInterface, ResolverData } from 'type-graphql';
import type { Context } from './context';
import type { Role } from './enums';
import { forbidden, unauthenticated } from './errors';

/**
 * Coarse role check behind `@Authorized(...)`: signed in, and one of the roles when any
 * are named. Record-level rules live in each module's policy and run in its service.
 */
export class AuthChecker implements AuthCheckerInterface<Context, Role> {
  check({ context }: ResolverData<Context>, roles: Role[]): boolean {
    if (!context.viewer) throw unauthenticated();
    if (roles.length > 0 && !roles.includes(context.viewer.role)) throw forbidden();
    return true;
  }
}
