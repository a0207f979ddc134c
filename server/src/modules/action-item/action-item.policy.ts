import type { Viewer } from '../../common/context';
import type { Params } from '../../common/pagination';
import { managesProvince, memberWritesIn, provinceScope, provinceScopeOfUser, worksFor } from '../auth/policy';

/** Title, description, priority and due date: ADMIN or the COORDINATOR of the item's province. */
export const canEditActionDetails = (v: Viewer, a: { provinceCode: string }) => managesProvince(v, a.provinceCode);

/** Status, completion date and notes: also the MEMBER of the responsible agency. */
export const canUpdateAction = (v: Viewer, a: { provinceCode: string; agencyId: number }) =>
  canEditActionDetails(v, a) || worksFor(v, a.agencyId);

/** Creating: ADMIN, the province's COORDINATOR, or a MEMBER for their own agency, in its province only. */
export const canCreateAction = (v: Viewer, provinceCode: string | null, agencyId: number | null) =>
  managesProvince(v, provinceCode) || (worksFor(v, agencyId) && memberWritesIn(v, provinceCode));

/** Read scope: COORDINATOR their province; MEMBER their agency's province or their agency's items. */
export const actionItemScope = (v: Viewer, params: Params, alias = 'ai') =>
  provinceScope(v, params, `${alias}.province_code`, agencyItems(alias));

/** The same read scope in SQL for a user row `u` (see provinceScopeOfUser): who may read item `alias`. */
export const actionItemReadableBy = (u: string, alias = 'ai') => provinceScopeOfUser(u, `${alias}.province_code`, agencyItems(alias));

const agencyItems = (alias: string) => (agency: string) => `${alias}.agency_id = ${agency}`;
