import type { Viewer } from '../../common/context';
import type { Params } from '../../common/pagination';
import { managesProvince, provinceScope } from '../auth/policy';

/** Recording meetings and their follow-ups: ADMIN, or the COORDINATOR of the meeting's province. */
export const canManageMeeting = (v: Viewer, m: { provinceCode: string | null }) => managesProvince(v, m.provinceCode);

/** Read scope: COORDINATOR their province; MEMBER their province or meetings their agency attended. */
export const meetingScope = (v: Viewer, params: Params, alias = 'm') =>
  provinceScope(
    v,
    params,
    `${alias}.province_code`,
    (agency) => `exists (select 1 from meeting_attendee mat where mat.meeting_id = ${alias}.id and mat.agency_id = ${agency})`,
  );
