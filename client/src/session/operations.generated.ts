/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type Role =
  /** Runs the hub: manages users and reference data, sees and changes everything. */
  | 'ADMIN'
  /** Provincial coordinator: manages networks, agreements, commitments, action items and cases of one province. */
  | 'COORDINATOR'
  /** Staff of a member agency: updates the action items and commitments of that agency and records the cases it handles. */
  | 'MEMBER'
  /** Oversight body: reads everything across provinces and changes nothing; sees case data only as suppressed aggregates. */
  | 'OVERSIGHT';

export type SessionQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionQuery = { me: { id: string, email: string | null, displayName: string, role: Role, province: { code: string, name: string } | null, agency: { id: string, name: string, acronym: string | null, province: { code: string, name: string } | null } | null } | null, viewerPermissions: { canCreateAgency: boolean, canCreateNetwork: boolean, canRecordMeeting: boolean, canCreateAgreement: boolean, canCreateActionItem: boolean, canRecordCase: boolean, canReadCases: boolean, canReadAuditTrail: boolean, canManageUsers: boolean, canIssueRecommendation: boolean, canReadEmailOutbox: boolean, canRunFollowUpSweep: boolean, canCreateNationalAgency: boolean, importDatasets: Array<string>, readScope: ReadScope, caseReadScope: ReadScope, readScopeProvince: string | null, managedProvince: string | null } };


export const SessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerPermissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canCreateAgency"}},{"kind":"Field","name":{"kind":"Name","value":"canCreateNetwork"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordMeeting"}},{"kind":"Field","name":{"kind":"Name","value":"canCreateAgreement"}},{"kind":"Field","name":{"kind":"Name","value":"canCreateActionItem"}},{"kind":"Field","name":{"kind":"Name","value":"canRecordCase"}},{"kind":"Field","name":{"kind":"Name","value":"canReadCases"}},{"kind":"Field","name":{"kind":"Name","value":"canReadAuditTrail"}},{"kind":"Field","name":{"kind":"Name","value":"canManageUsers"}},{"kind":"Field","name":{"kind":"Name","value":"canIssueRecommendation"}},{"kind":"Field","name":{"kind":"Name","value":"canReadEmailOutbox"}},{"kind":"Field","name":{"kind":"Name","value":"canRunFollowUpSweep"}},{"kind":"Field","name":{"kind":"Name","value":"canCreateNationalAgency"}},{"kind":"Field","name":{"kind":"Name","value":"importDatasets"}},{"kind":"Field","name":{"kind":"Name","value":"readScope"}},{"kind":"Field","name":{"kind":"Name","value":"caseReadScope"}},{"kind":"Field","name":{"kind":"Name","value":"readScopeProvince"}},{"kind":"Field","name":{"kind":"Name","value":"managedProvince"}}]}}]}}]} as unknown as DocumentNode<SessionQuery, SessionQueryVariables>;