import { Field, InputType } from 'type-graphql';
import { EmailFrequency, Language } from './notification.enums';

@InputType()
export class NotificationSettingsInput {
  @Field(() => EmailFrequency, { nullable: true })
  email?: EmailFrequency | null;

  @Field(() => Language, { nullable: true })
  language?: Language | null;
}
