import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../../common/scalars';
import { IssueArea, MembershipRole } from '../../common/enums';
import { MAX_LENGTH } from '../../common/limits';
import { MaxText, NotBlank } from '../../common/validation';

@InputType()
export class NetworkMemberInput {
  @Field(() => ID)
  agencyId!: string;

  @Field(() => MembershipRole, { defaultValue: MembershipRole.MEMBER })
  role!: MembershipRole;

  @Field(() => DateScalar, { nullable: true })
  joinedOn?: string | null;
}

@InputType()
export class CreateNetworkInput {
  @NotBlank()
  @MaxText(MAX_LENGTH.title)
  @Field()
  name!: string;

  @MaxText(MAX_LENGTH.description)
  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Null for a national network (ADMIN only).' })
  provinceCode?: string | null;

  @Field(() => [IssueArea], { defaultValue: [] })
  issueAreas!: IssueArea[];

  @Field(() => [NetworkMemberInput], { defaultValue: [] })
  members!: NetworkMemberInput[];
}

@InputType()
export class UpdateNetworkInput {
  @NotBlank()
  @MaxText(MAX_LENGTH.title)
  @Field(() => String, { nullable: true })
  name?: string | null;

  @MaxText(MAX_LENGTH.description)
  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [IssueArea], { nullable: true })
  issueAreas?: IssueArea[] | null;
}
