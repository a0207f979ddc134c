import { Field, Float, ID, ObjectType } from 'type-graphql';
import { CommitmentStatus, IssueArea } from '../../common/enums';
import { DateScalar } from '../../common/scalars';
import { RecordShape } from '../../common/record-shape';

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

export const COMMITMENT_COLUMNS = `c.id, c.agreement_id as "agreementId", c.agency_id as "agencyId", c.description,
  c.issue_area as "issueArea", c.indicator, c.target_value as "targetValue", c.achieved_value as "achievedValue",
  c.due_on as "dueOn", c.status, ag.province_code as "provinceCode"`;

/** COMMITMENT_COLUMNS as a shape (see RecordShape), with what CommitmentResolver's field resolvers read: keep in step. */
export const COMMITMENT_SHAPE = new RecordShape(COMMITMENT_COLUMNS, CommitmentModel, {
  agreement: ['agreementId'],
  agency: ['agencyId'],
  isOverdue: ['status', 'dueOn'],
  actionItems: ['id'],
  viewerCanUpdate: ['provinceCode', 'agencyId'],
  viewerCanEditDetails: ['provinceCode'],
});

export const COMMITMENT_FROM = 'from commitment c join agreement ag on ag.id = c.agreement_id';

/** PLANNED or IN_PROGRESS with dueOn before `asOf` (metrics.md, "Commitments"). */
export function commitmentIsOverdue(c: { status: CommitmentStatus; dueOn: string | null }, asOf: string): boolean {
  return (c.status === CommitmentStatus.PLANNED || c.status === CommitmentStatus.IN_PROGRESS) && !!c.dueOn && c.dueOn < asOf;
}
