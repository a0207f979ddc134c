/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ActionStatus =
  | 'BLOCKED'
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'OPEN';

export type CaseOutcome =
  | 'CONVICTED'
  | 'DISMISSED'
  | 'IN_LEGAL_PROCESS'
  | 'IN_SERVICE'
  | 'OPEN'
  | 'REFERRED_OUT'
  | 'RESOLVED'
  | 'WITHDRAWN';

export type CommitmentStatus =
  | 'FULFILLED'
  | 'IN_PROGRESS'
  /** Closed without being fulfilled. */
  | 'LAPSED'
  | 'PLANNED';

/** The kinds of violence a network, agreement, commitment or case is about. */
export type IssueArea =
  | 'CHILD_MARRIAGE'
  | 'DOMESTIC_VIOLENCE'
  | 'OTHER'
  | 'SEXUAL_VIOLENCE'
  | 'TRAFFICKING'
  | 'VIOLENCE_AGAINST_CHILDREN'
  | 'VIOLENCE_AGAINST_WOMEN';

export type Priority =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM'
  | 'URGENT';

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

export type ProvinceKpisFragment = { activeAgreements: number, expiringAgreements: number, sectorCoverage: number, crossSectorPartnerships: number, meetingsHeld: number, commitments: number, commitmentsFulfilled: number, commitmentsOverdue: number, fulfilmentRate: number | null, actionsOpen: number, actionsOverdue: number, actionsDoneInPeriod: number, onTimeCompletionRate: number | null, caseFrom: string | null, caseTo: string | null, medianDaysToFirstService: number | null, referralAcceptanceRate: number | null, multiSectorCaseRate: number | null, coordinationIndex: number | null, casesReported: { value: number | null, suppressed: boolean, rounded: boolean } };

export type ProvinceDashboardQueryVariables = Exact<{
  code: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type ProvinceDashboardQuery = { provinceMetrics: { hasData: boolean, from: string, to: string, asOf: string, coveredSectors: Array<Sector>, activeAgreements: number, expiringAgreements: number, sectorCoverage: number, crossSectorPartnerships: number, meetingsHeld: number, commitments: number, commitmentsFulfilled: number, commitmentsOverdue: number, fulfilmentRate: number | null, actionsOpen: number, actionsOverdue: number, actionsDoneInPeriod: number, onTimeCompletionRate: number | null, caseFrom: string | null, caseTo: string | null, medianDaysToFirstService: number | null, referralAcceptanceRate: number | null, multiSectorCaseRate: number | null, coordinationIndex: number | null, province: { code: string, name: string, isoCode: string }, casesByIssueArea: Array<{ issueArea: IssueArea, count: { value: number | null, suppressed: boolean, rounded: boolean } }>, casesByOutcome: Array<{ outcome: CaseOutcome, count: { value: number | null, suppressed: boolean, rounded: boolean } }>, agencyActionStats: Array<{ open: number, overdue: number, doneInPeriod: number, onTimeRate: number | null, agency: { id: string, name: string, acronym: string | null, sector: Sector } }>, casesReported: { value: number | null, suppressed: boolean, rounded: boolean } } };

export type ProvincePreviousQueryVariables = Exact<{
  code: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type ProvincePreviousQuery = { provinceMetrics: { activeAgreements: number, expiringAgreements: number, sectorCoverage: number, crossSectorPartnerships: number, meetingsHeld: number, commitments: number, commitmentsFulfilled: number, commitmentsOverdue: number, fulfilmentRate: number | null, actionsOpen: number, actionsOverdue: number, actionsDoneInPeriod: number, onTimeCompletionRate: number | null, caseFrom: string | null, caseTo: string | null, medianDaysToFirstService: number | null, referralAcceptanceRate: number | null, multiSectorCaseRate: number | null, coordinationIndex: number | null, casesReported: { value: number | null, suppressed: boolean, rounded: boolean } } };

export type ProvinceTrendQueryVariables = Exact<{
  code: string;
  from: string;
  to: string;
}>;


export type ProvinceTrendQuery = { metricsTrend: Array<{ month: string, actionsOpened: number, actionsDone: number, actionsOverdueAtMonthEnd: number }> };

export type ProvinceOverdueActionsQueryVariables = Exact<{
  code: string;
}>;


export type ProvinceOverdueActionsQuery = { actionItems: { totalCount: number, nodes: Array<{ id: string, title: string, priority: Priority, status: ActionStatus, dueOn: string, daysOverdue: number | null, agency: { id: string, name: string, acronym: string | null } }> } };

export type ProvinceCommitmentsQueryVariables = Exact<{
  code: string;
  after?: string | null | undefined;
}>;


export type ProvinceCommitmentsQuery = { commitments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, status: CommitmentStatus, isOverdue: boolean, agency: { id: string, name: string, acronym: string | null } }> } };

export type ProvinceActiveAgreementsQueryVariables = Exact<{
  code: string;
  after?: string | null | undefined;
}>;


export type ProvinceActiveAgreementsQuery = { agreements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, parties: Array<{ id: string, name: string, acronym: string | null, sector: Sector }> }> } };

export type ProvinceExpiringAgreementsQueryVariables = Exact<{
  code: string;
}>;


export type ProvinceExpiringAgreementsQuery = { agreements: { totalCount: number, nodes: Array<{ id: string, title: string, expiresOn: string | null }> } };

export const ProvinceKpisFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProvinceKpis"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProvinceMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeAgreements"}},{"kind":"Field","name":{"kind":"Name","value":"expiringAgreements"}},{"kind":"Field","name":{"kind":"Name","value":"sectorCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"crossSectorPartnerships"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"commitments"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentsFulfilled"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentsOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilmentRate"}},{"kind":"Field","name":{"kind":"Name","value":"actionsOpen"}},{"kind":"Field","name":{"kind":"Name","value":"actionsOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"actionsDoneInPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeCompletionRate"}},{"kind":"Field","name":{"kind":"Name","value":"caseFrom"}},{"kind":"Field","name":{"kind":"Name","value":"caseTo"}},{"kind":"Field","name":{"kind":"Name","value":"casesReported"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"rounded"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToFirstService"}},{"kind":"Field","name":{"kind":"Name","value":"referralAcceptanceRate"}},{"kind":"Field","name":{"kind":"Name","value":"multiSectorCaseRate"}},{"kind":"Field","name":{"kind":"Name","value":"coordinationIndex"}}]}}]} as unknown as DocumentNode<ProvinceKpisFragment, unknown>;
export const ProvinceDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvinceDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinceMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isoCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hasData"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProvinceKpis"}},{"kind":"Field","name":{"kind":"Name","value":"coveredSectors"}},{"kind":"Field","name":{"kind":"Name","value":"casesByIssueArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueArea"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"rounded"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"casesByOutcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"rounded"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencyActionStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"doneInPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProvinceKpis"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProvinceMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeAgreements"}},{"kind":"Field","name":{"kind":"Name","value":"expiringAgreements"}},{"kind":"Field","name":{"kind":"Name","value":"sectorCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"crossSectorPartnerships"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"commitments"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentsFulfilled"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentsOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilmentRate"}},{"kind":"Field","name":{"kind":"Name","value":"actionsOpen"}},{"kind":"Field","name":{"kind":"Name","value":"actionsOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"actionsDoneInPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeCompletionRate"}},{"kind":"Field","name":{"kind":"Name","value":"caseFrom"}},{"kind":"Field","name":{"kind":"Name","value":"caseTo"}},{"kind":"Field","name":{"kind":"Name","value":"casesReported"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"rounded"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToFirstService"}},{"kind":"Field","name":{"kind":"Name","value":"referralAcceptanceRate"}},{"kind":"Field","name":{"kind":"Name","value":"multiSectorCaseRate"}},{"kind":"Field","name":{"kind":"Name","value":"coordinationIndex"}}]}}]} as unknown as DocumentNode<ProvinceDashboardQuery, ProvinceDashboardQueryVariables>;
export const ProvincePreviousDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvincePrevious"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinceMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProvinceKpis"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProvinceKpis"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProvinceMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeAgreements"}},{"kind":"Field","name":{"kind":"Name","value":"expiringAgreements"}},{"kind":"Field","name":{"kind":"Name","value":"sectorCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"crossSectorPartnerships"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"commitments"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentsFulfilled"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentsOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilmentRate"}},{"kind":"Field","name":{"kind":"Name","value":"actionsOpen"}},{"kind":"Field","name":{"kind":"Name","value":"actionsOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"actionsDoneInPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeCompletionRate"}},{"kind":"Field","name":{"kind":"Name","value":"caseFrom"}},{"kind":"Field","name":{"kind":"Name","value":"caseTo"}},{"kind":"Field","name":{"kind":"Name","value":"casesReported"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"rounded"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToFirstService"}},{"kind":"Field","name":{"kind":"Name","value":"referralAcceptanceRate"}},{"kind":"Field","name":{"kind":"Name","value":"multiSectorCaseRate"}},{"kind":"Field","name":{"kind":"Name","value":"coordinationIndex"}}]}}]} as unknown as DocumentNode<ProvincePreviousQuery, ProvincePreviousQueryVariables>;
export const ProvinceTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvinceTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metricsTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"actionsOpened"}},{"kind":"Field","name":{"kind":"Name","value":"actionsDone"}},{"kind":"Field","name":{"kind":"Name","value":"actionsOverdueAtMonthEnd"}}]}}]}}]} as unknown as DocumentNode<ProvinceTrendQuery, ProvinceTrendQueryVariables>;
export const ProvinceOverdueActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvinceOverdueActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProvinceOverdueActionsQuery, ProvinceOverdueActionsQueryVariables>;
export const ProvinceCommitmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvinceCommitments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProvinceCommitmentsQuery, ProvinceCommitmentsQueryVariables>;
export const ProvinceActiveAgreementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvinceActiveAgreements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProvinceActiveAgreementsQuery, ProvinceActiveAgreementsQueryVariables>;
export const ProvinceExpiringAgreementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvinceExpiringAgreements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"expiringWithinDays"},"value":{"kind":"IntValue","value":"90"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}}]}}]}}]}}]} as unknown as DocumentNode<ProvinceExpiringAgreementsQuery, ProvinceExpiringAgreementsQueryVariables>;