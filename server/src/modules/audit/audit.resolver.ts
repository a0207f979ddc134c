import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { ConnectionType } from '../../common/pagination';
import { UserModel } from '../user/user.model';
import { userById } from '../user/user.loaders';
import { auditChangesFor } from '../user/user.policy';
import { AuditEventFilter, AuditEventModel } from './audit.model';
import { listAuditEvents } from './audit.service';

export const AuditEventConnection = ConnectionType('AuditEvent', AuditEventModel);

@Resolver(() => AuditEventModel)
export class AuditResolver {
  @Authorized()
  @Query(() => AuditEventConnection, { description: 'The audit trail, newest first.' })
  auditEvents(
    @Ctx() ctx: Context,
    @Arg('filter', () => AuditEventFilter, { nullable: true }) filter?: AuditEventFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listAuditEvents(ctx, filter, first, after);
  }

  @FieldResolver(() => String, { nullable: true, description: 'JSON object of the changed fields, each as {before, after}.' })
  changes(@Root() e: AuditEventModel, @Ctx() ctx: Context): string | null {
    return auditChangesFor(ctx.viewer, e.entityType, e.changes);
  }

  @FieldResolver(() => UserModel, { nullable: true })
  actor(@Root() e: AuditEventModel, @Ctx() ctx: Context) {
    return e.actorId ? ctx.loaders.load(userById, e.actorId) : null;
  }
}
