import type { Viewer } from '../../common/context';
import { Role } from '../../common/enums';
import type { Params } from '../../common/pagination';
import { isAdmin, managesProvince, memberWritesIn, worksFor } from '../auth/policy';

/** Individual case records are never readable by OVERSIGHT (they see suppressed aggregates only). */
export const canReadCases = (v: Viewer) => v.role !== Role.OVERSIGHT;

/** SQL: the case's agencies include this agency (intake, either end of a referral, or a service). */
export function involvesAgency(alias: string, agencyParam: string): string {
  return `(${alias}.intake_agency_id = ${agencyParam}
    or exists (select 1 from referral ir where ir.case_id = ${alias}.id and (ir.from_agency_id = ${agencyParam} or ir.to_agency_id = ${agencyParam}))
    or exists (select 1 from service_record isr where isr.case_id = ${alias}.id and isr.agency_id = ${agencyParam}))`;
}

/**
 * Read scope of cases: ADMIN all; COORDINATOR their province; MEMBER only cases their
 * agency is involved in; OVERSIGHT none (callers refuse them before querying).
 */
export function caseScope(v: Viewer, params: Params, alias = 'c'): string | null {
  if (isAdmin(v)) return null;
  if (v.role === Role.COORDINATOR) return `${alias}.province_code = ${params.add(v.provinceCode)}`;
  if (v.role === Role.MEMBER && v.agencyId !== null) return involvesAgency(alias, params.add(v.agencyId));
  return 'false';
}

/** Record a case: ADMIN, the province's COORDINATOR, or a MEMBER taking it in for their own agency, in its province only. */
export const canRecordCase = (v: Viewer, provinceCode: string, intakeAgencyId: number | string) =>
  managesProvince(v, provinceCode) || (worksFor(v, intakeAgencyId) && memberWritesIn(v, provinceCode));

/** The read scope of cases in SQL for a user row `u` (role, province_code, agency_id): who may read case `alias`. */
export function caseReadableBy(u: string, alias = 'c'): string {
  return `(${u}.role = 'ADMIN'
    or (${u}.role = 'COORDINATOR' and ${alias}.province_code = ${u}.province_code)
    or (${u}.role = 'MEMBER' and ${u}.agency_id is not null and ${involvesAgency(alias, `${u}.agency_id`)}))`;
}

/** Manage a case fully: ADMIN or the COORDINATOR of its province. */
export const managesCase = (v: Viewer, c: { provinceCode: string }) => managesProvince(v, c.provinceCode);

/** Refer a case or record a service on it: case managers, or a MEMBER whose agency is involved (it can read the case). */
export const canWorkOnCase = (v: Viewer, c: { provinceCode: string }, memberInvolved: boolean) =>
  managesCase(v, c) || (v.role === Role.MEMBER && memberInvolved);

/** Set the outcome: case managers, or the MEMBER of the intake agency. */
export const canSetOutcome = (v: Viewer, c: { provinceCode: string; intakeAgencyId: number }) =>
  managesCase(v, c) || worksFor(v, c.intakeAgencyId);

/** Respond to a referral: case managers, or the MEMBER of the agency it is addressed to. */
export const canRespondToReferral = (v: Viewer, r: { provinceCode: string; toAgencyId: number }) =>
  managesCase(v, r) || worksFor(v, r.toAgencyId);
