import type { LoaderFactory } from '../../common/context';
import { batchLoader, byKey, groupBy } from '../../common/loaders';
import { primeAgencies } from '../agency/agency.loaders';
import type { AgencyModel } from '../agency/agency.model';
import type { MeetingModel } from './meeting.model';
import { attendeesOf, meetingsByIds } from './meeting.sql';

/**
 * By id, within the viewer's read scope (null outside it): a record that points to a meeting
 * (an agreement signed there, a follow-up) may be readable when the meeting itself is not.
 */
export const meetingById: LoaderFactory<number, MeetingModel | null> = (ctx) =>
  batchLoader(ctx, meetingById, async (ids) => {
    const rows = await meetingsByIds(ctx.sql, ctx.viewer!, ids);
    return byKey(ids, rows, (r) => r.id);
  });

export const attendeesByMeeting: LoaderFactory<number, (AgencyModel & { meetingId: number })[]> = (ctx) =>
  batchLoader(ctx, attendeesByMeeting, async (ids) => {
    const rows = await attendeesOf(ctx.sql, ids);
    primeAgencies(ctx, rows);
    return groupBy(ids, rows, (r) => r.meetingId);
  });
