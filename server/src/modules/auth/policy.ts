import type { Context, Viewer } from '../../common/context';
import { Role } from '../../common/enums';
import { forbidden, unauthenticated } from '../../common/errors';
import type { Params } from '../../common/pagination';

/** The signed-in viewer, or UNAUTHENTICATED. */
export function requireViewer(ctx: Context): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}

export const isAdmin = (v: Viewer) => v.role === Role.ADMIN;

/** The COORDINATOR of this province (never of national records, province null). */
export const coordinates = (v: Viewer, provinceCode: string | null | undefined) =>
  v.role === Role.COORDINATOR && !!provinceCode && v.provinceCode === provinceCode;

/** ADMIN anywhere, or the province's COORDINATOR: who may create and change a province's records. */
export const managesProvince = (v: Viewer, provinceCode: string | null | undefined) =>
  isAdmin(v) || coordinates(v, provinceCode);

/** The MEMBER working for this agency. */
export const worksFor = (v: Viewer, agencyId: number | string | null | undefined) =>
  v.role === Role.MEMBER && v.agencyId !== null && agencyId !== null && agencyId !== undefined && Number(agencyId) === v.agencyId;

/** Throws FORBIDDEN unless `allowed`. */
export function authorize(allowed: boolean, message?: string): void {
  if (!allowed) throw forbidden(message);
}

/**
 * A SQL condition restricting rows to the viewer's province-wide read scope, or null
 * when the viewer reads every province (ADMIN, OVERSIGHT).
 *  - COORDINATOR: rows of their province;
 *  - MEMBER: rows of their agency's province, or `involved` (rows their agency takes part in).
 */
export function provinceScope(
  v: Viewer,
  params: Params,
  provinceColumn: string,
  involved?: (agencyParam: string) => string,
): string | null {
  switch (v.role) {
    case Role.ADMIN:
    case Role.OVERSIGHT:
      return null;
    case Role.COORDINATOR:
      return `${provinceColumn} = ${params.add(v.provinceCode)}`;
    case Role.MEMBER: {
      const parts: string[] = [];
      if (v.agencyProvinceCode) parts.push(`${provinceColumn} = ${params.add(v.agencyProvinceCode)}`);
      if (involved && v.agencyId !== null) parts.push(involved(params.add(v.agencyId)));
      return parts.length ? `(${parts.join(' or ')})` : 'false';
    }
    default:
      return 'false';
  }
}

/** The province-wide read rule of `provinceScope` for one loaded record. */
export function inProvinceScope(v: Viewer, provinceCode: string | null, involved: () => boolean = () => false): boolean {
  switch (v.role) {
    case Role.ADMIN:
    case Role.OVERSIGHT:
      return true;
    case Role.COORDINATOR:
      return !!provinceCode && provinceCode === v.provinceCode;
    case Role.MEMBER:
      return (!!provinceCode && provinceCode === v.agencyProvinceCode) || involved();
    default:
      return false;
  }
}

/**
 * Where a MEMBER may write what their agency records (cases, action items): their agency's
 * province only; a member of a national agency (no province) names the province, any of them
 * (a missing one is bad input, refused by the service).
 */
export const memberWritesIn = (v: Viewer, provinceCode: string | null | undefined) =>
  v.role === Role.MEMBER && (v.agencyProvinceCode === null || v.agencyProvinceCode === provinceCode);

/**
 * The read rule of `provinceScope` as SQL over a user row instead of the signed-in viewer, for
 * statements that choose recipients (the follow-up sweep). `u` must have the columns role,
 * province_code, agency_id and agency_province_code (the province of the user's agency).
 */
export function provinceScopeOfUser(u: string, provinceColumn: string, involved?: (agencyColumn: string) => string): string {
  return `(${u}.role in ('ADMIN', 'OVERSIGHT')
    or (${u}.role = 'COORDINATOR' and ${provinceColumn} = ${u}.province_code)
    or (${u}.role = 'MEMBER' and (${provinceColumn} = ${u}.agency_province_code${involved ? ` or ${involved(`${u}.agency_id`)}` : ''})))`;
}
