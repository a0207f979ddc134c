import { Field, Float, ID, InputType } from 'type-graphql';
import { CommitmentStatus, IssueArea } from '../../common/enums';
import { DateScalar } from '../../common/scalars';
import { MAX_LENGTH } from '../../common/limits';
import { MaxText, NotBlank } from '../../common/validation';

@InputType()
export class CommitmentFilter {
  @Field(() => String, { nullable: true, description: "The agreement's province." })
  provinceCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'The responsible agency.' })
  agencyId?: string | null;

  @Field(() => ID, { nullable: true })
  agreementId?: string | null;

  @Field(() => [CommitmentStatus], { nullable: true })
  status?: CommitmentStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only overdue ones; false: only those not overdue.' })
  overdue?: boolean | null;
}

@InputType()
export class CreateCommitmentInput {
  @Field(() => ID)
  agreementId!: string;

  @Field(() => ID, { description: 'The responsible agency; must be one of the agreement\'s parties.' })
  agencyId!: string;

  @NotBlank()
  @MaxText(MAX_LENGTH.commitment)
  @Field()
  description!: string;

  @Field(() => IssueArea, { nullable: true })
  issueArea?: IssueArea | null;

  @MaxText(MAX_LENGTH.indicator)
  @Field(() => String, { nullable: true })
  indicator?: string | null;

  @Field(() => Float, { nullable: true })
  targetValue?: number | null;

  @Field(() => DateScalar, { nullable: true })
  dueOn?: string | null;
}

@InputType()
export class UpdateCommitmentInput {
  @NotBlank()
  @MaxText(MAX_LENGTH.commitment)
  @Field(() => String, { nullable: true })
  description?: string | null;

  @MaxText(MAX_LENGTH.indicator)
  @Field(() => String, { nullable: true })
  indicator?: string | null;

  @Field(() => Float, { nullable: true })
  targetValue?: number | null;

  @Field(() => Float, { nullable: true })
  achievedValue?: number | null;

  @Field(() => DateScalar, { nullable: true })
  dueOn?: string | null;

  @Field(() => CommitmentStatus, { nullable: true })
  status?: CommitmentStatus | null;
}
