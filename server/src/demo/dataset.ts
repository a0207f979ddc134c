import type { IssueName, KindName, MemberRoleName, RoleName, SectorName } from './catalogue';

// The demo world's rows. Every row refers to other rows by their index in the dataset's
// arrays; the loader (demo-data.ts) turns indexes into ids.

export interface ProvinceRef {
  code: string;
  isoCode: string;
  name: string;
}
export interface RegencyRef {
  code: string;
  provinceCode: string;
  name: string;
}
export interface GenerateInput {
  /** YYYY-MM-DD in the hub's time zone. */
  today: string;
  /** Wall clock, only to keep timestamps of today's records out of the future. */
  now: Date;
  provinces: ProvinceRef[];
  regencies: RegencyRef[];
}

export type ActionStatusName = 'OPEN' | 'IN_PROGRESS' | 'BLOCKED' | 'DONE' | 'CANCELLED';
export type PriorityName = 'LOW' | 'MEDIUM' | 'HIGH' | 'URGENT';
export type CommitmentStatusName = 'PLANNED' | 'IN_PROGRESS' | 'FULFILLED' | 'LAPSED';
export type ReferralStatusName = 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'COMPLETED';
export type ServiceName =
  | 'MEDICAL'
  | 'PSYCHOSOCIAL'
  | 'LEGAL_AID'
  | 'SHELTER'
  | 'SOCIAL_ASSISTANCE'
  | 'EDUCATION_CONTINUITY'
  | 'RESTITUTION'
  | 'REHABILITATION'
  | 'REINTEGRATION';
export type AgeName = 'CHILD_0_5' | 'CHILD_6_12' | 'CHILD_13_17' | 'ADULT_18_24' | 'ADULT_25_59' | 'ADULT_60_PLUS';
export type OutcomeName = 'OPEN' | 'IN_SERVICE' | 'IN_LEGAL_PROCESS' | 'RESOLVED' | 'CONVICTED' | 'DISMISSED' | 'WITHDRAWN' | 'REFERRED_OUT';

export interface AgencyRow {
  key: string;
  name: string;
  acronym: string | null;
  sector: SectorName;
  level: string;
  provinceCode: string | null;
  regencyCode: string | null;
  active: boolean;
  createdAt: string;
}
export interface NetworkRow {
  name: string;
  description: string;
  provinceCode: string | null;
  issueAreas: IssueName[];
  createdAt: string;
}
export interface MembershipRow {
  network: number;
  agency: number;
  role: MemberRoleName;
  joinedOn: string | null;
}
export interface MeetingRow {
  key: string;
  title: string;
  heldOn: string;
  provinceCode: string | null;
  network: number | null;
  summary: string;
  createdAt: string;
}
export interface AttendeeRow {
  meeting: number;
  agency: number;
}
export interface AgreementRow {
  key: string;
  title: string;
  reference: string | null;
  kind: KindName;
  issueAreas: IssueName[];
  provinceCode: string | null;
  network: number | null;
  meeting: number | null;
  signedOn: string | null;
  expiresOn: string | null;
  terminatedOn: string | null;
  createdAt: string;
  updatedAt: string;
}
export interface PartyRow {
  agreement: number;
  agency: number;
}
export interface CommitmentRow {
  agreement: number;
  agency: number;
  description: string;
  issueArea: IssueName | null;
  indicator: string | null;
  targetValue: number | null;
  achievedValue: number | null;
  dueOn: string;
  status: CommitmentStatusName;
  createdAt: string;
  updatedAt: string;
}
export interface UserRow {
  email: string;
  displayName: string;
  role: RoleName;
  provinceCode: string | null;
  agency: number | null;
  description: string;
  createdAt: string;
}
export interface ActionItemRow {
  title: string;
  description: string | null;
  provinceCode: string;
  agency: number;
  commitment: number | null;
  meeting: number | null;
  priority: PriorityName;
  status: ActionStatusName;
  openedOn: string;
  dueOn: string;
  completedOn: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}
export type Changes = Record<string, { before: unknown; after: unknown }>;
export interface ActionUpdateRow {
  item: number;
  author: number;
  note: string | null;
  fromStatus: ActionStatusName | null;
  toStatus: ActionStatusName | null;
  changes: Changes | null;
  createdAt: string;
}
export interface AuditRow {
  at: string;
  actor: number;
  action: string;
  item: number;
  provinceCode: string;
  changes: Changes | null;
}
export interface CaseRow {
  code: string;
  provinceCode: string;
  regencyCode: string | null;
  issueArea: IssueName;
  victimAgeGroup: AgeName;
  victimSex: 'FEMALE' | 'MALE';
  reportedOn: string;
  intakeAgency: number;
  outcome: OutcomeName;
  closedOn: string | null;
  createdAt: string;
  updatedAt: string;
}
export interface ReferralRow {
  case: number;
  from: number;
  to: number;
  referredOn: string;
  respondedOn: string | null;
  status: ReferralStatusName;
  createdAt: string;
}
export interface ServiceRow {
  case: number;
  agency: number;
  type: ServiceName;
  providedOn: string;
  createdAt: string;
}
export interface DemoDataset {
  today: string;
  agencies: AgencyRow[];
  networks: NetworkRow[];
  memberships: MembershipRow[];
  meetings: MeetingRow[];
  attendees: AttendeeRow[];
  agreements: AgreementRow[];
  parties: PartyRow[];
  commitments: CommitmentRow[];
  users: UserRow[];
  actionItems: ActionItemRow[];
  actionUpdates: ActionUpdateRow[];
  auditEvents: AuditRow[];
  cases: CaseRow[];
  referrals: ReferralRow[];
  services: ServiceRow[];
}

/** How far back action items and cases reach. */
export const HISTORY_DAYS = 547;

