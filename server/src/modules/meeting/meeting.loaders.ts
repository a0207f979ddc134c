import type { LoaderFactory } from '../../common/context';
import { batchLoader, byKey, groupBy } from '../../common/loaders';
import { primeAgencies } from '../agency/agency.loaders';
import { AGENCY_COLUMNS, type AgencyModel } from '../agency/agency.model';
import { Params } from '../../common/pagination';
import { MEETING_COLUMNS, type MeetingModel } from './meeting.model';
import { meetingScope } from './meeting.policy';

/**
 * By id, within the viewer's read scope (null outside it): a record that points to a meeting
 * (an agreement signed there, a follow-up) may be readable when the meeting itself is not.
 */
export const meetingById: LoaderFactory<number, MeetingModel | null> = (ctx) =>
  batchLoader(ctx, meetingById, async (ids) => {
    const params = new Params();
    const idsParam = params.add(ids);
    const scope = meetingScope(ctx.viewer!, params);
    const rows = await ctx.sql.all<MeetingModel>(
      `select ${MEETING_COLUMNS} from meeting m where m.id = any(${idsParam}::int[]) ${scope ? `and ${scope}` : ''}`,
      params.values,
      { prepare: true },
    );
    return byKey(ids, rows, (r) => r.id);
  });

export const attendeesByMeeting: LoaderFactory<number, (AgencyModel & { meetingId: number })[]> = (ctx) =>
  batchLoader(ctx, attendeesByMeeting, async (ids) => {
    const rows = await ctx.sql.all<AgencyModel & { meetingId: number }>(
      `select ${AGENCY_COLUMNS}, ma.meeting_id as "meetingId"
       from meeting_attendee ma join agency a on a.id = ma.agency_id
       where ma.meeting_id = any($1::int[]) order by a.name, a.id`,
      [ids],
      { prepare: true },
    );
    primeAgencies(ctx, rows);
    return groupBy(ids, rows, (r) => r.meetingId);
  });
