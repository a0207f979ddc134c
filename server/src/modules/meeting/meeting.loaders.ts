import DataLoader from 'dataloader';
import type { Context } from '../../common/context';
import { byKey, groupBy } from '../../common/loaders';
import { AGENCY_COLUMNS, type AgencyModel } from '../agency/agency.model';
import { MEETING_COLUMNS, type MeetingModel } from './meeting.model';

export const meetingById = (ctx: Context) =>
  new DataLoader<number, MeetingModel | null>(async (ids) => {
    const rows = await ctx.sql.all<MeetingModel>(`select ${MEETING_COLUMNS} from meeting m where m.id = any($1::int[])`, [ids]);
    return byKey(ids, rows, (r) => r.id);
  });

export const attendeesByMeeting = (ctx: Context) =>
  new DataLoader<number, (AgencyModel & { meetingId: number })[]>(async (ids) => {
    const rows = await ctx.sql.all<AgencyModel & { meetingId: number }>(
      `select ${AGENCY_COLUMNS}, ma.meeting_id as "meetingId"
       from meeting_attendee ma join agency a on a.id = ma.agency_id
       where ma.meeting_id = any($1::int[]) order by a.name, a.id`,
      [ids],
    );
    return groupBy(ids, rows, (r) => r.meetingId);
  });
