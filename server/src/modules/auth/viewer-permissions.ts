import { Field, ObjectType } from 'type-graphql';
import type { Viewer } from '../../common/context';
import { Role } from '../../common/enums';
import { canIssueRecommendations } from '../recommendation/recommendation.policy';
import { canReadOutbox, canRunSweep } from '../notification/notification.policy';

/** What the signed-in user may do in general, so the client can hide what they may not. */
@ObjectType('ViewerPermissions', { simpleResolvers: true })
export class ViewerPermissions {
  @Field() canCreateAgency!: boolean;
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
}

export function permissionsOf(v: Viewer): ViewerPermissions {
  const manager = v.role === Role.ADMIN || v.role === Role.COORDINATOR;
  const member = v.role === Role.MEMBER && v.agencyId !== null;
  return {
    canCreateAgency: manager,
    canCreateNetwork: manager,
    canRecordMeeting: manager,
    canCreateAgreement: manager,
    canCreateActionItem: manager || member,
    canRecordCase: manager || member,
    canReadCases: v.role !== Role.OVERSIGHT,
    canReadAuditTrail: v.role !== Role.MEMBER,
    canManageUsers: v.role === Role.ADMIN,
    canIssueRecommendation: canIssueRecommendations(v),
    canReadEmailOutbox: canReadOutbox(v),
    canRunFollowUpSweep: canRunSweep(v),
  };
}
