import { actionDueSoonSql, actionOpenSql, actionOverdueSql } from '../action-item/action-item.status';
import { agreementExpiringSql, agreementStatusSql } from '../agreement/agreement.status';
import { commitmentDueSoonSql, commitmentOverdueSql } from '../commitment/commitment.status';
import { NotificationKind } from './notification.enums';

/**
 * The rules of docs followup.md as data: what each kind is about, which records it selects
 * as of the day A, and who receives it. notification.sql.ts turns them into statements.
 * Open, overdue and due soon are the modules' own rules (action-item.status.ts, commitment.status.ts).
 */

/** A commitment followed up: of an agreement that is not DRAFT as of A. */
const ofSignedAgreement = (agreement: string, asOf: string) => `${agreementStatusSql(agreement, asOf)} <> 'DRAFT'`;

/** The table a kind's record lives in; the notification column of the same name points at it. */
export type RecordType = 'action_item' | 'commitment' | 'agreement' | 'referral' | 'recommendation';

/**
 * Who receives a notification:
 *  - AGENCY: the agency users (active MEMBERs) of the record's agency;
 *  - AGENCY_OR_FALLBACK: the same, or when that agency has none, the province coordinators;
 *  - COORDINATORS: the province coordinators of the record's province (ADMINs for national records);
 *  - PARTIES: the agency users of every party of the agreement;
 *  - ADDRESSEES: the agency users of every addressee of the recommendation;
 *  - ISSUER: the issuer users of the record's agency (active OVERSIGHT users whose account names that body).
 */
export type Audience = 'AGENCY' | 'AGENCY_OR_FALLBACK' | 'COORDINATORS' | 'PARTIES' | 'ADDRESSEES' | 'ISSUER';

export interface Rule {
  kind: NotificationKind;
  record: RecordType;
  audiences: Audience[];
  /**
   * SQL selecting the records to notify about, with columns record_id, key (text), agency_id
   * (the responsible agency, null when none) and province_code (the record's province, null
   * when national). `a` is the placeholder of the day A (a date); `record` that of the record's
   * id for change-driven kinds.
   */
  source: (a: string, record?: string) => string;
}

const day = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

const actionItems = (where: (a: string) => string) => (a: string) =>
  `select ai.id as record_id, ${day('ai.due_on')} as key, ai.agency_id, ai.province_code
   from action_item ai where ${where(a)}`;

const commitments = (where: (a: string) => string) => (a: string) =>
  `select cm.id as record_id, ${day('cm.due_on')} as key, cm.agency_id, ag.province_code
   from commitment cm join agreement ag on ag.id = cm.agreement_id
   where ${where(a)} and ${ofSignedAgreement('ag', a)}`;

/** What the daily sweep notifies (followup.md, first table). */
export const SWEEP_RULES: Rule[] = [
  {
    kind: NotificationKind.ACTION_DUE_SOON,
    record: 'action_item',
    audiences: ['AGENCY_OR_FALLBACK'],
    source: actionItems((a) => actionDueSoonSql('ai', a)),
  },
  {
    kind: NotificationKind.ACTION_OVERDUE,
    record: 'action_item',
    audiences: ['AGENCY_OR_FALLBACK'],
    source: actionItems((a) => actionOverdueSql('ai', a)),
  },
  {
    kind: NotificationKind.ACTION_ESCALATED,
    record: 'action_item',
    audiences: ['COORDINATORS'],
    source: actionItems((a) => `${actionOpenSql('ai')} and ai.due_on <= ${a}::date - 14`),
  },
  {
    kind: NotificationKind.COMMITMENT_DUE_SOON,
    record: 'commitment',
    audiences: ['AGENCY_OR_FALLBACK'],
    source: commitments((a) => commitmentDueSoonSql('cm', a)),
  },
  {
    kind: NotificationKind.COMMITMENT_OVERDUE,
    record: 'commitment',
    audiences: ['AGENCY_OR_FALLBACK', 'COORDINATORS'],
    source: commitments((a) => commitmentOverdueSql('cm', a)),
  },
  {
    kind: NotificationKind.AGREEMENT_EXPIRING,
    record: 'agreement',
    audiences: ['COORDINATORS', 'PARTIES'],
    source: (a) =>
      `select ag.id as record_id, ${day('ag.expires_on')} as key, null::int as agency_id, ag.province_code
       from agreement ag
       where ${agreementExpiringSql('ag', a)}`,
  },
  {
    kind: NotificationKind.REFERRAL_STALE,
    record: 'referral',
    audiences: ['COORDINATORS'],
    source: (a) =>
      `select rf.id as record_id, ${day('rf.referred_on')} as key, rf.to_agency_id as agency_id, c.province_code
       from referral rf join case_record c on c.id = rf.case_id
       where rf.status = 'PENDING' and rf.referred_on <= ${a}::date - 14`,
  },
  {
    kind: NotificationKind.RECOMMENDATION_RESPONSE_DUE,
    record: 'recommendation',
    audiences: ['COORDINATORS'],
    source: (a) =>
      `select rn.id as record_id, ${day('rn.response_due_on')} as key, null::int as agency_id, rn.province_code
       from recommendation rn where rn.response is null and rn.response_due_on <= ${a}::date + 14`,
  },
];

/** What a change notifies at once (followup.md, second table); the key is the record itself. */
export const CHANGE_RULES = {
  ACTION_ASSIGNED: {
    kind: NotificationKind.ACTION_ASSIGNED,
    record: 'action_item',
    audiences: ['AGENCY'],
    source: (_a, record) =>
      `select ai.id as record_id, ai.id::text as key, ai.agency_id, ai.province_code from action_item ai where ai.id = ${record}`,
  },
  REFERRAL_RECEIVED: {
    kind: NotificationKind.REFERRAL_RECEIVED,
    record: 'referral',
    audiences: ['AGENCY_OR_FALLBACK'],
    source: (_a, record) =>
      `select rf.id as record_id, rf.id::text as key, rf.to_agency_id as agency_id, c.province_code
       from referral rf join case_record c on c.id = rf.case_id where rf.id = ${record}`,
  },
  RECOMMENDATION_RECEIVED: {
    kind: NotificationKind.RECOMMENDATION_RECEIVED,
    record: 'recommendation',
    audiences: ['COORDINATORS', 'ADDRESSEES'],
    source: (_a, record) =>
      `select rn.id as record_id, rn.id::text as key, null::int as agency_id, rn.province_code from recommendation rn where rn.id = ${record}`,
  },
  RECOMMENDATION_RESPONDED: {
    kind: NotificationKind.RECOMMENDATION_RESPONDED,
    record: 'recommendation',
    audiences: ['ISSUER'],
    source: (_a, record) =>
      `select rn.id as record_id, rn.id::text as key, rn.issuer_id as agency_id, rn.province_code from recommendation rn where rn.id = ${record}`,
  },
} satisfies Record<string, Rule>;
