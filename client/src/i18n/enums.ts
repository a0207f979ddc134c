import type {
  ActionStatus,
  AgeGroup,
  AgencyLevel,
  AgreementKind,
  AgreementStatus,
  CaseOutcome,
  CommitmentStatus,
  EmailStatus,
  IssueArea,
  MembershipRole,
  Priority,
  RecommendationResponse,
  RecommendationStatus,
  ReferralStatus,
  Role,
  Sector,
  ServiceType,
  Sex,
} from '../gql/schema-types';

import { enumLabels as catalogue } from '../../../server/src/common/enum-labels';

type Pair = readonly [id: string, en: string];

/** The API's enums as the generated schema types name them. */
interface SchemaEnums {
  Sector: Sector;
  AgencyLevel: AgencyLevel;
  IssueArea: IssueArea;
  Role: Role;
  MembershipRole: MembershipRole;
  AgreementKind: AgreementKind;
  AgreementStatus: AgreementStatus;
  CommitmentStatus: CommitmentStatus;
  ActionStatus: ActionStatus;
  Priority: Priority;
  CaseOutcome: CaseOutcome;
  AgeGroup: AgeGroup;
  Sex: Sex;
  ReferralStatus: ReferralStatus;
  ServiceType: ServiceType;
  RecommendationStatus: RecommendationStatus;
  RecommendationResponse: RecommendationResponse;
  EmailStatus: EmailStatus;
}

/**
 * Labels of the API's enum values: the identifiers stay English, people read these. The one
 * catalogue lives with the server (server/src/common/enum-labels.ts), which writes the same
 * words into files; typed here against the generated schema, so a value the schema gains
 * without a label fails the type-check.
 */
export const enumLabels: { readonly [N in keyof SchemaEnums]: Readonly<Record<SchemaEnums[N], Pair>> } = catalogue;

export type EnumName = keyof typeof enumLabels;
export type EnumValue<N extends EnumName> = keyof (typeof enumLabels)[N];

/** The values of an enum in the order people expect to read them (as the catalogue lists them). */
export function enumValues<N extends EnumName>(name: N): EnumValue<N>[] {
  return Object.keys(enumLabels[name]) as EnumValue<N>[];
}
