import { Field, Float, ID, ObjectType } from 'type-graphql';
import { CommitmentStatus, IssueArea } from '../../common/enums';
import { DateScalar } from '../../common/scalars';

@ObjectType('Commitment', {
  simpleResolvers: true,
  description: 'What one party promised under an agreement, e.g. "train 40 prosecutors in victim-centred case handling by June".',
})
export class CommitmentModel {
  @Field(() => ID)
  id!: number;

  @Field()
  description!: string;

  @Field(() => IssueArea, { nullable: true })
  issueArea!: IssueArea | null;

  @Field(() => String, { nullable: true, description: "What is counted, e.g. 'prosecutors trained'." })
  indicator!: string | null;

  @Field(() => Float, { nullable: true })
  targetValue!: number | null;

  @Field(() => Float, { nullable: true })
  achievedValue!: number | null;

  @Field(() => DateScalar, { nullable: true })
  dueOn!: string | null;

  @Field(() => CommitmentStatus)
  status!: CommitmentStatus;

  agreementId!: number;
  agencyId!: number;
  /** The agreement's province, for policies. */
  provinceCode!: string | null;
}
