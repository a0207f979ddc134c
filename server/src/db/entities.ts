import { ActionItem, ActionUpdate } from '../modules/action-item/action-item.entity';
import { Agency } from '../modules/agency/agency.entity';
import { Agreement, AgreementParty } from '../modules/agreement/agreement.entity';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { HubSetting, Session } from '../modules/auth/session.entity';
import { CaseRecord, Referral, ServiceRecord } from '../modules/case/case.entity';
import { Commitment } from '../modules/commitment/commitment.entity';
import { Meeting, MeetingAttendee } from '../modules/meeting/meeting.entity';
import { Network, NetworkMembership } from '../modules/network/network.entity';
import { Province, Regency } from '../modules/province/province.entity';
import { Recommendation, RecommendationAddressee } from '../modules/recommendation/recommendation.entity';
import { User } from '../modules/user/user.entity';

export const entities = [
  Province,
  Regency,
  Agency,
  Network,
  NetworkMembership,
  Meeting,
  MeetingAttendee,
  Agreement,
  AgreementParty,
  Commitment,
  Recommendation,
  RecommendationAddressee,
  ActionItem,
  ActionUpdate,
  CaseRecord,
  Referral,
  ServiceRecord,
  User,
  Session,
  HubSetting,
  AuditEvent,
];
