import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ActionStatus, Priority } from '../../common/enums';
import { DateScalar, DateTimeScalar } from '../../common/scalars';

@ObjectType('ActionItem', {
  simpleResolvers: true,
  description:
    'A follow-up action (rencana tindak lanjut) assigned to one agency, e.g. from a coordination meeting or to deliver a commitment.',
})
export class ActionItemModel {
  @Field(() => ID)
  id!: number;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Priority)
  priority!: Priority;

  @Field(() => ActionStatus)
  status!: ActionStatus;

  @Field(() => DateScalar)
  openedOn!: string;

  @Field(() => DateScalar)
  dueOn!: string;

  @Field(() => DateScalar, { nullable: true })
  completedOn!: string | null;

  @Field(() => Int, { description: 'Incremented on every change; updateActionItem must name the version it read.' })
  version!: number;

  provinceCode!: string;
  agencyId!: number;
  commitmentId!: number | null;
  meetingId!: number | null;
  recommendationId!: number | null;
}

@ObjectType('ActionUpdate', { simpleResolvers: true, description: "One entry in an action item's history: a note, a status change, or both." })
export class ActionUpdateModel {
  @Field(() => ID)
  id!: number;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => ActionStatus, { nullable: true })
  fromStatus!: ActionStatus | null;

  @Field(() => ActionStatus, { nullable: true })
  toStatus!: ActionStatus | null;

  @Field(() => String, {
    nullable: true,
    description: 'JSON object of the other fields changed with this entry, each as {before, after}.',
  })
  changes!: string | null;

  @Field(() => DateTimeScalar)
  createdAt!: string;

  authorId!: number;
  actionItemId!: number;
}
