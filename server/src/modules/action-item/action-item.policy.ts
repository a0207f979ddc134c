import type { Viewer } from '../../common/context';
import { Role } from '../../common/enums';
import type { Params } from '../../common/pagination';
import { hasRole, inProvinceScope, isAgencyMember, managesProvince, memberWritesIn, policy, provinceScope, provinceScopeOfUser, worksFor, WORKERS } from '../auth/policy';

/** The roles of the action-item mutations (their `@Authorized`, and who may import them). */
export const ACTION_ITEM_WRITERS = WORKERS;

interface Placed {
  provinceCode: string;
  agencyId: number;
}

export interface ActionItemActions {
  /** Create action items at all: ADMIN, COORDINATOR, or a MEMBER with an agency. */
  createAny: null;
  /** Create one here: ADMIN, the province's COORDINATOR, or a MEMBER for their own agency, in its province only. */
  create: { provinceCode: string | null; agencyId: number | string | null };
  /** Read: ADMIN/OVERSIGHT all; COORDINATOR their province; MEMBER their agency's province or their agency's items (SQL twin: actionItemScope). */
  read: Placed;
  /** Status, completion date and notes: ADMIN, the province's COORDINATOR, or the MEMBER of the responsible agency. */
  update: Placed;
  /** Title, description, priority and due date: ADMIN or the COORDINATOR of the item's province. */
  editDetails: { provinceCode: string };
}

const editDetails = (v: Viewer, a: { provinceCode: string }) => managesProvince(v, a.provinceCode);

export const canActionItem = policy<ActionItemActions>({
  createAny: (v) => hasRole(v, ACTION_ITEM_WRITERS) && (v.role !== Role.MEMBER || isAgencyMember(v)),
  create: (v, a) => managesProvince(v, a.provinceCode) || (worksFor(v, a.agencyId) && memberWritesIn(v, a.provinceCode)),
  read: (v, a) => inProvinceScope(v, a.provinceCode, [a.agencyId]),
  update: (v, a) => editDetails(v, a) || worksFor(v, a.agencyId),
  editDetails,
});

/** `read` as SQL: COORDINATOR their province; MEMBER their agency's province or their agency's items. */
export const actionItemScope = (v: Viewer, params: Params, alias = 'ai') =>
  provinceScope(v, params, `${alias}.province_code`, agencyItems(alias));

/** The same read scope in SQL for a user row `u` (see provinceScopeOfUser): who may read item `alias`. */
export const actionItemReadableBy = (u: string, alias = 'ai') => provinceScopeOfUser(u, `${alias}.province_code`, agencyItems(alias));

const agencyItems = (alias: string) => (agency: string) => `${alias}.agency_id = ${agency}`;
