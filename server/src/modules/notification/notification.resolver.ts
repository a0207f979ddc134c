import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { ConnectionType } from '../../common/pagination';
import { DateScalar } from '../../common/scalars';
import { actionItemById } from '../action-item/action-item.loaders';
import { ActionItemModel } from '../action-item/action-item.model';
import { agreementById } from '../agreement/agreement.loaders';
import { AgreementModel } from '../agreement/agreement.model';
import { referralById } from '../case/case.loaders';
import { ReferralModel } from '../case/case.model';
import { recommendationById } from '../recommendation/recommendation.loaders';
import { RecommendationModel } from '../recommendation/recommendation.model';
import { commitmentById } from '../commitment/commitment.loaders';
import { CommitmentModel } from '../commitment/commitment.model';
import { UserModel } from '../user/user.model';
import { NotificationSettingsInput } from './notification.inputs';
import { FollowUpSweepModel, NotificationConnection, NotificationModel, NotificationSettingsModel, OutboxEmailModel } from './notification.model';
import {
  listNotifications,
  listOutbox,
  markAllNotificationsRead,
  markNotificationsRead,
  runFollowUpSweep,
  settingsOf,
  updateNotificationSettings,
} from './notification.service';

export const OutboxEmailConnection = ConnectionType('OutboxEmail', OutboxEmailModel);

@Resolver(() => NotificationModel)
export class NotificationResolver {
  @Authorized()
  @Query(() => NotificationConnection, { description: "The viewer's own notifications, newest first." })
  notifications(
    @Ctx() ctx: Context,
    @Arg('unreadOnly', () => Boolean, { nullable: true, defaultValue: false }) unreadOnly?: boolean,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listNotifications(ctx, unreadOnly, first, after);
  }

  @Authorized()
  @Query(() => OutboxEmailConnection, { description: 'The e-mail outbox, newest first (ADMIN only).' })
  emailOutbox(
    @Ctx() ctx: Context,
    @Arg('to', () => String, { nullable: true }) to?: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listOutbox(ctx, to, first, after);
  }

  @Authorized()
  @Mutation(() => Int, {
    description: "Marks the viewer's notifications read; returns how many changed. Ids of other users' notifications are NOT_FOUND.",
  })
  markNotificationsRead(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context) {
    return markNotificationsRead(ctx, ids);
  }

  @Authorized()
  @Mutation(() => Int)
  markAllNotificationsRead(@Ctx() ctx: Context) {
    return markAllNotificationsRead(ctx);
  }

  @Authorized()
  @Mutation(() => UserModel, { description: "Changes the viewer's own settings." })
  updateNotificationSettings(@Arg('input', () => NotificationSettingsInput) input: NotificationSettingsInput, @Ctx() ctx: Context) {
    return updateNotificationSettings(ctx, input);
  }

  @Authorized()
  @Mutation(() => FollowUpSweepModel, {
    description:
      'Runs the follow-up sweep now, as the daily scheduler does, for the given day\n(default: today). ADMIN only. Safe to run any number of times: nothing is\nnotified or e-mailed twice.',
  })
  runFollowUpSweep(@Ctx() ctx: Context, @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: string) {
    return runFollowUpSweep(ctx, asOf);
  }

  @FieldResolver(() => ActionItemModel, { nullable: true })
  actionItem(@Root() n: NotificationModel, @Ctx() ctx: Context) {
    return n.actionItemId ? ctx.loaders.load(actionItemById, n.actionItemId) : null;
  }

  @FieldResolver(() => CommitmentModel, { nullable: true })
  commitment(@Root() n: NotificationModel, @Ctx() ctx: Context) {
    return n.commitmentId ? ctx.loaders.load(commitmentById, n.commitmentId) : null;
  }

  @FieldResolver(() => AgreementModel, { nullable: true })
  agreement(@Root() n: NotificationModel, @Ctx() ctx: Context) {
    return n.agreementId ? ctx.loaders.load(agreementById, n.agreementId) : null;
  }

  @FieldResolver(() => ReferralModel, { nullable: true })
  referral(@Root() n: NotificationModel, @Ctx() ctx: Context) {
    return n.referralId ? ctx.loaders.load(referralById, n.referralId) : null;
  }

  @FieldResolver(() => RecommendationModel, { nullable: true })
  recommendation(@Root() n: NotificationModel, @Ctx() ctx: Context) {
    return n.recommendationId ? ctx.loaders.load(recommendationById, n.recommendationId) : null;
  }
}

@Resolver(() => UserModel)
export class UserNotificationSettingsResolver {
  @FieldResolver(() => NotificationSettingsModel, { description: "The user's own settings; readable by the user and by ADMIN." })
  notificationSettings(@Root() user: UserModel, @Ctx() ctx: Context) {
    return settingsOf(ctx, user);
  }
}
