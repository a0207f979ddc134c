import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars';

@ObjectType('AuditEvent', { simpleResolvers: true, description: 'One successful mutation, recorded in the same transaction; never changed or deleted.' })
export class AuditEventModel {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTimeScalar)
  at!: string;

  @Field({ description: "The mutation's name, e.g. 'updateActionItem'." })
  action!: string;

  @Field()
  entityType!: string;

  @Field()
  entityId!: string;

  /** Resolved by AuditResolver.changes (e-mails only for ADMIN). */
  changes!: string | null;

  actorId!: number | null;
  provinceCode!: string | null;
}

@InputType()
export class AuditEventFilter {
  @Field(() => String, { nullable: true })
  entityType?: string | null;

  @Field(() => String, { nullable: true })
  entityId?: string | null;

  @Field(() => ID, { nullable: true })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: "The mutation's name, e.g. 'updateActionItem'." })
  action?: string | null;

  @Field(() => String, { nullable: true, description: 'Events about records of this province.' })
  provinceCode?: string | null;
}
