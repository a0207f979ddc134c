import { Field, ID, InputType, Int } from 'type-graphql';
import { ActionStatus, Priority } from '../../common/enums';
import { DateScalar } from '../../common/scalars';
import { MAX_LENGTH } from '../../common/limits';
import { MaxText, NotBlank } from '../../common/validation';

@InputType()
export class ActionItemFilter {
  @Field(() => String, { nullable: true })
  provinceCode?: string | null;

  @Field(() => ID, { nullable: true })
  agencyId?: string | null;

  @Field(() => ID, { nullable: true })
  commitmentId?: string | null;

  @Field(() => [ActionStatus], { nullable: true })
  status?: ActionStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only overdue items; false: only items not overdue.' })
  overdue?: boolean | null;

  @Field(() => DateScalar, { nullable: true, description: 'Items due strictly before this day.' })
  dueBefore?: string | null;

  @Field(() => ID, { nullable: true, description: 'Follow-ups of this meeting.' })
  meetingId?: string | null;

  @Field(() => [Priority], { nullable: true })
  priority?: Priority[] | null;
}

@InputType()
export class CreateActionItemInput {
  @NotBlank()
  @MaxText(MAX_LENGTH.title)
  @Field()
  title!: string;

  @MaxText(MAX_LENGTH.description)
  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: "Defaults to the agency's province; required for national agencies." })
  provinceCode?: string | null;

  @Field(() => ID)
  agencyId!: string;

  @Field(() => ID, { nullable: true })
  commitmentId?: string | null;

  @Field(() => ID, { nullable: true })
  meetingId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Links the new item to a recommendation of its province that was accepted (fully or partially).',
  })
  recommendationId?: string | null;

  @Field(() => Priority, { defaultValue: Priority.MEDIUM })
  priority!: Priority;

  @Field(() => DateScalar, { nullable: true, description: 'Defaults to today.' })
  openedOn?: string | null;

  @Field(() => DateScalar)
  dueOn!: string;
}

@InputType()
export class UpdateActionItemInput {
  @Field(() => Int, {
    description: 'The version the caller read; a stale version is refused with error code CONFLICT and nothing changes.',
  })
  version!: number;

  @NotBlank()
  @MaxText(MAX_LENGTH.title)
  @Field(() => String, { nullable: true })
  title?: string | null;

  @MaxText(MAX_LENGTH.description)
  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Priority, { nullable: true })
  priority?: Priority | null;

  @Field(() => ActionStatus, { nullable: true })
  status?: ActionStatus | null;

  @Field(() => DateScalar, { nullable: true })
  dueOn?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When status becomes DONE; defaults to today, never after today nor before openedOn.',
  })
  completedOn?: string | null;

  @MaxText(MAX_LENGTH.actionNote)
  @Field(() => String, { nullable: true, description: "Added to the item's history together with the change." })
  note?: string | null;
}
