import type { Context } from '../../common/context';
import { optionalText, requiredText, shapeRules } from '../../common/errors';
import { MAX_LENGTH } from '../../common/limits';
import { parseId } from '../../common/ids';
import { diff, runMutation } from '../../common/mutation';
import { paginate, type PageQuery } from '../../common/pagination';
import { readInScope } from '../../common/records';
import { checkAgencies } from '../agency/agency.checks';
import { authorize, requireViewer } from '../auth/policy';
import { unknownProvince } from '../province/reference.service';
import type { MeetingFilter, RecordMeetingInput } from './meeting.inputs';
import type { MeetingModel } from './meeting.model';
import { canMeeting } from './meeting.policy';
import { insertAttendees, insertMeeting, MEETING_AUDITED, meetingListParts, meetingRead, networkOfMeeting } from './meeting.sql';
import { inputErrors } from '../../common/validation';

/** The list's statement parts: scope, filters and order (pages and exports share them). */
export function meetingListQuery(ctx: Context, filter: MeetingFilter | null | undefined): PageQuery {
  const viewer = requireViewer(ctx);
  return meetingListParts(viewer, {
    provinceCode: filter?.provinceCode,
    networkId: filter?.networkId ? (parseId(filter.networkId) ?? 0) : null,
    agencyId: filter?.agencyId ? (parseId(filter.agencyId) ?? 0) : null,
    heldFrom: filter?.heldFrom,
    heldTo: filter?.heldTo,
  });
}

export function listMeetings(ctx: Context, filter: MeetingFilter | null | undefined, first?: number, after?: string | null) {
  return paginate<MeetingModel>(ctx.sql, meetingListQuery(ctx, filter), first, after);
}

export function getMeeting(ctx: Context, id: string): Promise<MeetingModel> {
  const viewer = requireViewer(ctx);
  return readInScope<MeetingModel>(ctx.sql, { ...meetingRead(viewer), id });
}

export async function recordMeeting(ctx: Context, input: RecordMeetingInput): Promise<MeetingModel> {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, 'recordMeeting', async (tx) => {
    const errors = inputErrors(input);
    const networkId = input.networkId ? parseId(input.networkId) : null;
    const network = networkId ? await networkOfMeeting(tx.sql, networkId) : null;
    if (input.networkId && !network) errors.add('networkId', 'NOT_FOUND', 'names a network that does not exist');
    const provinceCode = input.provinceCode ?? network?.provinceCode ?? null;
    if (unknownProvince(input.provinceCode)) errors.add('provinceCode', 'NOT_FOUND', 'is not a known province code');
    if (network?.provinceCode && network.provinceCode !== provinceCode) errors.add('networkId', 'OTHER_PROVINCE', 'names a network of another province');
    // An unknown network leaves the province unknown: that is bad input, not a national meeting.
    if ((!input.networkId || network) && !unknownProvince(input.provinceCode)) {
      authorize(
        canMeeting(viewer, 'update', { provinceCode }),
        provinceCode ? 'You can only record meetings of your own province.' : 'Only an administrator can record national meetings.',
      );
    }
    const title = requiredText(errors, 'title', input.title);
    const summary = optionalText(errors, 'summary', input.summary, MAX_LENGTH.meetingSummary) ?? null;
    errors.rule('attendeeIds', shapeRules.minEntries(input.attendeeIds, 1, 'agency'));
    const attendees = await checkAgencies(tx.sql, errors, 'attendeeIds', input.attendeeIds);
    errors.throwIfAny();
    const row = await insertMeeting(tx.sql, { title, heldOn: input.heldOn, provinceCode, networkId, summary });
    const attendeeIds = attendees.map((a) => a.id);
    if (attendeeIds.length) {
      await insertAttendees(tx.sql, row.id, attendeeIds);
    }
    const changes = diff(null, row, MEETING_AUDITED);
    changes.attendeeIds = { before: [], after: attendeeIds };
    await tx.audit({ entityType: 'Meeting', entityId: row.id, provinceCode, changes });
    return row;
  });
}
