export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date in ISO form (YYYY-MM-DD), without a time zone. */
  Date: { input: string; output: string; }
  /** An ISO-8601 timestamp with offset, e.g. 2026-11-22T04:30:00.000Z. */
  DateTime: { input: string; output: string; }
};

/** A follow-up action (rencana tindak lanjut) assigned to one agency, e.g. from a coordination meeting or to deliver a commitment. */
export type ActionItem = {
  __typename?: 'ActionItem';
  /** The agency responsible for doing it. */
  agency: Agency;
  commitment: Maybe<Commitment>;
  completedOn: Maybe<Scalars['Date']['output']>;
  /** Whole days since dueOn for an overdue item; null otherwise. */
  daysOverdue: Maybe<Scalars['Int']['output']>;
  description: Maybe<Scalars['String']['output']>;
  dueOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** OPEN, IN_PROGRESS or BLOCKED with dueOn before today. */
  isOverdue: Scalars['Boolean']['output'];
  /** The meeting that agreed on it, if any. */
  meeting: Maybe<Meeting>;
  openedOn: Scalars['Date']['output'];
  priority: Priority;
  province: Province;
  /** The recommendation this item implements, if any. */
  recommendation: Maybe<Recommendation>;
  status: ActionStatus;
  title: Scalars['String']['output'];
  /** History, oldest first. */
  updates: Array<ActionUpdate>;
  /** Incremented on every change; updateActionItem must name the version it read. */
  version: Scalars['Int']['output'];
  /** Whether the viewer may change title, description, priority and due date. */
  viewerCanEditDetails: Scalars['Boolean']['output'];
  /** Whether the viewer may change status, completion date and notes. */
  viewerCanUpdate: Scalars['Boolean']['output'];
};

export type ActionItemConnection = {
  __typename?: 'ActionItemConnection';
  nodes: Array<ActionItem>;
  pageInfo: PageInfo;
  /** The number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ActionItemFilter = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  commitmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Items due strictly before this day. */
  dueBefore?: InputMaybe<Scalars['Date']['input']>;
  /** Follow-ups of this meeting. */
  meetingId?: InputMaybe<Scalars['ID']['input']>;
  /** true: only overdue items; false: only items not overdue. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  priority?: InputMaybe<Array<Priority>>;
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<ActionStatus>>;
};

export type ActionStatus =
  | 'BLOCKED'
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'OPEN';

/** One entry in an action item's history: a note, a status change, or both. */
export type ActionUpdate = {
  __typename?: 'ActionUpdate';
  author: User;
  /** JSON object of the other fields changed with this entry, each as {before, after}. */
  changes: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  fromStatus: Maybe<ActionStatus>;
  id: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  toStatus: Maybe<ActionStatus>;
};

export type AgeGroup =
  | 'ADULT_18_24'
  | 'ADULT_25_59'
  | 'ADULT_60_PLUS'
  | 'CHILD_0_5'
  | 'CHILD_6_12'
  | 'CHILD_13_17';

/** A member agency: a service unit, police unit, court, NGO, oversight body... */
export type Agency = {
  __typename?: 'Agency';
  acronym: Maybe<Scalars['String']['output']>;
  active: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  level: AgencyLevel;
  name: Scalars['String']['output'];
  /** The networks this agency belongs to. */
  networks: Array<Network>;
  /** Null for national agencies. */
  province: Maybe<Province>;
  regency: Maybe<Regency>;
  sector: Sector;
  /** Whether the viewer may change this agency. */
  viewerCanUpdate: Scalars['Boolean']['output'];
};

/** One agency's action items in a province's metrics. */
export type AgencyActionStats = {
  __typename?: 'AgencyActionStats';
  agency: Agency;
  /** Items DONE with completedOn in the period. */
  doneInPeriod: Scalars['Int']['output'];
  /** As onTimeCompletionRate, over this agency's items. */
  onTimeRate: Maybe<Scalars['Float']['output']>;
  /** Items OPEN, IN_PROGRESS or BLOCKED. */
  open: Scalars['Int']['output'];
  /** Open items with dueOn before asOf. */
  overdue: Scalars['Int']['output'];
};

export type AgencyConnection = {
  __typename?: 'AgencyConnection';
  nodes: Array<Agency>;
  pageInfo: PageInfo;
  /** The number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type AgencyFilter = {
  /** Only active (true) or inactive (false) agencies. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  level?: InputMaybe<AgencyLevel>;
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  /** Part of the name or acronym, case-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
  sector?: InputMaybe<Sector>;
};

export type AgencyLevel =
  | 'NATIONAL'
  | 'PROVINCE'
  | 'REGENCY';

/** An MoU, cooperation agreement, joint commitment or regulation between at least two agencies. */
export type Agreement = {
  __typename?: 'Agreement';
  commitments: Array<Commitment>;
  expiresOn: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  issueAreas: Array<IssueArea>;
  kind: AgreementKind;
  /** The meeting at which it was signed, if any. */
  meeting: Maybe<Meeting>;
  network: Maybe<Network>;
  /** The signatory agencies; at least two. */
  parties: Array<Agency>;
  /** Null for national agreements. */
  province: Maybe<Province>;
  /** The document's own number, if it has one. */
  reference: Maybe<Scalars['String']['output']>;
  signedOn: Maybe<Scalars['Date']['output']>;
  /** Status as of today, derived from the dates. */
  status: AgreementStatus;
  terminatedOn: Maybe<Scalars['Date']['output']>;
  title: Scalars['String']['output'];
  /** Whether the viewer may edit this agreement and add commitments to it. */
  viewerCanUpdate: Scalars['Boolean']['output'];
};

export type AgreementConnection = {
  __typename?: 'AgreementConnection';
  nodes: Array<Agreement>;
  pageInfo: PageInfo;
  /** The number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type AgreementFilter = {
  /** Agreements this agency is a party of. */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Active agreements whose expiresOn falls within this many days. */
  expiringWithinDays?: InputMaybe<Scalars['Int']['input']>;
  issueArea?: InputMaybe<IssueArea>;
  meetingId?: InputMaybe<Scalars['ID']['input']>;
  networkId?: InputMaybe<Scalars['ID']['input']>;
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  /** Part of the title or reference, case-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Status as of today. */
  status?: InputMaybe<AgreementStatus>;
};

export type AgreementKind =
  /** Cooperation agreement (perjanjian kerja sama, PKS) */
  | 'COOPERATION_AGREEMENT'
  /** Joint commitment signed at a network meeting (kesepakatan bersama) */
  | 'JOINT_COMMITMENT'
  /** Memorandum of understanding (nota kesepahaman) */
  | 'MOU'
  /** A regional regulation or decree that binds several agencies */
  | 'REGULATION';

/** Derived from the dates, as of a given day: DRAFT before signing, TERMINATED from terminatedOn, EXPIRED after expiresOn, ACTIVE otherwise. */
export type AgreementStatus =
  | 'ACTIVE'
  | 'DRAFT'
  | 'EXPIRED'
  | 'TERMINATED';

/** One successful mutation, recorded in the same transaction; never changed or deleted. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** The mutation's name, e.g. 'updateActionItem'. */
  action: Scalars['String']['output'];
  actor: Maybe<User>;
  at: Scalars['DateTime']['output'];
  /** JSON object of the changed fields, each as {before, after}. */
  changes: Maybe<Scalars['String']['output']>;
  entityId: Scalars['String']['output'];
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  nodes: Array<AuditEvent>;
  pageInfo: PageInfo;
  /** The number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type AuditEventFilter = {
  /** The mutation's name, e.g. 'updateActionItem'. */
  action?: InputMaybe<Scalars['String']['input']>;
  actorId?: InputMaybe<Scalars['ID']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  /** Events about records of this province. */
  provinceCode?: InputMaybe<Scalars['String']['input']>;
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** When the session ends unless the user signs out earlier. */
  expiresAt: Scalars['DateTime']['output'];
  /** Bearer token for the Authorization header of API clients. The web client may use an httpOnly cookie instead. */
  token: Scalars['String']['output'];
  user: User;
};

/** A case handled by the network, without any personal identifier: no names, addresses, birth dates or free-text narrative about the victim are stored. */
export type Case = {
  __typename?: 'Case';
  closedOn: Maybe<Scalars['Date']['output']>;
  /** A pseudonymous reference generated by the hub: province ISO code, year reported and six random characters, e.g. 'KB-2026-K7QM3T' (codes recorded before 2026-12 end in a number). */
  code: Scalars['String']['output'];
  /** Earliest providedOn among the services, if any. */
  firstServiceOn: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** The agency that first received the case. */
  intakeAgency: Agency;
  issueArea: IssueArea;
  outcome: CaseOutcome;
  province: Province;
  referrals: Array<Referral>;
  regency: Maybe<Regency>;
  reportedOn: Scalars['Date']['output'];
  services: Array<ServiceRecord>;
  victimAgeGroup: AgeGroup;
  victimSex: Sex;
  /** Whether the viewer may record a service (members: their own agency's). */
  viewerCanRecordService: Scalars['Boolean']['output'];
  /** Whether the viewer may refer this case to another agency. */
  viewerCanRefer: Scalars['Boolean']['output'];
  /** Whether the viewer may set the outcome. */
  viewerCanSetOutcome: Scalars['Boolean']['output'];
};

export type CaseConnection = {
  __typename?: 'CaseConnection';
  nodes: Array<Case>;
  pageInfo: PageInfo;
  /** The number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A count of cases as shown to the viewer. Viewers who are not ADMIN and not the COORDINATOR of the province see counts from 1 to 4 withheld (value null, suppressed true), a few more withheld so that none can be recovered by subtraction, and the others rounded to a multiple of 5 (rounded true): see the metrics document, "Disclosure control of case figures". */
export type CaseCount = {
  __typename?: 'CaseCount';
  /** True when the value shown was rounded to a multiple of 5 for this viewer. */
  rounded: Scalars['Boolean']['output'];
  suppressed: Scalars['Boolean']['output'];
  value: Maybe<Scalars['Int']['output']>;
};

export type CaseFilter = {
  /** Cases this agency took in, referred, was referred, or served. */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  issueArea?: InputMaybe<IssueArea>;
  outcome?: InputMaybe<CaseOutcome>;
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  /** Cases with at least one referral in this status. */
  referralStatus?: InputMaybe<ReferralStatus>;
  reportedFrom?: InputMaybe<Scalars['Date']['input']>;
  reportedTo?: InputMaybe<Scalars['Date']['input']>;
};

export type CaseOutcome =
  | 'CONVICTED'
  | 'DISMISSED'
  | 'IN_LEGAL_PROCESS'
  | 'IN_SERVICE'
  | 'OPEN'
  | 'REFERRED_OUT'
  | 'RESOLVED'
  | 'WITHDRAWN';

/** What one party promised under an agreement, e.g. "train 40 prosecutors in victim-centred case handling by June". */
export type Commitment = {
  __typename?: 'Commitment';
  achievedValue: Maybe<Scalars['Float']['output']>;
  /** Action items delivering this commitment that the viewer may read. */
  actionItems: Array<ActionItem>;
  /** The responsible agency; always one of the agreement's parties. */
  agency: Agency;
  agreement: Agreement;
  description: Scalars['String']['output'];
  dueOn: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** What is counted, e.g. 'prosecutors trained'. */
  indicator: Maybe<Scalars['String']['output']>;
  /** PLANNED or IN_PROGRESS with dueOn before today. */
  isOverdue: Scalars['Boolean']['output'];
  issueArea: Maybe<IssueArea>;
  status: CommitmentStatus;
  targetValue: Maybe<Scalars['Float']['output']>;
  /** Whether the viewer may change description, indicator, target and due date. */
  viewerCanEditDetails: Scalars['Boolean']['output'];
  /** Whether the viewer may update status and progress. */
  viewerCanUpdate: Scalars['Boolean']['output'];
};

export type CommitmentConnection = {
  __typename?: 'CommitmentConnection';
  nodes: Array<Commitment>;
  pageInfo: PageInfo;
  /** The number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type CommitmentFilter = {
  /** The responsible agency. */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  /** true: only overdue ones; false: only those not overdue. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** The agreement's province. */
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<CommitmentStatus>>;
};

export type CommitmentStatus =
  | 'FULFILLED'
  | 'IN_PROGRESS'
  /** Closed without being fulfilled. */
  | 'LAPSED'
  | 'PLANNED';

export type CreateActionItemInput = {
  agencyId: Scalars['ID']['input'];
  commitmentId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  dueOn: Scalars['Date']['input'];
  meetingId?: InputMaybe<Scalars['ID']['input']>;
  /** Defaults to today. */
  openedOn?: InputMaybe<Scalars['Date']['input']>;
  priority?: Priority;
  /** Defaults to the agency's province; required for national agencies. */
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  /** Links the new item to a recommendation of its province that was accepted (fully or partially). */
  recommendationId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

export type CreateAgencyInput = {
  acronym?: InputMaybe<Scalars['String']['input']>;
  level: AgencyLevel;
  name: Scalars['String']['input'];
  /** Required unless level is NATIONAL. */
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  /** Required when level is REGENCY. */
  regencyCode?: InputMaybe<Scalars['String']['input']>;
  sector: Sector;
};

export type CreateAgreementInput = {
  expiresOn?: InputMaybe<Scalars['Date']['input']>;
  issueAreas: Array<IssueArea>;
  kind: AgreementKind;
  /** The meeting at which it was signed. */
  meetingId?: InputMaybe<Scalars['ID']['input']>;
  networkId?: InputMaybe<Scalars['ID']['input']>;
  /** At least two distinct active agencies, from any province or national. */
  partyIds: Array<Scalars['ID']['input']>;
  /** Null for a national agreement (ADMIN only). */
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  reference?: InputMaybe<Scalars['String']['input']>;
  signedOn?: InputMaybe<Scalars['Date']['input']>;
  title: Scalars['String']['input'];
};

export type CreateCommitmentInput = {
  /** The responsible agency; must be one of the agreement's parties. */
  agencyId: Scalars['ID']['input'];
  agreementId: Scalars['ID']['input'];
  description: Scalars['String']['input'];
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  indicator?: InputMaybe<Scalars['String']['input']>;
  issueArea?: InputMaybe<IssueArea>;
  targetValue?: InputMaybe<Scalars['Float']['input']>;
};

export type CreateNetworkInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  issueAreas?: Array<IssueArea>;
  members?: Array<NetworkMemberInput>;
  name: Scalars['String']['input'];
  /** Null for a national network (ADMIN only). */
  provinceCode?: InputMaybe<Scalars['String']['input']>;
};

export type CreateUserInput = {
  /** Required for MEMBER: the agency worked for. Optional for OVERSIGHT: the oversight body (sector OVERSIGHT) the account issues recommendations for. */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  /** At least 12 characters. */
  password: Scalars['String']['input'];
  /** Required for COORDINATOR: the province coordinated. */
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  role: Role;
};

/** How a user wants notifications by e-mail. In the hub's inbox they always appear. */
export type EmailFrequency =
  /** One e-mail a day gathering the notifications not yet e-mailed. */
  | 'DAILY'
  /** One e-mail per notification, as it is created. */
  | 'IMMEDIATE'
  | 'OFF'
  /** One e-mail a week gathering the notifications not yet e-mailed. */
  | 'WEEKLY';

export type EmailStatus =
  /** Given up after the last retry. */
  | 'FAILED'
  /** No mail server is configured (SMTP_URL unset): kept here, not sent. */
  | 'NOT_SENT'
  /** Waiting to be sent (or to be retried). */
  | 'PENDING'
  | 'SENT';

/** What one run of the follow-up sweep did. */
export type FollowUpSweep = {
  __typename?: 'FollowUpSweep';
  asOf: Scalars['Date']['output'];
  emailsQueued: Scalars['Int']['output'];
  notificationsCreated: Scalars['Int']['output'];
};

/** The kinds of violence a network, agreement, commitment or case is about. */
export type IssueArea =
  | 'CHILD_MARRIAGE'
  | 'DOMESTIC_VIOLENCE'
  | 'OTHER'
  | 'SEXUAL_VIOLENCE'
  | 'TRAFFICKING'
  | 'VIOLENCE_AGAINST_CHILDREN'
  | 'VIOLENCE_AGAINST_WOMEN';

export type IssueAreaCount = {
  __typename?: 'IssueAreaCount';
  count: CaseCount;
  issueArea: IssueArea;
};

export type IssueRecommendationInput = {
  addresseeIds?: Array<Scalars['ID']['input']>;
  issueAreas: Array<IssueArea>;
  issuedOn: Scalars['Date']['input'];
  /** The issuing oversight body; an OVERSIGHT user may only name their own body. */
  issuerId: Scalars['ID']['input'];
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  reference?: InputMaybe<Scalars['String']['input']>;
  responseDueOn?: InputMaybe<Scalars['Date']['input']>;
  text: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type Language =
  | 'EN'
  /** Bahasa Indonesia */
  | 'ID';

/** A coordination meeting (rapat koordinasi, pertemuan jejaring) and what it decided. */
export type Meeting = {
  __typename?: 'Meeting';
  /** Follow-up actions agreed at the meeting. */
  actionItems: Array<ActionItem>;
  /** Agreements signed at the meeting. */
  agreements: Array<Agreement>;
  /** The agencies that took part. */
  attendees: Array<Agency>;
  heldOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  network: Maybe<Network>;
  /** Null for national meetings. */
  province: Maybe<Province>;
  /** Short minutes: decisions and follow-ups; never personal data about victims. */
  summary: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** Whether the viewer may record follow-ups (action items, agreement) of this meeting. */
  viewerCanUpdate: Scalars['Boolean']['output'];
};

export type MeetingConnection = {
  __typename?: 'MeetingConnection';
  nodes: Array<Meeting>;
  pageInfo: PageInfo;
  /** The number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type MeetingFilter = {
  /** Meetings this agency attended. */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  heldFrom?: InputMaybe<Scalars['Date']['input']>;
  heldTo?: InputMaybe<Scalars['Date']['input']>;
  networkId?: InputMaybe<Scalars['ID']['input']>;
  provinceCode?: InputMaybe<Scalars['String']['input']>;
};

export type MembershipRole =
  | 'LEAD'
  | 'MEMBER'
  | 'OBSERVER';

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a note to the item's history. */
  addActionNote: ActionItem;
  /** Adds an agency to a network, or changes its role there. */
  addNetworkMember: Network;
  createActionItem: ActionItem;
  createAgency: Agency;
  createAgreement: Agreement;
  createCommitment: Commitment;
  createNetwork: Network;
  /** Creates an account (ADMIN only). */
  createUser: User;
  /** Issues a recommendation (OVERSIGHT for their own body, or ADMIN). */
  issueRecommendation: Recommendation;
  /** Signs in. Also sets an httpOnly session cookie for the web client. */
  login: AuthPayload;
  /** Ends the current session on the server and clears the cookie. */
  logout: Scalars['Boolean']['output'];
  markAllNotificationsRead: Scalars['Int']['output'];
  /** Marks the viewer's notifications read; returns how many changed. Ids of other users' notifications are NOT_FOUND. */
  markNotificationsRead: Scalars['Int']['output'];
  /** Records a case; the hub generates its pseudonymous code. */
  recordCase: Case;
  recordMeeting: Meeting;
  recordService: ServiceRecord;
  referCase: Referral;
  /** Takes an agency out of a network. */
  removeNetworkMember: Network;
  /** Answers a recommendation, once (the province's COORDINATOR, or ADMIN). */
  respondToRecommendation: Recommendation;
  respondToReferral: Referral;
  /**
   * Runs the follow-up sweep now, as the daily scheduler does, for the given day
   * (default: today). ADMIN only. Safe to run any number of times: nothing is
   * notified or e-mailed twice.
   */
  runFollowUpSweep: FollowUpSweep;
  setCaseOutcome: Case;
  /** Changes an item; the input names the version read, and a stale version gets CONFLICT with nothing changed. */
  updateActionItem: ActionItem;
  updateAgency: Agency;
  updateAgreement: Agreement;
  updateCommitment: Commitment;
  /** Renames a network or changes its description or issue areas (not its province). */
  updateNetwork: Network;
  /** Changes the viewer's own settings. */
  updateNotificationSettings: User;
  /** Changes an account (ADMIN only). Deactivating it, or a new role or password, ends its sessions. */
  updateUser: User;
};


export type MutationAddActionNoteArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationAddNetworkMemberArgs = {
  member: NetworkMemberInput;
  networkId: Scalars['ID']['input'];
};


export type MutationCreateActionItemArgs = {
  input: CreateActionItemInput;
};


export type MutationCreateAgencyArgs = {
  input: CreateAgencyInput;
};


export type MutationCreateAgreementArgs = {
  input: CreateAgreementInput;
};


export type MutationCreateCommitmentArgs = {
  input: CreateCommitmentInput;
};


export type MutationCreateNetworkArgs = {
  input: CreateNetworkInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationIssueRecommendationArgs = {
  input: IssueRecommendationInput;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationMarkNotificationsReadArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationRecordCaseArgs = {
  input: RecordCaseInput;
};


export type MutationRecordMeetingArgs = {
  input: RecordMeetingInput;
};


export type MutationRecordServiceArgs = {
  input: RecordServiceInput;
};


export type MutationReferCaseArgs = {
  input: ReferCaseInput;
};


export type MutationRemoveNetworkMemberArgs = {
  agencyId: Scalars['ID']['input'];
  networkId: Scalars['ID']['input'];
};


export type MutationRespondToRecommendationArgs = {
  id: Scalars['ID']['input'];
  input: RespondToRecommendationInput;
};


export type MutationRespondToReferralArgs = {
  input: RespondToReferralInput;
};


export type MutationRunFollowUpSweepArgs = {
  asOf: InputMaybe<Scalars['Date']['input']>;
};


export type MutationSetCaseOutcomeArgs = {
  input: SetCaseOutcomeInput;
};


export type MutationUpdateActionItemArgs = {
  id: Scalars['ID']['input'];
  input: UpdateActionItemInput;
};


export type MutationUpdateAgencyArgs = {
  id: Scalars['ID']['input'];
  input: UpdateAgencyInput;
};


export type MutationUpdateAgreementArgs = {
  id: Scalars['ID']['input'];
  input: UpdateAgreementInput;
};


export type MutationUpdateCommitmentArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCommitmentInput;
};


export type MutationUpdateNetworkArgs = {
  id: Scalars['ID']['input'];
  input: UpdateNetworkInput;
};


export type MutationUpdateNotificationSettingsArgs = {
  input: NotificationSettingsInput;
};


export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};

export type NationalMetrics = {
  __typename?: 'NationalMetrics';
  /** Overdue action items in the whole country. */
  actionsOverdue: Scalars['Int']['output'];
  asOf: Scalars['Date']['output'];
  /** The period the national case figures cover for this viewer (see ProvinceMetrics.caseFrom). */
  caseFrom: Maybe<Scalars['Date']['output']>;
  caseTo: Maybe<Scalars['Date']['output']>;
  /** Cases reported in the period in the whole country. */
  casesReported: CaseCount;
  from: Scalars['Date']['output'];
  /** Every province, ordered by code. */
  provinces: Array<ProvinceMetrics>;
  to: Scalars['Date']['output'];
};

/** A coordination network (jejaring / jaringan kerja) of agencies, national or in one province. */
export type Network = {
  __typename?: 'Network';
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  issueAreas: Array<IssueArea>;
  members: Array<NetworkMembership>;
  name: Scalars['String']['output'];
  /** Null for national networks. */
  province: Maybe<Province>;
  /** Whether the viewer may change this network and its members. */
  viewerCanUpdate: Scalars['Boolean']['output'];
};

export type NetworkMemberInput = {
  agencyId: Scalars['ID']['input'];
  joinedOn?: InputMaybe<Scalars['Date']['input']>;
  role?: MembershipRole;
};

export type NetworkMembership = {
  __typename?: 'NetworkMembership';
  agency: Agency;
  joinedOn: Maybe<Scalars['Date']['output']>;
  role: MembershipRole;
};

/** Something a user should know or do. Each notification concerns exactly one record, which the recipient may read; the field of that record is set, the others are null. */
export type Notification = {
  __typename?: 'Notification';
  actionItem: Maybe<ActionItem>;
  agreement: Maybe<Agreement>;
  /** The day the sweep or the change that produced it was evaluated on. */
  asOf: Scalars['Date']['output'];
  commitment: Maybe<Commitment>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  readAt: Maybe<Scalars['DateTime']['output']>;
  recommendation: Maybe<Recommendation>;
  referral: Maybe<Referral>;
};

export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  nodes: Array<Notification>;
  pageInfo: PageInfo;
  /** The number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
  /** The viewer's unread notifications, whatever the filter. */
  unreadCount: Scalars['Int']['output'];
};

export type NotificationKind =
  /** A new action item was assigned to the recipient's agency. */
  | 'ACTION_ASSIGNED'
  /** An open action item of the recipient's agency is due within 7 days. */
  | 'ACTION_DUE_SOON'
  /** An action item of the recipient's province has been overdue for 14 days or more. */
  | 'ACTION_ESCALATED'
  /** An open action item of the recipient's agency is past its due date. */
  | 'ACTION_OVERDUE'
  /** An active agreement of the recipient's agency or province expires within 90 days. */
  | 'AGREEMENT_EXPIRING'
  /** An open commitment of the recipient's agency is due within 14 days. */
  | 'COMMITMENT_DUE_SOON'
  /** An open commitment of the recipient's agency, or of the recipient's province, is past its due date. */
  | 'COMMITMENT_OVERDUE'
  /** A recommendation was addressed to the recipient's province. */
  | 'RECOMMENDATION_RECEIVED'
  /** The province answered a recommendation of the recipient's own oversight body. */
  | 'RECOMMENDATION_RESPONDED'
  /** A recommendation to the recipient's province needs its answer within 14 days, or is past its response date. */
  | 'RECOMMENDATION_RESPONSE_DUE'
  /** A case was referred to the recipient's agency. */
  | 'REFERRAL_RECEIVED'
  /** A referral to an agency of the recipient's province has waited 14 days or more for a response. */
  | 'REFERRAL_STALE';

export type NotificationSettings = {
  __typename?: 'NotificationSettings';
  email: EmailFrequency;
  language: Language;
};

export type NotificationSettingsInput = {
  email?: InputMaybe<EmailFrequency>;
  language?: InputMaybe<Language>;
};

/** An e-mail the hub produced, kept in its outbox whether or not it could be sent. */
export type OutboxEmail = {
  __typename?: 'OutboxEmail';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  language: Language;
  /** The notifications this e-mail carries (one when IMMEDIATE, several in a digest). */
  notificationCount: Scalars['Int']['output'];
  sentAt: Maybe<Scalars['DateTime']['output']>;
  status: EmailStatus;
  subject: Scalars['String']['output'];
  /** Plain-text body. */
  text: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

export type OutboxEmailConnection = {
  __typename?: 'OutboxEmailConnection';
  nodes: Array<OutboxEmail>;
  pageInfo: PageInfo;
  /** The number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type OutcomeCount = {
  __typename?: 'OutcomeCount';
  count: CaseCount;
  outcome: CaseOutcome;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Priority =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM'
  | 'URGENT';

/** A province (provinsi), identified by its two-digit Kemendagri code, e.g. "52" for Nusa Tenggara Barat. */
export type Province = {
  __typename?: 'Province';
  code: Scalars['String']['output'];
  /** ISO 3166-2:ID subdivision code without the "ID-" prefix, e.g. "KB". */
  isoCode: Scalars['String']['output'];
  name: Scalars['String']['output'];
  regencies: Array<Regency>;
};

/** Cross-sector coordination metrics of one province over a period, evaluated as of one day. Each field's exact definition is in the metrics document. Rates are fractions from 0 to 1, null where nothing is there to measure. */
export type ProvinceMetrics = {
  __typename?: 'ProvinceMetrics';
  actionsDoneInPeriod: Scalars['Int']['output'];
  actionsOpen: Scalars['Int']['output'];
  actionsOverdue: Scalars['Int']['output'];
  /** Agreements ACTIVE as of asOf. */
  activeAgreements: Scalars['Int']['output'];
  agencyActionStats: Array<AgencyActionStats>;
  asOf: Scalars['Date']['output'];
  /** The period the case figures cover for this viewer: [from, to] for ADMIN and the province's coordinator, the whole ended months within it for everyone else; null when no case figure can be shown. */
  caseFrom: Maybe<Scalars['Date']['output']>;
  caseTo: Maybe<Scalars['Date']['output']>;
  casesByIssueArea: Array<IssueAreaCount>;
  casesByOutcome: Array<OutcomeCount>;
  casesReported: CaseCount;
  commitments: Scalars['Int']['output'];
  commitmentsFulfilled: Scalars['Int']['output'];
  commitmentsOverdue: Scalars['Int']['output'];
  /** 100 × the mean of the rates that are not null (as the viewer sees them), one decimal; null when hasData is false. */
  coordinationIndex: Maybe<Scalars['Float']['output']>;
  /** The distinct sectors of the parties of ACTIVE agreements, in enum order. */
  coveredSectors: Array<Sector>;
  /** Distinct pairs of agencies of different sectors that share an ACTIVE agreement. */
  crossSectorPartnerships: Scalars['Int']['output'];
  /** ACTIVE agreements with asOf < expiresOn <= asOf + 90 days. */
  expiringAgreements: Scalars['Int']['output'];
  from: Scalars['Date']['output'];
  fulfilmentRate: Maybe<Scalars['Float']['output']>;
  /** False when nothing of the province is recorded yet (no meeting, agreement, action item or case, whatever its dates); its coordinationIndex is then null. */
  hasData: Scalars['Boolean']['output'];
  medianDaysToFirstService: Maybe<Scalars['Float']['output']>;
  meetingsHeld: Scalars['Int']['output'];
  multiSectorCaseRate: Maybe<Scalars['Float']['output']>;
  onTimeCompletionRate: Maybe<Scalars['Float']['output']>;
  province: Province;
  /** Of the period's recommendations whose answer was due or given by asOf, the share answered on time. */
  recommendationResponseRate: Maybe<Scalars['Float']['output']>;
  /** Recommendations to the province issued on or before asOf and not answered by asOf. */
  recommendationsAwaitingResponse: Scalars['Int']['output'];
  /** Of the period's recommendations, those IMPLEMENTED now. */
  recommendationsImplemented: Scalars['Int']['output'];
  /** Recommendations to the province issued within the period. */
  recommendationsIssued: Scalars['Int']['output'];
  referralAcceptanceRate: Maybe<Scalars['Float']['output']>;
  /** Covered sectors other than OTHER, divided by 11. */
  sectorCoverage: Scalars['Float']['output'];
  to: Scalars['Date']['output'];
};

export type Query = {
  __typename?: 'Query';
  actionItem: Maybe<ActionItem>;
  /** Action items the viewer may read; overdue first, then by due date. */
  actionItems: ActionItemConnection;
  /** The directory of agencies of every province, national bodies included. */
  agencies: AgencyConnection;
  agency: Maybe<Agency>;
  agreement: Maybe<Agreement>;
  agreements: AgreementConnection;
  /** The audit trail, newest first. */
  auditEvents: AuditEventConnection;
  case: Maybe<Case>;
  /** Cases within the viewer's scope, most recently reported first. Never for OVERSIGHT. */
  cases: CaseConnection;
  commitment: Maybe<Commitment>;
  commitments: CommitmentConnection;
  /** The e-mail outbox, newest first (ADMIN only). */
  emailOutbox: OutboxEmailConnection;
  /** The signed-in user; null when not signed in. */
  me: Maybe<User>;
  meeting: Maybe<Meeting>;
  /** Meetings the viewer may read, most recent first. */
  meetings: MeetingConnection;
  /** One point per calendar month overlapping [from, to]; national without provinceCode. */
  metricsTrend: Array<TrendPoint>;
  /** Every province side by side, with national totals. Defaults as provinceMetrics. */
  nationalMetrics: NationalMetrics;
  network: Maybe<Network>;
  /** Networks of one province, or all (national first) without provinceCode. */
  networks: Array<Network>;
  /** The viewer's own notifications, newest first. */
  notifications: NotificationConnection;
  province: Maybe<Province>;
  /** Defaults: asOf today, to = asOf, from = to minus 364 days. */
  provinceMetrics: ProvinceMetrics;
  /** All 38 provinces, by Kemendagri code. */
  provinces: Array<Province>;
  recommendation: Maybe<Recommendation>;
  /** Recommendations the viewer may read, most recently issued first. */
  recommendations: RecommendationConnection;
  /** Accounts of the hub (ADMIN only). */
  users: UserConnection;
  /** What the signed-in user may do, to hide what they may not. */
  viewerPermissions: ViewerPermissions;
};


export type QueryActionItemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryActionItemsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<ActionItemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAgenciesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<AgencyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAgencyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAgreementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAgreementsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditEventsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<AuditEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCasesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<CaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCommitmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCommitmentsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<CommitmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEmailOutboxArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  to: InputMaybe<Scalars['String']['input']>;
};


export type QueryMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMeetingsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<MeetingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMetricsTrendArgs = {
  from: Scalars['Date']['input'];
  provinceCode: InputMaybe<Scalars['String']['input']>;
  to: Scalars['Date']['input'];
};


export type QueryNationalMetricsArgs = {
  asOf: InputMaybe<Scalars['Date']['input']>;
  from: InputMaybe<Scalars['Date']['input']>;
  to: InputMaybe<Scalars['Date']['input']>;
};


export type QueryNetworkArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNetworksArgs = {
  provinceCode: InputMaybe<Scalars['String']['input']>;
};


export type QueryNotificationsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryProvinceArgs = {
  code: Scalars['String']['input'];
};


export type QueryProvinceMetricsArgs = {
  asOf: InputMaybe<Scalars['Date']['input']>;
  from: InputMaybe<Scalars['Date']['input']>;
  provinceCode: Scalars['String']['input'];
  to: InputMaybe<Scalars['Date']['input']>;
};


export type QueryRecommendationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRecommendationsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<RecommendationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUsersArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<UserFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** How far a viewer reads a kind of record. */
export type ReadScope =
  /** The records the viewer's agency takes part in. */
  | 'AGENCY'
  /** Every province, national records included. */
  | 'ALL'
  /** None. */
  | 'NONE'
  /** One province (readScopeProvince). */
  | 'PROVINCE'
  /** One province (readScopeProvince), and the records the viewer's agency takes part in. */
  | 'PROVINCE_AND_AGENCY';

/** A recommendation of an oversight body (e.g. Komnas Perempuan, KPAI) to a province's government or to named agencies, e.g. "set up a cross-sector coordination policy between the criminal justice system and victim recovery". */
export type Recommendation = {
  __typename?: 'Recommendation';
  /** The follow-up action items that implement it (those the viewer may read). */
  actionItems: Array<ActionItem>;
  /** Agencies named as responsible, if any. */
  addressees: Array<Agency>;
  id: Scalars['ID']['output'];
  issueAreas: Array<IssueArea>;
  issuedOn: Scalars['Date']['output'];
  /** The oversight body that issued it (an agency of sector OVERSIGHT). */
  issuer: Agency;
  /** The province addressed; null when addressed to national bodies only. */
  province: Maybe<Province>;
  /** The issuer's own number, if it has one. */
  reference: Maybe<Scalars['String']['output']>;
  respondedOn: Maybe<Scalars['Date']['output']>;
  response: Maybe<RecommendationResponse>;
  /** When the answer is expected. */
  responseDueOn: Maybe<Scalars['Date']['output']>;
  /** The answer's reasons or plan. */
  responseNote: Maybe<Scalars['String']['output']>;
  /** As of today, derived from the answer and the linked action items. */
  status: RecommendationStatus;
  /** The recommendation as issued. */
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Whether the viewer may answer it now (it is not yet answered). */
  viewerCanRespond: Scalars['Boolean']['output'];
};

export type RecommendationConnection = {
  __typename?: 'RecommendationConnection';
  nodes: Array<Recommendation>;
  pageInfo: PageInfo;
  /** The number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type RecommendationFilter = {
  issueArea?: InputMaybe<IssueArea>;
  issuerId?: InputMaybe<Scalars['ID']['input']>;
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<RecommendationStatus>>;
};

/** The addressed province's answer to a recommendation. */
export type RecommendationResponse =
  | 'ACCEPTED'
  /** Taken note of but not accepted; the response note gives the reasons. */
  | 'NOTED'
  | 'PARTIALLY_ACCEPTED';

/** Derived, never set directly (see the recommendations document): AWAITING_RESPONSE and RESPONSE_OVERDUE before the answer; NOT_ACCEPTED after a NOTED answer; ACCEPTED, IN_PROGRESS or IMPLEMENTED after an accepting answer, by the state of the action items that implement it. */
export type RecommendationStatus =
  | 'ACCEPTED'
  | 'AWAITING_RESPONSE'
  | 'IMPLEMENTED'
  | 'IN_PROGRESS'
  | 'NOT_ACCEPTED'
  | 'RESPONSE_OVERDUE';

export type RecordCaseInput = {
  intakeAgencyId: Scalars['ID']['input'];
  issueArea: IssueArea;
  provinceCode: Scalars['String']['input'];
  regencyCode?: InputMaybe<Scalars['String']['input']>;
  reportedOn: Scalars['Date']['input'];
  victimAgeGroup: AgeGroup;
  victimSex: Sex;
};

export type RecordMeetingInput = {
  attendeeIds: Array<Scalars['ID']['input']>;
  heldOn: Scalars['Date']['input'];
  networkId?: InputMaybe<Scalars['ID']['input']>;
  /** Defaults to the network's province; null for a national meeting (ADMIN only). */
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  /** Short minutes; never personal data about victims. */
  summary?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type RecordServiceInput = {
  agencyId: Scalars['ID']['input'];
  caseId: Scalars['ID']['input'];
  providedOn: Scalars['Date']['input'];
  type: ServiceType;
};

export type ReferCaseInput = {
  caseId: Scalars['ID']['input'];
  fromAgencyId: Scalars['ID']['input'];
  referredOn: Scalars['Date']['input'];
  toAgencyId: Scalars['ID']['input'];
};

export type Referral = {
  __typename?: 'Referral';
  /** The case referred (pseudonymous code; never personal data); null for a viewer who may not read it. */
  case: Maybe<Case>;
  fromAgency: Agency;
  id: Scalars['ID']['output'];
  referredOn: Scalars['Date']['output'];
  respondedOn: Maybe<Scalars['Date']['output']>;
  status: ReferralStatus;
  toAgency: Agency;
  /** Whether the viewer may respond to this referral now. */
  viewerCanRespond: Scalars['Boolean']['output'];
};

export type ReferralStatus =
  | 'ACCEPTED'
  | 'COMPLETED'
  | 'DECLINED'
  | 'PENDING';

/** A regency (kabupaten) or city (kota), identified by its code, e.g. "52.71" for Kota Mataram. */
export type Regency = {
  __typename?: 'Regency';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
  province: Province;
};

export type RespondToRecommendationInput = {
  /** Required for NOTED and PARTIALLY_ACCEPTED. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to today; never after today nor before issuedOn. */
  respondedOn?: InputMaybe<Scalars['Date']['input']>;
  response: RecommendationResponse;
};

export type RespondToReferralInput = {
  referralId: Scalars['ID']['input'];
  respondedOn: Scalars['Date']['input'];
  status: ReferralStatus;
};

export type Role =
  /** Runs the hub: manages users and reference data, sees and changes everything. */
  | 'ADMIN'
  /** Provincial coordinator: manages networks, agreements, commitments, action items and cases of one province. */
  | 'COORDINATOR'
  /** Staff of a member agency: updates the action items and commitments of that agency and records the cases it handles. */
  | 'MEMBER'
  /** Oversight body: reads everything across provinces and changes nothing; sees case data only as suppressed aggregates. */
  | 'OVERSIGHT';

/** The sector an agency belongs to. Cross-sector coordination is measured across these. */
export type Sector =
  /** Non-governmental and community organisations (e.g. ECPAT, LPA, women's coalitions) */
  | 'CIVIL_SOCIETY'
  /** Village and district task forces, religious and customary leaders */
  | 'COMMUNITY'
  /** Education offices and schools */
  | 'EDUCATION'
  /** Hospitals, community health centres */
  | 'HEALTH'
  /** Courts, including religious courts (Pengadilan Negeri, Pengadilan Agama) */
  | 'JUDICIARY'
  /** Legal aid organisations (e.g. LBH APIK) */
  | 'LEGAL_AID'
  | 'OTHER'
  /** Independent oversight bodies (e.g. Komnas Perempuan, KPAI, Komisi Kejaksaan) */
  | 'OVERSIGHT'
  /** Police, e.g. the women and children protection unit (Unit PPA) */
  | 'POLICE'
  /** Public prosecution (Kejaksaan) */
  | 'PROSECUTION'
  /** Women and child protection service units and offices (UPTD PPA, P2TP2A, DP3A) */
  | 'PROTECTION_SERVICE'
  /** Social affairs offices, social workers, social rehabilitation centres */
  | 'SOCIAL_WELFARE';

export type ServiceRecord = {
  __typename?: 'ServiceRecord';
  agency: Agency;
  id: Scalars['ID']['output'];
  providedOn: Scalars['Date']['output'];
  type: ServiceType;
};

export type ServiceType =
  | 'EDUCATION_CONTINUITY'
  | 'LEGAL_AID'
  | 'MEDICAL'
  | 'PSYCHOSOCIAL'
  | 'REHABILITATION'
  | 'REINTEGRATION'
  | 'RESTITUTION'
  | 'SHELTER'
  | 'SOCIAL_ASSISTANCE';

export type SetCaseOutcomeInput = {
  caseId: Scalars['ID']['input'];
  /** For a closing outcome; defaults to today. Must be empty for open outcomes. */
  closedOn?: InputMaybe<Scalars['Date']['input']>;
  outcome: CaseOutcome;
};

export type Sex =
  | 'FEMALE'
  | 'MALE';

export type TrendPoint = {
  __typename?: 'TrendPoint';
  actionsDone: Scalars['Int']['output'];
  actionsOpened: Scalars['Int']['output'];
  actionsOverdueAtMonthEnd: Scalars['Int']['output'];
  casesReported: CaseCount;
  /** First day of the month. */
  month: Scalars['Date']['output'];
};

export type UpdateActionItemInput = {
  /** When status becomes DONE; defaults to today, never after today nor before openedOn. */
  completedOn?: InputMaybe<Scalars['Date']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  /** Added to the item's history together with the change. */
  note?: InputMaybe<Scalars['String']['input']>;
  priority?: InputMaybe<Priority>;
  status?: InputMaybe<ActionStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version the caller read; a stale version is refused with error code CONFLICT and nothing changes. */
  version: Scalars['Int']['input'];
};

export type UpdateAgencyInput = {
  acronym?: InputMaybe<Scalars['String']['input']>;
  active?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  sector?: InputMaybe<Sector>;
};

export type UpdateAgreementInput = {
  expiresOn?: InputMaybe<Scalars['Date']['input']>;
  issueAreas?: InputMaybe<Array<IssueArea>>;
  partyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  reference?: InputMaybe<Scalars['String']['input']>;
  signedOn?: InputMaybe<Scalars['Date']['input']>;
  terminatedOn?: InputMaybe<Scalars['Date']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateCommitmentInput = {
  achievedValue?: InputMaybe<Scalars['Float']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  indicator?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CommitmentStatus>;
  targetValue?: InputMaybe<Scalars['Float']['input']>;
};

export type UpdateNetworkInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  issueAreas?: InputMaybe<Array<IssueArea>>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateUserInput = {
  /** False deactivates the account and ends all its sessions. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** A new password (at least 12 characters); ends all sessions. */
  password?: InputMaybe<Scalars['String']['input']>;
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
};

export type User = {
  __typename?: 'User';
  /** False once an administrator has deactivated the account; it can no longer sign in. */
  active: Scalars['Boolean']['output'];
  /** Set for MEMBER (the agency worked for) and for OVERSIGHT accounts that name their body. */
  agency: Maybe<Agency>;
  displayName: Scalars['String']['output'];
  /** Shown to the user themself and to ADMIN; null for everyone else. */
  email: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The user's own settings; readable by the user and by ADMIN. */
  notificationSettings: NotificationSettings;
  /** Set for COORDINATOR (the province coordinated). */
  province: Maybe<Province>;
  role: Role;
};

export type UserConnection = {
  __typename?: 'UserConnection';
  nodes: Array<User>;
  pageInfo: PageInfo;
  /** The number of records matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type UserFilter = {
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
  /** Part of the email or name. */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type ViewerPermissions = {
  __typename?: 'ViewerPermissions';
  canCreateActionItem: Scalars['Boolean']['output'];
  canCreateAgency: Scalars['Boolean']['output'];
  canCreateAgreement: Scalars['Boolean']['output'];
  /** Create national agencies (the agency policy for a NATIONAL agency). */
  canCreateNationalAgency: Scalars['Boolean']['output'];
  canCreateNetwork: Scalars['Boolean']['output'];
  /** Issue recommendations: ADMIN, or an OVERSIGHT account that names its body. */
  canIssueRecommendation: Scalars['Boolean']['output'];
  canManageUsers: Scalars['Boolean']['output'];
  canReadAuditTrail: Scalars['Boolean']['output'];
  canReadCases: Scalars['Boolean']['output'];
  /** Read the e-mail outbox (emailOutbox). */
  canReadEmailOutbox: Scalars['Boolean']['output'];
  canRecordCase: Scalars['Boolean']['output'];
  canRecordMeeting: Scalars['Boolean']['output'];
  /** Run the follow-up sweep on demand (runFollowUpSweep). */
  canRunFollowUpSweep: Scalars['Boolean']['output'];
  /** How far the viewer reads case records. */
  caseReadScope: ReadScope;
  /** The datasets the viewer may import (POST /import/{dataset}); empty: no imports. */
  importDatasets: Array<Scalars['String']['output']>;
  /** The one province whose records the viewer creates and changes (a COORDINATOR's); null for ADMIN (every one) and everyone else. */
  managedProvince: Maybe<Scalars['String']['output']>;
  /** How far the viewer reads agreements, meetings and action items. */
  readScope: ReadScope;
  /** The province of readScope (a COORDINATOR's; a MEMBER's agency's); null for who reads every province. */
  readScopeProvince: Maybe<Scalars['String']['output']>;
};
