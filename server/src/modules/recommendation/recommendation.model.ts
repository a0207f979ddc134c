import { Field, ID, ObjectType } from 'type-graphql';
import { IssueArea, RecommendationResponse } from '../../common/enums';
import { DateScalar } from '../../common/scalars';

@ObjectType('Recommendation', {
  simpleResolvers: true,
  description:
    'A recommendation of an oversight body (e.g. Komnas Perempuan, KPAI) to a province\'s government or to named agencies, e.g. "set up a cross-sector coordination policy between the criminal justice system and victim recovery".',
})
export class RecommendationModel {
  @Field(() => ID)
  id!: number;

  @Field(() => String, { nullable: true, description: "The issuer's own number, if it has one." })
  reference!: string | null;

  @Field()
  title!: string;

  @Field({ description: 'The recommendation as issued.' })
  text!: string;

  @Field(() => DateScalar)
  issuedOn!: string;

  @Field(() => [IssueArea])
  issueAreas!: IssueArea[];

  @Field(() => DateScalar, { nullable: true, description: 'When the answer is expected.' })
  responseDueOn!: string | null;

  @Field(() => RecommendationResponse, { nullable: true })
  response!: RecommendationResponse | null;

  @Field(() => String, { nullable: true, description: "The answer's reasons or plan." })
  responseNote!: string | null;

  @Field(() => DateScalar, { nullable: true })
  respondedOn!: string | null;

  issuerId!: number;
  provinceCode!: string | null;
}
