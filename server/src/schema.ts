import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { AuthChecker } from './common/auth-checker';
import { answerPrefetched } from './common/prefetch';
import { DateScalar, DateTimeScalar } from './common/scalars';
import { validateInputArg } from './common/validation';
import { ActionItemResolver, ActionUpdateResolver } from './modules/action-item/action-item.resolver';
import { AgencyResolver } from './modules/agency/agency.resolver';
import { AgreementResolver } from './modules/agreement/agreement.resolver';
import { AuditResolver } from './modules/audit/audit.resolver';
import { CaseResolver, ReferralResolver, ServiceRecordResolver } from './modules/case/case.resolver';
import { CommitmentResolver } from './modules/commitment/commitment.resolver';
import { MeetingResolver } from './modules/meeting/meeting.resolver';
import { AuthResolver } from './modules/auth/auth.resolver';
import { MetricsResolver } from './modules/metrics/metrics.resolver';
import { NetworkMembershipResolver, NetworkResolver } from './modules/network/network.resolver';
import { ProvinceResolver, RegencyResolver } from './modules/province/province.resolver';
import { NotificationResolver, UserNotificationSettingsResolver } from './modules/notification/notification.resolver';
import { ActionItemRecommendationResolver, RecommendationResolver } from './modules/recommendation/recommendation.resolver';
import { UserResolver } from './modules/user/user.resolver';

export const resolvers: NonEmptyArray<Function> = [
  ProvinceResolver,
  RegencyResolver,
  AuthResolver,
  UserResolver,
  AgencyResolver,
  NetworkResolver,
  NetworkMembershipResolver,
  MeetingResolver,
  AgreementResolver,
  CommitmentResolver,
  ActionItemResolver,
  ActionUpdateResolver,
  CaseResolver,
  ReferralResolver,
  ServiceRecordResolver,
  AuditResolver,
  MetricsResolver,
  NotificationResolver,
  UserNotificationSettingsResolver,
  RecommendationResolver,
  ActionItemRecommendationResolver,
];

/** Where the emitted SDL is committed; the client is generated from it. */
export const SCHEMA_FILE = path.resolve(__dirname, '../../schema/schema.graphql');

let cached: Promise<GraphQLSchema> | null = null;

/** The executable schema, built once per process from the decorated classes. */
export function getSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers,
    authChecker: AuthChecker,
    authMode: 'error',
    validate: true,
    validateFn: validateInputArg,
    scalarsMap: [
      { type: Date, scalar: DateTimeScalar },
    ],
    orphanedTypes: [],
    emitSchemaFile: false,
  }).then(answerPrefetched);
  return cached;
}

export { DateScalar, DateTimeScalar };
