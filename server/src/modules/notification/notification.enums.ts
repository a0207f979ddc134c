import { registerEnumType } from 'type-graphql';

export enum Language {
  ID = 'ID',
  EN = 'EN',
}
registerEnumType(Language, { name: 'Language', valuesConfig: { ID: { description: 'Bahasa Indonesia' } } });

export enum EmailFrequency {
  OFF = 'OFF',
  IMMEDIATE = 'IMMEDIATE',
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
}
registerEnumType(EmailFrequency, {
  name: 'EmailFrequency',
  description: 'How a user wants notifications by e-mail. In the hub\'s inbox they always appear.',
  valuesConfig: {
    IMMEDIATE: { description: 'One e-mail per notification, as it is created.' },
    DAILY: { description: 'One e-mail a day gathering the notifications not yet e-mailed.' },
    WEEKLY: { description: 'One e-mail a week gathering the notifications not yet e-mailed.' },
  },
});

/** Every kind of followup.md. */
export enum NotificationKind {
  ACTION_ASSIGNED = 'ACTION_ASSIGNED',
  ACTION_DUE_SOON = 'ACTION_DUE_SOON',
  ACTION_OVERDUE = 'ACTION_OVERDUE',
  ACTION_ESCALATED = 'ACTION_ESCALATED',
  COMMITMENT_DUE_SOON = 'COMMITMENT_DUE_SOON',
  COMMITMENT_OVERDUE = 'COMMITMENT_OVERDUE',
  AGREEMENT_EXPIRING = 'AGREEMENT_EXPIRING',
  REFERRAL_RECEIVED = 'REFERRAL_RECEIVED',
  REFERRAL_STALE = 'REFERRAL_STALE',
  RECOMMENDATION_RECEIVED = 'RECOMMENDATION_RECEIVED',
  RECOMMENDATION_RESPONSE_DUE = 'RECOMMENDATION_RESPONSE_DUE',
  RECOMMENDATION_RESPONDED = 'RECOMMENDATION_RESPONDED',
}
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  valuesConfig: {
    ACTION_ASSIGNED: { description: "A new action item was assigned to the recipient's agency." },
    ACTION_DUE_SOON: { description: "An open action item of the recipient's agency is due within 7 days." },
    ACTION_OVERDUE: { description: "An open action item of the recipient's agency is past its due date." },
    ACTION_ESCALATED: { description: "An action item of the recipient's province has been overdue for 14 days or more." },
    COMMITMENT_DUE_SOON: { description: "An open commitment of the recipient's agency is due within 14 days." },
    COMMITMENT_OVERDUE: {
      description: "An open commitment of the recipient's agency, or of the recipient's province, is past its due date.",
    },
    AGREEMENT_EXPIRING: { description: "An active agreement of the recipient's agency or province expires within 90 days." },
    REFERRAL_RECEIVED: { description: "A case was referred to the recipient's agency." },
    REFERRAL_STALE: {
      description: "A referral to an agency of the recipient's province has waited 14 days or more for a response.",
    },
    RECOMMENDATION_RECEIVED: { description: "A recommendation was addressed to the recipient's province." },
    RECOMMENDATION_RESPONSE_DUE: {
      description: "A recommendation to the recipient's province needs its answer within 14 days, or is past its response date.",
    },
    RECOMMENDATION_RESPONDED: { description: "The province answered a recommendation of the recipient's own oversight body." },
  },
});
