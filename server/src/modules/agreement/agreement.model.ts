import { Field, ID, ObjectType } from 'type-graphql';
import { AgreementKind, IssueArea } from '../../common/enums';
import { DateScalar } from '../../common/scalars';
import { RecordShape } from '../../common/record-shape';

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

export const AGREEMENT_COLUMNS = `ag.id, ag.title, ag.reference, ag.kind, ag.issue_areas as "issueAreas",
  ag.province_code as "provinceCode", ag.network_id as "networkId", ag.meeting_id as "meetingId",
  ag.signed_on as "signedOn", ag.expires_on as "expiresOn", ag.terminated_on as "terminatedOn"`;

/** AGREEMENT_COLUMNS as a shape (see RecordShape), with what AgreementResolver's field resolvers read: keep in step. */
export const AGREEMENT_SHAPE = new RecordShape(AGREEMENT_COLUMNS, AgreementModel, {
  status: ['signedOn', 'expiresOn', 'terminatedOn'],
  province: ['provinceCode'],
  network: ['networkId'],
  meeting: ['meetingId'],
  parties: ['id'],
  commitments: ['id'],
  viewerCanUpdate: ['provinceCode'],
});
