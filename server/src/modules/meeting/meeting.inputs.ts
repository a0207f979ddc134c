import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../../common/scalars';
import { MAX_LENGTH } from '../../common/limits';
import { MaxText, MinEntries, NotBlank } from '../../common/validation';

@InputType()
export class MeetingFilter {
  @Field(() => String, { nullable: true })
  provinceCode?: string | null;

  @Field(() => ID, { nullable: true })
  networkId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Meetings this agency attended.' })
  agencyId?: string | null;

  @Field(() => DateScalar, { nullable: true })
  heldFrom?: string | null;

  @Field(() => DateScalar, { nullable: true })
  heldTo?: string | null;
}

@InputType()
export class RecordMeetingInput {
  @NotBlank()
  @MaxText(MAX_LENGTH.title)
  @Field()
  title!: string;

  @Field(() => DateScalar)
  heldOn!: string;

  @Field(() => String, { nullable: true, description: "Defaults to the network's province; null for a national meeting (ADMIN only)." })
  provinceCode?: string | null;

  @Field(() => ID, { nullable: true })
  networkId?: string | null;

  @MinEntries(1, 'agency')
  @Field(() => [ID])
  attendeeIds!: string[];

  @MaxText(MAX_LENGTH.meetingSummary)
  @Field(() => String, { nullable: true, description: 'Short minutes; never personal data about victims.' })
  summary?: string | null;
}
