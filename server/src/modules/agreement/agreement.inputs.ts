import { Field, ID, InputType, Int } from 'type-graphql';
import { AgreementKind, AgreementStatus, IssueArea } from '../../common/enums';
import { DateScalar } from '../../common/scalars';
import { MAX_LENGTH } from '../../common/limits';
import { MaxText, NotBlank } from '../../common/validation';

@InputType()
export class AgreementFilter {
  @Field(() => String, { nullable: true })
  provinceCode?: string | null;

  @Field(() => AgreementStatus, { nullable: true, description: 'Status as of today.' })
  status?: AgreementStatus | null;

  @Field(() => IssueArea, { nullable: true })
  issueArea?: IssueArea | null;

  @Field(() => ID, { nullable: true, description: 'Agreements this agency is a party of.' })
  agencyId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Active agreements whose expiresOn falls within this many days.' })
  expiringWithinDays?: number | null;

  @Field(() => ID, { nullable: true })
  networkId?: string | null;

  @Field(() => ID, { nullable: true })
  meetingId?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the title or reference, case-insensitive.' })
  search?: string | null;
}

@InputType()
export class CreateAgreementInput {
  @NotBlank()
  @MaxText(MAX_LENGTH.title)
  @Field()
  title!: string;

  @MaxText(MAX_LENGTH.reference)
  @Field(() => String, { nullable: true })
  reference?: string | null;

  @Field(() => AgreementKind)
  kind!: AgreementKind;

  @Field(() => [IssueArea])
  issueAreas!: IssueArea[];

  @Field(() => String, { nullable: true, description: 'Null for a national agreement (ADMIN only).' })
  provinceCode?: string | null;

  @Field(() => ID, { nullable: true })
  networkId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The meeting at which it was signed.' })
  meetingId?: string | null;

  @Field(() => [ID], { description: 'At least two distinct active agencies, from any province or national.' })
  partyIds!: string[];

  @Field(() => DateScalar, { nullable: true })
  signedOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  expiresOn?: string | null;
}

@InputType()
export class UpdateAgreementInput {
  @NotBlank()
  @MaxText(MAX_LENGTH.title)
  @Field(() => String, { nullable: true })
  title?: string | null;

  @MaxText(MAX_LENGTH.reference)
  @Field(() => String, { nullable: true })
  reference?: string | null;

  @Field(() => [IssueArea], { nullable: true })
  issueAreas?: IssueArea[] | null;

  @Field(() => [ID], { nullable: true })
  partyIds?: string[] | null;

  @Field(() => DateScalar, { nullable: true })
  signedOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  expiresOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  terminatedOn?: string | null;
}
