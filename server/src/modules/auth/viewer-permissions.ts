import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { Viewer } from '../../common/context';
import { canActionItem } from '../action-item/action-item.policy';
import { canAgency } from '../agency/agency.policy';
import { canAgreement } from '../agreement/agreement.policy';
import { canAudit } from '../audit/audit.policy';
import { canCase, caseReach } from '../case/case.policy';
import { importableDatasets } from '../import/import.policy';
import { canMeeting } from '../meeting/meeting.policy';
import { canNetwork } from '../network/network.policy';
import { canNotification } from '../notification/notification.policy';
import { canRecommendation } from '../recommendation/recommendation.policy';
import { canUser } from '../user/user.policy';
import { AgencyLevel } from '../../common/enums';
import { managedProvince, provinceReach, type Reach } from './policy';

/** The shape of a read scope (see auth/policy.ts Reach), for the client to arrange its screens by. */
export enum ReadScope {
  ALL = 'ALL',
  PROVINCE = 'PROVINCE',
  PROVINCE_AND_AGENCY = 'PROVINCE_AND_AGENCY',
  AGENCY = 'AGENCY',
  NONE = 'NONE',
}
registerEnumType(ReadScope, {
  name: 'ReadScope',
  description: 'How far a viewer reads a kind of record.',
  valuesConfig: {
    ALL: { description: 'Every province, national records included.' },
    PROVINCE: { description: 'One province (readScopeProvince).' },
    PROVINCE_AND_AGENCY: { description: "One province (readScopeProvince), and the records the viewer's agency takes part in." },
    AGENCY: { description: "The records the viewer's agency takes part in." },
    NONE: { description: 'None.' },
  },
});

const scopeOf = (r: Reach): ReadScope => {
  if (r.all) return ReadScope.ALL;
  if (r.province && r.agency !== null) return ReadScope.PROVINCE_AND_AGENCY;
  if (r.province) return ReadScope.PROVINCE;
  return r.agency !== null ? ReadScope.AGENCY : ReadScope.NONE;
};

/**
 * What the signed-in user may do in general, so the client can hide what they may not: each
 * one a general ability of a module's policy, never a rule of its own.
 */
@ObjectType('ViewerPermissions', { simpleResolvers: true })
export class ViewerPermissions {
  @Field() canCreateAgency!: boolean;
  @Field({ description: 'Create national agencies (the agency policy for a NATIONAL agency).' }) canCreateNationalAgency!: boolean;
  @Field() canCreateNetwork!: boolean;
  @Field() canRecordMeeting!: boolean;
  @Field() canCreateAgreement!: boolean;
  @Field() canCreateActionItem!: boolean;
  @Field() canRecordCase!: boolean;
  @Field() canReadCases!: boolean;
  @Field() canReadAuditTrail!: boolean;
  @Field() canManageUsers!: boolean;
  @Field({ description: 'Issue recommendations: ADMIN, or an OVERSIGHT account that names its body.' }) canIssueRecommendation!: boolean;
  @Field({ description: 'Read the e-mail outbox (emailOutbox).' }) canReadEmailOutbox!: boolean;
  @Field({ description: 'Run the follow-up sweep on demand (runFollowUpSweep).' }) canRunFollowUpSweep!: boolean;
  @Field(() => [String], { description: 'The datasets the viewer may import (POST /import/{dataset}); empty: no imports.' })
  importDatasets!: string[];
  @Field(() => ReadScope, { description: 'How far the viewer reads agreements, meetings and action items.' }) readScope!: ReadScope;
  @Field(() => ReadScope, { description: 'How far the viewer reads case records.' }) caseReadScope!: ReadScope;
  @Field(() => String, { nullable: true, description: "The province of readScope (a COORDINATOR's; a MEMBER's agency's); null for who reads every province." })
  readScopeProvince!: string | null;
  @Field(() => String, { nullable: true, description: "The one province whose records the viewer creates and changes (a COORDINATOR's); null for ADMIN (every one) and everyone else." })
  managedProvince!: string | null;
}

export function permissionsOf(v: Viewer): ViewerPermissions {
  return {
    canCreateAgency: canAgency(v, 'createAny'),
    canCreateNationalAgency: canAgency(v, 'create', { level: AgencyLevel.NATIONAL, provinceCode: null }),
    canCreateNetwork: canNetwork(v, 'createAny'),
    canRecordMeeting: canMeeting(v, 'createAny'),
    canCreateAgreement: canAgreement(v, 'createAny'),
    canCreateActionItem: canActionItem(v, 'createAny'),
    canRecordCase: canCase(v, 'recordAny'),
    canReadCases: canCase(v, 'readAny'),
    canReadAuditTrail: canAudit(v, 'readAny'),
    canManageUsers: canUser(v, 'manage'),
    canIssueRecommendation: canRecommendation(v, 'issueAny'),
    canReadEmailOutbox: canNotification(v, 'readOutbox'),
    canRunFollowUpSweep: canNotification(v, 'runSweep'),
    importDatasets: importableDatasets(v),
    readScope: scopeOf(provinceReach(v)),
    caseReadScope: scopeOf(caseReach(v)),
    readScopeProvince: provinceReach(v).province,
    managedProvince: managedProvince(v),
  };
}
