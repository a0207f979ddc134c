import { Field, ID, InputType } from 'type-graphql';
import { AgeGroup, CaseOutcome, IssueArea, ReferralStatus, ServiceType, Sex } from '../../common/enums';
import { DateScalar } from '../../common/scalars';

@InputType()
export class CaseFilter {
  @Field(() => String, { nullable: true })
  provinceCode?: string | null;

  @Field(() => IssueArea, { nullable: true })
  issueArea?: IssueArea | null;

  @Field(() => CaseOutcome, { nullable: true })
  outcome?: CaseOutcome | null;

  @Field(() => ID, { nullable: true, description: 'Cases this agency took in, referred, was referred, or served.' })
  agencyId?: string | null;

  @Field(() => DateScalar, { nullable: true })
  reportedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true })
  reportedTo?: string | null;

  @Field(() => ReferralStatus, { nullable: true, description: 'Cases with at least one referral in this status.' })
  referralStatus?: ReferralStatus | null;
}

/** Deliberately no field for any personal data about the victim. */
@InputType()
export class RecordCaseInput {
  @Field()
  provinceCode!: string;

  @Field(() => String, { nullable: true })
  regencyCode?: string | null;

  @Field(() => IssueArea)
  issueArea!: IssueArea;

  @Field(() => AgeGroup)
  victimAgeGroup!: AgeGroup;

  @Field(() => Sex)
  victimSex!: Sex;

  @Field(() => DateScalar)
  reportedOn!: string;

  @Field(() => ID)
  intakeAgencyId!: string;
}

@InputType()
export class ReferCaseInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ID)
  fromAgencyId!: string;

  @Field(() => ID)
  toAgencyId!: string;

  @Field(() => DateScalar)
  referredOn!: string;
}

@InputType()
export class RespondToReferralInput {
  @Field(() => ID)
  referralId!: string;

  @Field(() => ReferralStatus)
  status!: ReferralStatus;

  @Field(() => DateScalar)
  respondedOn!: string;
}

@InputType()
export class RecordServiceInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ID)
  agencyId!: string;

  @Field(() => ServiceType)
  type!: ServiceType;

  @Field(() => DateScalar)
  providedOn!: string;
}

@InputType()
export class SetCaseOutcomeInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => CaseOutcome)
  outcome!: CaseOutcome;

  @Field(() => DateScalar, { nullable: true, description: 'For a closing outcome; defaults to today. Must be empty for open outcomes.' })
  closedOn?: string | null;
}
