import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { ConnectionType } from '../../common/pagination';
import { ActionItemModel } from '../action-item/action-item.model';
import { actionItemsByMeeting } from '../action-item/action-item.loaders';
import { AgencyModel } from '../agency/agency.model';
import { AgreementModel } from '../agreement/agreement.model';
import { agreementsByMeeting } from '../agreement/agreement.loaders';
import { NetworkModel } from '../network/network.model';
import { networkById } from '../network/network.loaders';
import { ProvinceModel } from '../province/province.model';
import { referenceData } from '../province/reference.service';
import { MeetingFilter, RecordMeetingInput } from './meeting.inputs';
import { attendeesByMeeting } from './meeting.loaders';
import { MeetingModel } from './meeting.model';
import { canMeeting, MEETING_WRITERS } from './meeting.policy';
import { getMeeting, listMeetings, recordMeeting } from './meeting.service';

export const MeetingConnection = ConnectionType('Meeting', MeetingModel);

@Resolver(() => MeetingModel)
export class MeetingResolver {
  @Authorized()
  @Query(() => MeetingConnection, { description: 'Meetings the viewer may read, most recent first.' })
  meetings(
    @Ctx() ctx: Context,
    @Arg('filter', () => MeetingFilter, { nullable: true }) filter?: MeetingFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return listMeetings(ctx, filter, first, after);
  }

  @Authorized()
  @Query(() => MeetingModel, { nullable: true })
  meeting(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return getMeeting(ctx, id);
  }

  @Authorized(...MEETING_WRITERS)
  @Mutation(() => MeetingModel)
  recordMeeting(@Arg('input', () => RecordMeetingInput) input: RecordMeetingInput, @Ctx() ctx: Context) {
    return recordMeeting(ctx, input);
  }

  @FieldResolver(() => ProvinceModel, { nullable: true, description: 'Null for national meetings.' })
  province(@Root() m: MeetingModel): ProvinceModel | null {
    return referenceData().province(m.provinceCode);
  }

  @FieldResolver(() => NetworkModel, { nullable: true })
  network(@Root() m: MeetingModel, @Ctx() ctx: Context) {
    return m.networkId ? ctx.loaders.load(networkById, m.networkId) : null;
  }

  @FieldResolver(() => [AgencyModel], { description: 'The agencies that took part.' })
  attendees(@Root() m: MeetingModel, @Ctx() ctx: Context) {
    return ctx.loaders.load(attendeesByMeeting, m.id);
  }

  @FieldResolver(() => [ActionItemModel], { description: 'Follow-up actions agreed at the meeting.' })
  actionItems(@Root() m: MeetingModel, @Ctx() ctx: Context) {
    return ctx.loaders.load(actionItemsByMeeting, m.id);
  }

  @FieldResolver(() => [AgreementModel], { description: 'Agreements signed at the meeting.' })
  agreements(@Root() m: MeetingModel, @Ctx() ctx: Context) {
    return ctx.loaders.load(agreementsByMeeting, m.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may record follow-ups (action items, agreement) of this meeting.' })
  viewerCanUpdate(@Root() m: MeetingModel, @Ctx() ctx: Context): boolean {
    return canMeeting(ctx.viewer, 'update', m);
  }
}
