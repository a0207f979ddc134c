import { Field, ID, InputType } from 'type-graphql';
import { IssueArea, RecommendationResponse, RecommendationStatus } from '../../common/enums';
import { DateScalar } from '../../common/scalars';
import { MAX_LENGTH } from '../../common/limits';
import { MaxText, NotBlank } from '../../common/validation';

@InputType()
export class RecommendationFilter {
  @Field(() => String, { nullable: true })
  provinceCode?: string | null;

  @Field(() => ID, { nullable: true })
  issuerId?: string | null;

  @Field(() => [RecommendationStatus], { nullable: true })
  status?: RecommendationStatus[] | null;

  @Field(() => IssueArea, { nullable: true })
  issueArea?: IssueArea | null;
}

@InputType()
export class IssueRecommendationInput {
  @MaxText(MAX_LENGTH.reference)
  @Field(() => String, { nullable: true })
  reference?: string | null;

  @NotBlank()
  @MaxText(MAX_LENGTH.title)
  @Field()
  title!: string;

  @NotBlank()
  @MaxText(MAX_LENGTH.recommendationText)
  @Field()
  text!: string;

  @Field(() => ID, { description: 'The issuing oversight body; an OVERSIGHT user may only name their own body.' })
  issuerId!: string;

  @Field(() => DateScalar)
  issuedOn!: string;

  @Field(() => String, { nullable: true })
  provinceCode?: string | null;

  @Field(() => [ID], { defaultValue: [] })
  addresseeIds!: string[];

  @Field(() => [IssueArea])
  issueAreas!: IssueArea[];

  @Field(() => DateScalar, { nullable: true })
  responseDueOn?: string | null;
}

@InputType()
export class RespondToRecommendationInput {
  @Field(() => RecommendationResponse)
  response!: RecommendationResponse;

  @MaxText(MAX_LENGTH.recommendationText)
  @Field(() => String, { nullable: true, description: 'Required for NOTED and PARTIALLY_ACCEPTED.' })
  note?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Defaults to today; never after today nor before issuedOn.' })
  respondedOn?: string | null;
}
