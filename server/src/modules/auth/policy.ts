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

/** The roles that create and change a province's records (the coarse layer of most writes). */
export const MANAGERS: readonly Role[] = [Role.ADMIN, Role.COORDINATOR];
/** MANAGERS and the MEMBERs who record their agency's own work (action items, cases, progress). */
export const WORKERS: readonly Role[] = [Role.ADMIN, Role.COORDINATOR, Role.MEMBER];

/** A MEMBER with an agency: someone who can act for their agency. */
export const isAgencyMember = (v: Viewer) => v.role === Role.MEMBER && v.agencyId !== null;

/** The viewer's agency is one of these (a record's parties, attendees, involved agencies). */
export const agencyAmong = (v: Viewer, agencyIds: readonly number[]) => v.agencyId !== null && agencyIds.includes(v.agencyId);

/** The COORDINATOR of this province (never of national records, province null). */
export const coordinates = (v: Viewer, provinceCode: string | null | undefined) =>
  v.role === Role.COORDINATOR && !!provinceCode && v.provinceCode === provinceCode;

/** ADMIN anywhere, or the province's COORDINATOR: who may create and change a province's records. */
export const managesProvince = (v: Viewer, provinceCode: string | null | undefined) =>
  isAdmin(v) || coordinates(v, provinceCode);

/** The MEMBER working for this agency. */
export const worksFor = (v: Viewer, agencyId: number | string | null | undefined) =>
  v.role === Role.MEMBER && v.agencyId !== null && agencyId !== null && agencyId !== undefined && Number(agencyId) === v.agencyId;

/**
 * A module's rules, one predicate per action over the record it decides on (Outline's
 * `allow(User, "update", Share)`): the single place "who may" is written. An action whose
 * record type is `null` is a general ability ("may create agencies at all"), asked without a
 * record; it is what the coarse `@Authorized` roles and viewerPermissions announce.
 */
export type Rules<Actions> = { [A in keyof Actions]: (v: Viewer, record: Actions[A]) => boolean };

/** The record argument of `can`: none for a general ability. */
type RecordArg<R> = [R] extends [null] ? [] : [record: R];

/** `can(viewer, action, record?)` of a module. */
export type Can<Actions> = <A extends keyof Actions>(v: Viewer | null | undefined, action: A, ...record: RecordArg<Actions[A]>) => boolean;

/**
 * Makes a module's `can(viewer, action, record)` from its rules. A signed-out caller may do
 * nothing, except what `signedOut` allows (a rule that also holds without a viewer).
 */
export function policy<Actions>(
  rules: Rules<Actions>,
  signedOut: { [A in keyof Actions]?: (record: Actions[A]) => boolean } = {},
): Can<Actions> {
  return (v, action, ...record) => {
    const r = (record.length ? record[0] : null) as Actions[typeof action];
    if (!v) return signedOut[action]?.(r) ?? false;
    return rules[action](v, r);
  };
}

/** Whether the viewer's role is one of `roles` (the coarse layer, as `@Authorized(...roles)` checks it). */
export const hasRole = (v: Viewer, roles: readonly Role[]) => roles.includes(v.role);

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

/**
 * The province-wide read rule of `provinceScope` for one record, as a TypeScript predicate:
 * `involved` says whether the viewer's agency takes part in it (the SQL's `involved`).
 */
export function inProvinceScope(v: Viewer, provinceCode: string | null, involved = false): boolean {
  switch (v.role) {
    case Role.ADMIN:
    case Role.OVERSIGHT:
      return true;
    case Role.COORDINATOR:
      return !!provinceCode && provinceCode === v.provinceCode;
    case Role.MEMBER:
      return (!!provinceCode && provinceCode === v.agencyProvinceCode) || involved;
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
