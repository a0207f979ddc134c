import type { Viewer } from '../../common/context';
import { Role } from '../../common/enums';
import type { Params } from '../../common/pagination';
import { isAdmin, managesProvince } from '../auth/policy';

/**
 * Issuing at all: ADMIN, or an OVERSIGHT user whose account names their body (an OVERSIGHT
 * account without a body may read but not issue).
 */
export const canIssueRecommendations = (v: Viewer) => isAdmin(v) || (v.role === Role.OVERSIGHT && v.agencyId !== null);

/** Issuing for this body: ADMIN for any oversight body, an OVERSIGHT user only for their own. */
export const canIssueFor = (v: Viewer, issuerId: number | null) =>
  isAdmin(v) || (v.role === Role.OVERSIGHT && v.agencyId !== null && issuerId === v.agencyId);

/** Answering: the COORDINATOR of the recommendation's province, or ADMIN (national ones: ADMIN only). */
export const canRespondToRecommendation = (v: Viewer, r: { provinceCode: string | null }) => managesProvince(v, r.provinceCode);

/**
 * Read scope as a SQL condition on `alias`, null when the viewer reads all: ADMIN and
 * OVERSIGHT all; a COORDINATOR their province's and the national ones; a MEMBER their agency's
 * province's and those naming their agency as an addressee.
 */
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
