import { registerEnumType } from 'type-graphql';

export enum Sector {
  PROTECTION_SERVICE = 'PROTECTION_SERVICE',
  SOCIAL_WELFARE = 'SOCIAL_WELFARE',
  POLICE = 'POLICE',
  PROSECUTION = 'PROSECUTION',
  JUDICIARY = 'JUDICIARY',
  HEALTH = 'HEALTH',
  EDUCATION = 'EDUCATION',
  LEGAL_AID = 'LEGAL_AID',
  CIVIL_SOCIETY = 'CIVIL_SOCIETY',
  OVERSIGHT = 'OVERSIGHT',
  COMMUNITY = 'COMMUNITY',
  OTHER = 'OTHER',
}
registerEnumType(Sector, {
  name: 'Sector',
  description: 'The sector an agency belongs to. Cross-sector coordination is measured across these.',
  valuesConfig: {
    PROTECTION_SERVICE: { description: 'Women and child protection service units and offices (UPTD PPA, P2TP2A, DP3A)' },
    SOCIAL_WELFARE: { description: 'Social affairs offices, social workers, social rehabilitation centres' },
    POLICE: { description: 'Police, e.g. the women and children protection unit (Unit PPA)' },
    PROSECUTION: { description: 'Public prosecution (Kejaksaan)' },
    JUDICIARY: { description: 'Courts, including religious courts (Pengadilan Negeri, Pengadilan Agama)' },
    HEALTH: { description: 'Hospitals, community health centres' },
    EDUCATION: { description: 'Education offices and schools' },
    LEGAL_AID: { description: 'Legal aid organisations (e.g. LBH APIK)' },
    CIVIL_SOCIETY: { description: "Non-governmental and community organisations (e.g. ECPAT, LPA, women's coalitions)" },
    OVERSIGHT: { description: 'Independent oversight bodies (e.g. Komnas Perempuan, KPAI, Komisi Kejaksaan)' },
    COMMUNITY: { description: 'Village and district task forces, religious and customary leaders' },
  },
});

export enum AgencyLevel {
  NATIONAL = 'NATIONAL',
  PROVINCE = 'PROVINCE',
  REGENCY = 'REGENCY',
}
registerEnumType(AgencyLevel, { name: 'AgencyLevel' });

export enum IssueArea {
  CHILD_MARRIAGE = 'CHILD_MARRIAGE',
  VIOLENCE_AGAINST_WOMEN = 'VIOLENCE_AGAINST_WOMEN',
  DOMESTIC_VIOLENCE = 'DOMESTIC_VIOLENCE',
  SEXUAL_VIOLENCE = 'SEXUAL_VIOLENCE',
  VIOLENCE_AGAINST_CHILDREN = 'VIOLENCE_AGAINST_CHILDREN',
  TRAFFICKING = 'TRAFFICKING',
  OTHER = 'OTHER',
}
registerEnumType(IssueArea, {
  name: 'IssueArea',
  description: 'The kinds of violence a network, agreement, commitment or case is about.',
});

export enum Role {
  ADMIN = 'ADMIN',
  COORDINATOR = 'COORDINATOR',
  OVERSIGHT = 'OVERSIGHT',
  MEMBER = 'MEMBER',
}
registerEnumType(Role, {
  name: 'Role',
  valuesConfig: {
    ADMIN: { description: 'Runs the hub: manages users and reference data, sees and changes everything.' },
    COORDINATOR: {
      description: 'Provincial coordinator: manages networks, agreements, commitments, action items and cases of one province.',
    },
    OVERSIGHT: {
      description: 'Oversight body: reads everything across provinces and changes nothing; sees case data only as suppressed aggregates.',
    },
    MEMBER: {
      description: 'Staff of a member agency: updates the action items and commitments of that agency and records the cases it handles.',
    },
  },
});

export enum MembershipRole {
  LEAD = 'LEAD',
  MEMBER = 'MEMBER',
  OBSERVER = 'OBSERVER',
}
registerEnumType(MembershipRole, { name: 'MembershipRole' });

export enum AgreementKind {
  MOU = 'MOU',
  COOPERATION_AGREEMENT = 'COOPERATION_AGREEMENT',
  JOINT_COMMITMENT = 'JOINT_COMMITMENT',
  REGULATION = 'REGULATION',
}
registerEnumType(AgreementKind, {
  name: 'AgreementKind',
  valuesConfig: {
    MOU: { description: 'Memorandum of understanding (nota kesepahaman)' },
    COOPERATION_AGREEMENT: { description: 'Cooperation agreement (perjanjian kerja sama, PKS)' },
    JOINT_COMMITMENT: { description: 'Joint commitment signed at a network meeting (kesepakatan bersama)' },
    REGULATION: { description: 'A regional regulation or decree that binds several agencies' },
  },
});

export enum AgreementStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  TERMINATED = 'TERMINATED',
}
registerEnumType(AgreementStatus, {
  name: 'AgreementStatus',
  description:
    'Derived from the dates, as of a given day: DRAFT before signing, TERMINATED from terminatedOn, EXPIRED after expiresOn, ACTIVE otherwise.',
});

export enum CommitmentStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  FULFILLED = 'FULFILLED',
  LAPSED = 'LAPSED',
}
registerEnumType(CommitmentStatus, {
  name: 'CommitmentStatus',
  valuesConfig: { LAPSED: { description: 'Closed without being fulfilled.' } },
});

/** Commitment statuses that count as still open (metrics.md, "Commitments"). */
export const OPEN_COMMITMENT_STATUSES: readonly CommitmentStatus[] = [CommitmentStatus.PLANNED, CommitmentStatus.IN_PROGRESS];

export enum ActionStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  BLOCKED = 'BLOCKED',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ActionStatus, { name: 'ActionStatus' });

/** Action statuses that count as still open (metrics.md, "Action items"). */
export const OPEN_ACTION_STATUSES: readonly ActionStatus[] = [ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.BLOCKED];

export enum Priority {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  URGENT = 'URGENT',
}
registerEnumType(Priority, { name: 'Priority' });

export enum AgeGroup {
  CHILD_0_5 = 'CHILD_0_5',
  CHILD_6_12 = 'CHILD_6_12',
  CHILD_13_17 = 'CHILD_13_17',
  ADULT_18_24 = 'ADULT_18_24',
  ADULT_25_59 = 'ADULT_25_59',
  ADULT_60_PLUS = 'ADULT_60_PLUS',
}
registerEnumType(AgeGroup, { name: 'AgeGroup' });

export enum Sex {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
}
registerEnumType(Sex, { name: 'Sex' });

export enum CaseOutcome {
  OPEN = 'OPEN',
  IN_SERVICE = 'IN_SERVICE',
  IN_LEGAL_PROCESS = 'IN_LEGAL_PROCESS',
  RESOLVED = 'RESOLVED',
  CONVICTED = 'CONVICTED',
  DISMISSED = 'DISMISSED',
  WITHDRAWN = 'WITHDRAWN',
  REFERRED_OUT = 'REFERRED_OUT',
}
registerEnumType(CaseOutcome, { name: 'CaseOutcome' });

export enum ReferralStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  COMPLETED = 'COMPLETED',
}
registerEnumType(ReferralStatus, { name: 'ReferralStatus' });

export enum ServiceType {
  MEDICAL = 'MEDICAL',
  PSYCHOSOCIAL = 'PSYCHOSOCIAL',
  LEGAL_AID = 'LEGAL_AID',
  SHELTER = 'SHELTER',
  SOCIAL_ASSISTANCE = 'SOCIAL_ASSISTANCE',
  EDUCATION_CONTINUITY = 'EDUCATION_CONTINUITY',
  RESTITUTION = 'RESTITUTION',
  REHABILITATION = 'REHABILITATION',
  REINTEGRATION = 'REINTEGRATION',
}
registerEnumType(ServiceType, { name: 'ServiceType' });

export enum RecommendationResponse {
  ACCEPTED = 'ACCEPTED',
  PARTIALLY_ACCEPTED = 'PARTIALLY_ACCEPTED',
  NOTED = 'NOTED',
}
registerEnumType(RecommendationResponse, {
  name: 'RecommendationResponse',
  description: "The addressed province's answer to a recommendation.",
  valuesConfig: { NOTED: { description: 'Taken note of but not accepted; the response note gives the reasons.' } },
});

export enum RecommendationStatus {
  AWAITING_RESPONSE = 'AWAITING_RESPONSE',
  RESPONSE_OVERDUE = 'RESPONSE_OVERDUE',
  NOT_ACCEPTED = 'NOT_ACCEPTED',
  ACCEPTED = 'ACCEPTED',
  IN_PROGRESS = 'IN_PROGRESS',
  IMPLEMENTED = 'IMPLEMENTED',
}
registerEnumType(RecommendationStatus, {
  name: 'RecommendationStatus',
  description:
    'Derived, never set directly (see the recommendations document): AWAITING_RESPONSE and RESPONSE_OVERDUE before the answer; NOT_ACCEPTED after a NOTED answer; ACCEPTED, IN_PROGRESS or IMPLEMENTED after an accepting answer, by the state of the action items that implement it.',
});

/**
 * The state of a notification's e-mail. A notification enum, kept here with the others that
 * the label catalogue (enum-labels.ts) names, so the catalogue is checked against it.
 */
export enum EmailStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
  NOT_SENT = 'NOT_SENT',
}
registerEnumType(EmailStatus, {
  name: 'EmailStatus',
  valuesConfig: {
    PENDING: { description: 'Waiting to be sent (or to be retried).' },
    FAILED: { description: 'Given up after the last retry.' },
    NOT_SENT: { description: 'No mail server is configured (SMTP_URL unset): kept here, not sent.' },
  },
});
