import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ActionStatus, OPEN_ACTION_STATUSES, Priority } from '../../common/enums';
import { daysBetween } from '../../common/dates';
import { DateScalar, DateTimeScalar } from '../../common/scalars';
import { RecordShape } from '../../common/record-shape';

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

export const ACTION_ITEM_COLUMNS = `ai.id, ai.title, ai.description, ai.province_code as "provinceCode", ai.agency_id as "agencyId",
  ai.commitment_id as "commitmentId", ai.meeting_id as "meetingId", ai.recommendation_id as "recommendationId", ai.priority, ai.status, ai.opened_on as "openedOn",
  ai.due_on as "dueOn", ai.completed_on as "completedOn", ai.version`;

/**
 * ACTION_ITEM_COLUMNS as a shape (see RecordShape), with the columns the field resolvers of
 * ActionItemResolver read: keep in step with them.
 */
export const ACTION_ITEM_SHAPE = new RecordShape(ACTION_ITEM_COLUMNS, ActionItemModel, {
  province: ['provinceCode'],
  agency: ['agencyId'],
  commitment: ['commitmentId'],
  meeting: ['meetingId'],
  recommendation: ['recommendationId'],
  isOverdue: ['status', 'dueOn'],
  daysOverdue: ['status', 'dueOn'],
  updates: ['id'],
  viewerCanUpdate: ['provinceCode', 'agencyId'],
  viewerCanEditDetails: ['provinceCode'],
});

/** OPEN, IN_PROGRESS or BLOCKED with dueOn before `asOf` (metrics.md, "Action items"). */
export function actionIsOverdue(a: { status: ActionStatus; dueOn: string }, asOf: string): boolean {
  return OPEN_ACTION_STATUSES.includes(a.status) && a.dueOn < asOf;
}

export function daysOverdue(a: { status: ActionStatus; dueOn: string }, asOf: string): number | null {
  return actionIsOverdue(a, asOf) ? daysBetween(a.dueOn, asOf) : null;
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

export const ACTION_UPDATE_COLUMNS = `u.id, u.action_item_id as "actionItemId", u.author_id as "authorId", u.note,
  u.from_status as "fromStatus", u.to_status as "toStatus", u.changes::text as changes, u.created_at as "createdAt"`;
