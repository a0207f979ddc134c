import type { Viewer } from '../../common/context';
import { AgencyLevel } from '../../common/enums';
import { hasRole, managesProvince, MANAGERS, policy } from '../auth/policy';

/** The roles of createAgency and updateAgency (their `@Authorized`, and who may import agencies). */
export const AGENCY_WRITERS = MANAGERS;

export interface AgencyActions {
  /** Create agencies at all: ADMIN and COORDINATOR. */
  createAny: null;
  /** Create this one: ADMIN anywhere; a COORDINATOR only provincial or regency agencies of their province. */
  create: { level: AgencyLevel; provinceCode: string | null };
  /** Change it: ADMIN, or the COORDINATOR of its province (national agencies: ADMIN only). */
  update: { provinceCode: string | null };
}

const manages = (v: Viewer, a: { provinceCode: string | null }) => managesProvince(v, a.provinceCode);

export const canAgency = policy<AgencyActions>({
  createAny: (v) => hasRole(v, AGENCY_WRITERS),
  create: (v, a) => manages(v, { provinceCode: a.level === AgencyLevel.NATIONAL ? null : a.provinceCode }),
  update: manages,
});
