import type { Viewer } from '../../common/context';
import { AgencyLevel } from '../../common/enums';
import { managesProvince } from '../auth/policy';

/** ADMIN creates agencies anywhere; a COORDINATOR only provincial or regency agencies of their province. */
export const canCreateAgency = (v: Viewer, level: AgencyLevel, provinceCode: string | null) =>
  level === AgencyLevel.NATIONAL ? managesProvince(v, null) : managesProvince(v, provinceCode);

export const canUpdateAgency = (v: Viewer, agency: { provinceCode: string | null }) =>
  managesProvince(v, agency.provinceCode);
