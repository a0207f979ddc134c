import type { Viewer } from '../../common/context';
import type { Params } from '../../common/pagination';
import { managesProvince, provinceScope, provinceScopeOfUser } from '../auth/policy';

/** Who may edit an agreement and add commitments to it: ADMIN, or the COORDINATOR of its province. */
export const canUpdateAgreement = (v: Viewer, a: { provinceCode: string | null }) => managesProvince(v, a.provinceCode);

/** Read scope: ADMIN/OVERSIGHT all; COORDINATOR their province; MEMBER their province or agreements their agency is party to. */
export const agreementScope = (v: Viewer, params: Params, alias = 'ag') =>
  provinceScope(v, params, `${alias}.province_code`, partyTo(alias));

/** The same read scope in SQL for a user row `u` (see provinceScopeOfUser): who may read agreement `alias` (and its commitments). */
export const agreementReadableBy = (u: string, alias = 'ag') => provinceScopeOfUser(u, `${alias}.province_code`, partyTo(alias));

const partyTo = (alias: string) => (agency: string) =>
  `exists (select 1 from agreement_party pp where pp.agreement_id = ${alias}.id and pp.agency_id = ${agency})`;
