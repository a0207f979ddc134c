import type { Viewer } from '../../common/context';
import { Role } from '../../common/enums';
import type { Params } from '../../common/pagination';
import { isAdmin, managesProvince, MANAGERS, policy } from '../auth/policy';

/** The roles of issueRecommendation (its `@Authorized`). */
export const RECOMMENDATION_ISSUERS: readonly Role[] = [Role.ADMIN, Role.OVERSIGHT];
/** The roles of respondToRecommendation (its `@Authorized`). */
export const RECOMMENDATION_RESPONDERS = MANAGERS;

export interface RecommendationActions {
  /**
   * Issue recommendations at all: ADMIN, or an OVERSIGHT user whose account names their body
   * (an OVERSIGHT account without a body may read but not issue).
   */
  issueAny: null;
  /** Issue for this body: ADMIN for any oversight body, an OVERSIGHT user only for their own. */
  issue: { issuerId: number | null };
  /** Answer it: ADMIN, or the COORDINATOR of its province (national ones: ADMIN only). */
  respond: { provinceCode: string | null };
  /**
   * Read it: ADMIN and OVERSIGHT all; a COORDINATOR their province's and the national ones; a
   * MEMBER their agency's province's and those naming their agency as an addressee (SQL twin:
   * recommendationScope).
   */
  read: { provinceCode: string | null; addresseeIds: readonly number[] };
}

const oversightWithBody = (v: Viewer) => v.role === Role.OVERSIGHT && v.agencyId !== null;

export const canRecommendation = policy<RecommendationActions>({
  issueAny: (v) => isAdmin(v) || oversightWithBody(v),
  issue: (v, r) => isAdmin(v) || (oversightWithBody(v) && r.issuerId === v.agencyId),
  respond: (v, r) => managesProvince(v, r.provinceCode),
  read: (v, r) => {
    switch (v.role) {
      case Role.ADMIN:
      case Role.OVERSIGHT:
        return true;
      case Role.COORDINATOR:
        return r.provinceCode === null || r.provinceCode === v.provinceCode;
      case Role.MEMBER:
        return (!!v.agencyProvinceCode && r.provinceCode === v.agencyProvinceCode) || (v.agencyId !== null && r.addresseeIds.includes(v.agencyId));
      default:
        return false;
    }
  },
});

/** `read` as a SQL condition on `alias`, null when the viewer reads all. */
export function recommendationScope(v: Viewer, params: Params, alias = 'r'): string | null {
  switch (v.role) {
    case Role.ADMIN:
    case Role.OVERSIGHT:
      return null;
    case Role.COORDINATOR:
      return `(${alias}.province_code = ${params.add(v.provinceCode)} or ${alias}.province_code is null)`;
    case Role.MEMBER: {
      const parts: string[] = [];
      if (v.agencyProvinceCode) parts.push(`${alias}.province_code = ${params.add(v.agencyProvinceCode)}`);
      if (v.agencyId !== null) {
        parts.push(`exists (select 1 from recommendation_addressee sa where sa.recommendation_id = ${alias}.id and sa.agency_id = ${params.add(v.agencyId)})`);
      }
      return parts.length ? `(${parts.join(' or ')})` : 'false';
    }
    default:
      return 'false';
  }
}

/**
 * The read rule of recommendationScope as SQL over a user row `u` instead of the signed-in
 * viewer (columns role, province_code, agency_id, agency_province_code), for statements that
 * choose recipients: a notification about a recommendation goes only to who may read it.
 */
export function recommendationReadableBy(u: string, alias = 'r'): string {
  return `(${u}.role in ('ADMIN', 'OVERSIGHT')
    or (${u}.role = 'COORDINATOR' and (${alias}.province_code = ${u}.province_code or ${alias}.province_code is null))
    or (${u}.role = 'MEMBER' and (${alias}.province_code = ${u}.agency_province_code
      or exists (select 1 from recommendation_addressee ua where ua.recommendation_id = ${alias}.id and ua.agency_id = ${u}.agency_id))))`;
}
