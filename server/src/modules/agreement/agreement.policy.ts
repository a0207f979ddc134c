import type { Viewer } from '../../common/context';
import type { Params } from '../../common/pagination';
import { hasRole, inProvinceScope, managesProvince, MANAGERS, policy, provinceScope, provinceScopeOfUser } from '../auth/policy';

/** The roles of createAgreement, updateAgreement and createCommitment (their `@Authorized`). */
export const AGREEMENT_WRITERS = MANAGERS;

export interface AgreementActions {
  /** Create agreements at all: ADMIN and COORDINATOR. */
  createAny: null;
  /** Create one, edit it, and add commitments to it: ADMIN, or the COORDINATOR of its province (national ones: ADMIN only). */
  update: { provinceCode: string | null };
  /** Read it (and its commitments): ADMIN/OVERSIGHT all; COORDINATOR their province; MEMBER their province or what their agency is party to (SQL twin: agreementScope). */
  read: { provinceCode: string | null; partyIds: readonly number[] };
}

export const canAgreement = policy<AgreementActions>({
  createAny: (v) => hasRole(v, AGREEMENT_WRITERS),
  update: (v, a) => managesProvince(v, a.provinceCode),
  read: (v, a) => inProvinceScope(v, a.provinceCode, a.partyIds),
});

/** `read` as SQL over agreement `alias`; null when the viewer reads all. */
export const agreementScope = (v: Viewer, params: Params, alias = 'ag') =>
  provinceScope(v, params, `${alias}.province_code`, partyTo(alias));

/** The same read scope in SQL for a user row `u` (see provinceScopeOfUser): who may read agreement `alias` (and its commitments). */
export const agreementReadableBy = (u: string, alias = 'ag') => provinceScopeOfUser(u, `${alias}.province_code`, partyTo(alias));

const partyTo = (alias: string) => (agency: string) =>
  `exists (select 1 from agreement_party pp where pp.agreement_id = ${alias}.id and pp.agency_id = ${agency})`;
