import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../common/pagination';
import { DateScalar, DateTimeScalar } from '../../common/scalars';
import { EmailStatus } from '../../common/enums';
import { EmailFrequency, Language, NotificationKind } from './notification.enums';

@ObjectType('NotificationSettings', { simpleResolvers: true })
export class NotificationSettingsModel {
  @Field(() => EmailFrequency)
  email!: EmailFrequency;

  @Field(() => Language)
  language!: Language;
}

@ObjectType('Notification', {
  simpleResolvers: true,
  description:
    'Something a user should know or do. Each notification concerns exactly one record, which the recipient may read; the field of that record is set, the others are null.',
})
export class NotificationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateScalar, { description: 'The day the sweep or the change that produced it was evaluated on.' })
  asOf!: string;

  @Field(() => DateTimeScalar, { nullable: true })
  readAt!: Date | null;

  actionItemId!: number | null;
  commitmentId!: number | null;
  agreementId!: number | null;
  referralId!: number | null;
  recommendationId!: number | null;
}

@ObjectType('NotificationConnection', { simpleResolvers: true })
export class NotificationConnection {
  @Field(() => [NotificationModel])
  nodes!: NotificationModel[];

  @Field(() => Int, { description: 'The number of records matching the filter, across all pages.' })
  totalCount!: number;

  @Field(() => Int, { description: "The viewer's unread notifications, whatever the filter." })
  unreadCount!: number;

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType('OutboxEmail', {
  simpleResolvers: true,
  description: 'An e-mail the hub produced, kept in its outbox whether or not it could be sent.',
})
export class OutboxEmailModel {
  @Field(() => ID)
  id!: string;

  @Field()
  to!: string;

  @Field(() => Language)
  language!: Language;

  @Field()
  subject!: string;

  @Field({ description: 'Plain-text body.' })
  text!: string;

  @Field(() => Int, { description: 'The notifications this e-mail carries (one when IMMEDIATE, several in a digest).' })
  notificationCount!: number;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => EmailStatus)
  status!: EmailStatus;

  @Field(() => Int)
  attempts!: number;

  @Field(() => DateTimeScalar, { nullable: true })
  sentAt!: Date | null;
}

@ObjectType('FollowUpSweep', { simpleResolvers: true, description: 'What one run of the follow-up sweep did.' })
export class FollowUpSweepModel {
  @Field(() => DateScalar)
  asOf!: string;

  @Field(() => Int)
  notificationsCreated!: number;

  @Field(() => Int)
  emailsQueued!: number;
}
