import { Field, ID, ObjectType } from 'type-graphql';
import { AgreementKind, IssueArea } from '../../common/enums';
import { DateScalar } from '../../common/scalars';

@ObjectType('Agreement', {
  simpleResolvers: true,
  description: 'An MoU, cooperation agreement, joint commitment or regulation between at least two agencies.',
})
export class AgreementModel {
  @Field(() => ID)
  id!: number;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true, description: "The document's own number, if it has one." })
  reference!: string | null;

  @Field(() => AgreementKind)
  kind!: AgreementKind;

  @Field(() => [IssueArea])
  issueAreas!: IssueArea[];

  @Field(() => DateScalar, { nullable: true })
  signedOn!: string | null;

  @Field(() => DateScalar, { nullable: true })
  expiresOn!: string | null;

  @Field(() => DateScalar, { nullable: true })
  terminatedOn!: string | null;

  provinceCode!: string | null;
  networkId!: number | null;
  meetingId!: number | null;
}
