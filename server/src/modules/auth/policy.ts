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

/** The COORDINATOR of this province (never of national records, province null). */
export const coordinates = (v: Viewer, provinceCode: string | null | undefined) =>
  v.role === Role.COORDINATOR && !!provinceCode && v.provinceCode === provinceCode;

/** ADMIN anywhere, or the province's COORDINATOR: who may create and change a province's records. */
export const managesProvince = (v: Viewer, provinceCode: string | null | undefined) =>
  isAdmin(v) || coordinates(v, provinceCode);

/** The one province whose records the viewer creates and changes (a COORDINATOR's); null for ADMIN (every one) and everyone else. */
export const managedProvince = (v: Viewer): string | null => (!isAdmin(v) && coordinates(v, v.provinceCode) ? v.provinceCode : null);

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
 * How far a viewer reads: every record (`all`), or those of one province and/or those one
 * agency takes part in. The scope rules below (TypeScript and SQL) are written over it, and
 * viewerPermissions tells the client its shape.
 */
export interface Reach {
  all: boolean;
  province: string | null;
  agency: number | null;
}

const NOWHERE: Reach = { all: false, province: null, agency: null };

/**
 * The province-wide read reach of agreements, meetings and action items: ADMIN and OVERSIGHT
 * all; a COORDINATOR their province; a MEMBER their agency's province and what their agency
 * takes part in.
 */
export function provinceReach(v: Viewer): Reach {
  switch (v.role) {
    case Role.ADMIN:
    case Role.OVERSIGHT:
      return { ...NOWHERE, all: true };
    case Role.COORDINATOR:
      return { ...NOWHERE, province: v.provinceCode };
    case Role.MEMBER:
      return { all: false, province: v.agencyProvinceCode, agency: v.agencyId };
    default:
      return NOWHERE;
  }
}

/**
 * A reach as a SQL condition over a record's province column and `involved` (the record's
 * agencies include the one given), or null when it reaches all.
 */
export function reachSql(r: Reach, params: Params, provinceColumn: string, involved?: (agencyParam: string) => string): string | null {
  if (r.all) return null;
  const parts: string[] = [];
  if (r.province) parts.push(`${provinceColumn} = ${params.add(r.province)}`);
  if (involved && r.agency !== null) parts.push(involved(params.add(r.agency)));
  return parts.length ? `(${parts.join(' or ')})` : 'false';
}

/** The same reach over one record: its province, and whether the reach's agency takes part in it. */
export function inReach(r: Reach, provinceCode: string | null, agencyIds: readonly number[] = []): boolean {
  return r.all || (!!r.province && provinceCode === r.province) || (r.agency !== null && agencyIds.includes(r.agency));
}

/** `provinceReach` as a SQL condition (see reachSql). */
export const provinceScope = (v: Viewer, params: Params, provinceColumn: string, involved?: (agencyParam: string) => string) =>
  reachSql(provinceReach(v), params, provinceColumn, involved);

/** `provinceReach` over one record with province `provinceCode` and agencies `agencyIds`. */
export const inProvinceScope = (v: Viewer, provinceCode: string | null, agencyIds: readonly number[] = []) =>
  inReach(provinceReach(v), provinceCode, agencyIds);

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
