import type { Viewer } from '../../common/context';
import { Role } from '../../common/enums';
import type { Params } from '../../common/pagination';
import { coordinates, hasRole, inReach, isAdmin, isAgencyMember, managesProvince, memberWritesIn, policy, reachSql, type Reach, WORKERS, worksFor } from '../auth/policy';

/** The roles of the case mutations (their `@Authorized`). */
export const CASE_WRITERS = WORKERS;

/** Work done on a case for an agency: the referring agency, the one providing a service. */
interface CaseWork {
  provinceCode: string;
  /** The agency the work is done for (see ownWork). */
  agencyId: number | string | null;
}

/** Work on case `c` for the viewer's own agency (a member's): what the viewerCan* fields ask. */
export const ownWork = (v: Viewer | null, c: { provinceCode: string }): CaseWork => ({ provinceCode: c.provinceCode, agencyId: v?.agencyId ?? null });

export interface CaseActions {
  /** Read case records at all: everyone but OVERSIGHT (they see suppressed aggregates only). */
  readAny: null;
  /** Read this case: ADMIN all; COORDINATOR their province; MEMBER the cases their agency is involved in, `agencyIds` (SQL twin: caseScope). */
  read: { provinceCode: string; agencyIds: readonly number[] };
  /** Record cases at all: ADMIN, COORDINATOR, or a MEMBER with an agency. */
  recordAny: null;
  /** Record this case: ADMIN, the province's COORDINATOR, or a MEMBER taking it in for their own agency, in its province only. */
  record: { provinceCode: string; intakeAgencyId: number | string };
  /** Refer it: ADMIN, the province's COORDINATOR, or a MEMBER from their own agency (who can read it, so is involved). */
  refer: CaseWork;
  /** Record a service on it: as `refer`, a MEMBER for their own agency. */
  recordService: CaseWork;
  /** Set the outcome: ADMIN, the province's COORDINATOR, or the MEMBER of the intake agency. */
  setOutcome: { provinceCode: string; intakeAgencyId: number };
  /** Respond to a referral of it: ADMIN, the province's COORDINATOR, or the MEMBER of the agency it is addressed to. */
  respond: { provinceCode: string; toAgencyId: number };
  /**
   * See a province's case figures exact: ADMIN everywhere, a COORDINATOR in their own province.
   * `provinceCode` null means national figures, which only ADMIN sees exactly (a coordinator is
   * not "of" the nation). Everyone else is a protected viewer (suppressed, rounded figures).
   */
  readExactFigures: { provinceCode: string | null };
}

/** Manage a case fully: ADMIN or the COORDINATOR of its province. */
const managesCase = (v: Viewer, c: { provinceCode: string }) => managesProvince(v, c.provinceCode);

/** Case managers, or the MEMBER of the agency the work is for. */
const worksOnCase = (v: Viewer, w: CaseWork) => managesCase(v, w) || worksFor(v, w.agencyId);

export const canCase = policy<CaseActions>({
  readAny: (v) => v.role !== Role.OVERSIGHT,
  read: (v, c) => inReach(caseReach(v), c.provinceCode, c.agencyIds),
  recordAny: (v) => hasRole(v, CASE_WRITERS) && (v.role !== Role.MEMBER || isAgencyMember(v)),
  record: (v, c) => managesCase(v, c) || (worksFor(v, c.intakeAgencyId) && memberWritesIn(v, c.provinceCode)),
  refer: worksOnCase,
  recordService: worksOnCase,
  setOutcome: (v, c) => managesCase(v, c) || worksFor(v, c.intakeAgencyId),
  respond: (v, r) => managesCase(v, r) || worksFor(v, r.toAgencyId),
  readExactFigures: (v, f) => isAdmin(v) || coordinates(v, f.provinceCode),
});

/** SQL: the case's agencies include this agency (intake, either end of a referral, or a service). */
export function involvesAgency(alias: string, agencyParam: string): string {
  return `(${alias}.intake_agency_id = ${agencyParam}
    or exists (select 1 from referral ir where ir.case_id = ${alias}.id and (ir.from_agency_id = ${agencyParam} or ir.to_agency_id = ${agencyParam}))
    or exists (select 1 from service_record isr where isr.case_id = ${alias}.id and isr.agency_id = ${agencyParam}))`;
}

/**
 * How far the viewer reads case records: ADMIN all; a COORDINATOR their province; a MEMBER
 * only the cases their agency is involved in; OVERSIGHT none.
 */
export function caseReach(v: Viewer): Reach {
  if (isAdmin(v)) return { all: true, province: null, agency: null };
  if (v.role === Role.COORDINATOR) return { all: false, province: v.provinceCode, agency: null };
  return { all: false, province: null, agency: isAgencyMember(v) ? v.agencyId : null };
}

/** `read` as SQL over case `alias`, null when the viewer reads all; OVERSIGHT none (callers refuse them before querying). */
export const caseScope = (v: Viewer, params: Params, alias = 'c'): string | null =>
  reachSql(caseReach(v), params, `${alias}.province_code`, (agency) => involvesAgency(alias, agency));

/** The read scope of cases in SQL for a user row `u` (role, province_code, agency_id): who may read case `alias`. */
export function caseReadableBy(u: string, alias = 'c'): string {
  return `(${u}.role = 'ADMIN'
    or (${u}.role = 'COORDINATOR' and ${alias}.province_code = ${u}.province_code)
    or (${u}.role = 'MEMBER' and ${u}.agency_id is not null and ${involvesAgency(alias, `${u}.agency_id`)}))`;
}
