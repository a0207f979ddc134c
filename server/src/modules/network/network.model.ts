import { Field, ID, ObjectType } from 'type-graphql';
import { IssueArea, MembershipRole } from '../../common/enums';
import { DateScalar } from '../../common/scalars';

@ObjectType('Network', {
  simpleResolvers: true,
  description: 'A coordination network (jejaring / jaringan kerja) of agencies, national or in one province.',
})
export class NetworkModel {
  @Field(() => ID)
  id!: number;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => [IssueArea])
  issueAreas!: IssueArea[];

  provinceCode!: string | null;
}

@ObjectType('NetworkMembership', { simpleResolvers: true })
export class NetworkMembershipModel {
  @Field(() => MembershipRole)
  role!: MembershipRole;

  @Field(() => DateScalar, { nullable: true })
  joinedOn!: string | null;

  networkId!: number;
  agencyId!: number;
}
