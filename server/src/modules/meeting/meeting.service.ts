import type { Context } from '../../common/context';
import { InputErrors, optionalText, requiredText } from '../../common/errors';
import { MAX_LENGTH } from '../../common/limits';
import { parseId } from '../../common/ids';
import { diff, runMutation } from '../../common/mutation';
import { paginate, Params, type PageQuery } from '../../common/pagination';
import { readInScope } from '../../common/records';
import { checkAgencies } from '../agency/agency.checks';
import { authorize, requireViewer } from '../auth/policy';
import { unknownProvince } from '../province/reference.service';
import type { MeetingFilter, RecordMeetingInput } from './meeting.inputs';
import { MEETING_COLUMNS, type MeetingModel } from './meeting.model';
import { canManageMeeting, meetingScope } from './meeting.policy';

/** The list's statement parts: scope, filters and order (pages and exports share them). */
export function meetingListQuery(ctx: Context, filter: MeetingFilter | null | undefined): PageQuery {
  const viewer = requireViewer(ctx);
  const params = new Params();
  const where: string[] = [];
  const scope = meetingScope(viewer, params);
  if (scope) where.push(scope);
  if (filter?.provinceCode) where.push(`m.province_code = ${params.add(filter.provinceCode)}`);
  if (filter?.networkId) where.push(`m.network_id = ${params.add(parseId(filter.networkId) ?? 0)}`);
  if (filter?.agencyId) {
    where.push(`exists (select 1 from meeting_attendee fa where fa.meeting_id = m.id and fa.agency_id = ${params.add(parseId(filter.agencyId) ?? 0)})`);
  }
  if (filter?.heldFrom) where.push(`m.held_on >= ${params.add(filter.heldFrom)}::date`);
  if (filter?.heldTo) where.push(`m.held_on <= ${params.add(filter.heldTo)}::date`);
  return {
    columns: MEETING_COLUMNS,
    from: 'from meeting m',
    where,
    params,
    keys: [
      { expr: 'm.held_on', type: 'date' },
      { expr: 'm.id', type: 'int' },
    ],
    direction: 'desc',
  };
}

export function listMeetings(ctx: Context, filter: MeetingFilter | null | undefined, first?: number, after?: string | null) {
  return paginate<MeetingModel>(ctx.sql, meetingListQuery(ctx, filter), first, after);
}

export function getMeeting(ctx: Context, id: string): Promise<MeetingModel> {
  const viewer = requireViewer(ctx);
  return readInScope<MeetingModel>(ctx.sql, {
    entity: 'Meeting',
    id,
    columns: MEETING_COLUMNS,
    from: 'from meeting m',
    idColumn: 'm.id',
    scope: (params) => meetingScope(viewer, params),
  });
}

export async function recordMeeting(ctx: Context, input: RecordMeetingInput): Promise<MeetingModel> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, 'recordMeeting', async (tx) => {
    const errors = new InputErrors();
    const networkId = input.networkId ? parseId(input.networkId) : null;
    const network = networkId
      ? await tx.sql.maybeOne<{ provinceCode: string | null }>('select province_code as "provinceCode" from network where id = $1', [networkId])
      : null;
    if (input.networkId && !network) errors.add('networkId', 'NOT_FOUND', 'names a network that does not exist');
    const provinceCode = input.provinceCode ?? network?.provinceCode ?? null;
    if (unknownProvince(input.provinceCode)) errors.add('provinceCode', 'NOT_FOUND', 'is not a known province code');
    if (network?.provinceCode && network.provinceCode !== provinceCode) errors.add('networkId', 'OTHER_PROVINCE', 'names a network of another province');
    // An unknown network leaves the province unknown: that is bad input, not a national meeting.
    if ((!input.networkId || network) && !unknownProvince(input.provinceCode)) {
      authorize(
        canManageMeeting(viewer, { provinceCode }),
        provinceCode ? 'You can only record meetings of your own province.' : 'Only an administrator can record national meetings.',
      );
    }
    const title = requiredText(errors, 'title', input.title);
    const summary = optionalText(errors, 'summary', input.summary, MAX_LENGTH.meetingSummary) ?? null;
    errors.check(input.attendeeIds.length > 0, 'attendeeIds', 'TOO_FEW', 'must name at least one agency', { min: 1 });
    const attendees = await checkAgencies(tx.sql, errors, 'attendeeIds', input.attendeeIds);
    errors.throwIfAny();
    const row = await tx.sql.one<MeetingModel>(
      `insert into meeting as m (title, held_on, province_code, network_id, summary, created_at)
       values ($1, $2, $3, $4, $5, now()) returning ${MEETING_COLUMNS}`,
      [title, input.heldOn, provinceCode, networkId, summary],
    );
    const attendeeIds = attendees.map((a) => a.id);
    if (attendeeIds.length) {
      await tx.sql.run('insert into meeting_attendee (meeting_id, agency_id) select $1, unnest($2::int[])', [row.id, attendeeIds]);
    }
    const changes = diff(null, row, ['title', 'heldOn', 'provinceCode', 'networkId', 'summary']);
    changes.attendeeIds = { before: [], after: attendeeIds };
    await tx.audit({ entityType: 'Meeting', entityId: row.id, provinceCode, changes });
    return row;
  });
}
