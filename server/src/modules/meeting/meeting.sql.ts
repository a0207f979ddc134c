/**
 * Every SQL statement of the meetings module. Reads take the viewer's scope (meetingScope)
 * from the caller's policy.
 */
import type { Viewer } from '../../common/context';
import { type PageQuery, Params } from '../../common/pagination';
import { linkedSql, readLinked, readManyInScope } from '../../common/records';
import { selectList, type Sql } from '../../common/sql';
import { linkedAgencies } from '../agency/agency.sql';
import type { AgencyModel } from '../agency/agency.model';
import type { MeetingModel } from './meeting.model';
import { meetingScope } from './meeting.policy';

/** A meeting row as MeetingModel holds it (`m` is the meeting table). */
export const MEETING_COLUMNS = selectList({
  id: 'm.id',
  title: 'm.title',
  heldOn: 'm.held_on',
  summary: 'm.summary',
  provinceCode: 'm.province_code',
  networkId: 'm.network_id',
} satisfies Record<keyof MeetingModel, string>);

/** The columns diffed into a meeting's audit event. */
export const MEETING_AUDITED: (keyof MeetingModel)[] = ['title', 'heldOn', 'provinceCode', 'networkId', 'summary'];

const FROM = 'from meeting m';

export interface MeetingListFilter {
  provinceCode?: string | null;
  /** 0 for an id that names nothing. */
  networkId?: number | null;
  agencyId?: number | null;
  heldFrom?: string | null;
  heldTo?: string | null;
}

/** The list's statement parts: scope, filters and order, latest first (pages and exports share them). */
export function meetingListParts(viewer: Viewer, filter: MeetingListFilter): PageQuery {
  const params = new Params();
  const where: string[] = [];
  const scope = meetingScope(viewer, params);
  if (scope) where.push(scope);
  if (filter.provinceCode) where.push(`m.province_code = ${params.add(filter.provinceCode)}`);
  if (filter.networkId !== undefined && filter.networkId !== null) where.push(`m.network_id = ${params.add(filter.networkId)}`);
  if (filter.agencyId !== undefined && filter.agencyId !== null) {
    where.push(`exists (select 1 from meeting_attendee fa where fa.meeting_id = m.id and fa.agency_id = ${params.add(filter.agencyId)})`);
  }
  if (filter.heldFrom) where.push(`m.held_on >= ${params.add(filter.heldFrom)}::date`);
  if (filter.heldTo) where.push(`m.held_on <= ${params.add(filter.heldTo)}::date`);
  return {
    columns: MEETING_COLUMNS,
    from: FROM,
    where,
    params,
    keys: [
      { expr: 'm.held_on', type: 'date' },
      { expr: 'm.id', type: 'int' },
    ],
    direction: 'desc',
  };
}

/** The parts of one meeting's read (see readInScope): columns, table, scope. */
export const meetingRead = (viewer: Viewer) => ({
  entity: 'Meeting',
  columns: MEETING_COLUMNS,
  from: FROM,
  idColumn: 'm.id',
  scope: (params: Params) => meetingScope(viewer, params),
});

/** By id within the viewer's read scope, in no particular order (meetingById). */
export function meetingsByIds(sql: Sql, viewer: Viewer, ids: readonly number[]) {
  return readManyInScope<MeetingModel>(sql, meetingRead(viewer), ids);
}

const ATTENDEES = linkedSql(linkedAgencies('meeting_attendee', 'meeting_id', 'meetingId'));

/** The attending agencies of meetings, by name. */
export function attendeesOf(sql: Sql, meetingIds: readonly number[]) {
  return readLinked<AgencyModel, 'meetingId'>(sql, ATTENDEES, meetingIds);
}

/** The province of the network a meeting names (null when there is no such network). */
export function networkOfMeeting(sql: Sql, networkId: number) {
  return sql.maybeOne<{ provinceCode: string | null }>('select province_code as "provinceCode" from network where id = $1', [networkId]);
}

export interface NewMeeting {
  title: string;
  heldOn: string;
  provinceCode: string | null;
  networkId: number | null;
  summary: string | null;
}

export function insertMeeting(sql: Sql, row: NewMeeting) {
  return sql.one<MeetingModel>(
    `insert into meeting as m (title, held_on, province_code, network_id, summary, created_at)
     values ($1, $2, $3, $4, $5, now()) returning ${MEETING_COLUMNS}`,
    [row.title, row.heldOn, row.provinceCode, row.networkId, row.summary],
  );
}

export function insertAttendees(sql: Sql, meetingId: number, agencyIds: number[]) {
  return sql.run('insert into meeting_attendee (meeting_id, agency_id) select $1, unnest($2::int[])', [meetingId, agencyIds]);
}
