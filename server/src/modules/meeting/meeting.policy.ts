import type { Viewer } from '../../common/context';
import type { Params } from '../../common/pagination';
import { hasRole, inProvinceScope, managesProvince, MANAGERS, policy, provinceScope } from '../auth/policy';

/** The roles of recordMeeting (its `@Authorized`). */
export const MEETING_WRITERS = MANAGERS;

export interface MeetingActions {
  /** Record meetings at all: ADMIN and COORDINATOR. */
  createAny: null;
  /** Record one, and its follow-ups (action items, agreements signed there): ADMIN, or the COORDINATOR of its province. */
  update: { provinceCode: string | null };
  /** Read it: ADMIN/OVERSIGHT all; COORDINATOR their province; MEMBER their province or meetings their agency attended (SQL twin: meetingScope). */
  read: { provinceCode: string | null; attendeeIds: readonly number[] };
}

export const canMeeting = policy<MeetingActions>({
  createAny: (v) => hasRole(v, MEETING_WRITERS),
  update: (v, m) => managesProvince(v, m.provinceCode),
  read: (v, m) => inProvinceScope(v, m.provinceCode, m.attendeeIds),
});

/** `read` as SQL over meeting `alias`; null when the viewer reads all. */
export const meetingScope = (v: Viewer, params: Params, alias = 'm') =>
  provinceScope(
    v,
    params,
    `${alias}.province_code`,
    (agency) => `exists (select 1 from meeting_attendee mat where mat.meeting_id = ${alias}.id and mat.agency_id = ${agency})`,
  );
