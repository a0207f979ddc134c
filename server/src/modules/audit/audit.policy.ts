import type { Viewer } from '../../common/context';
import { Role } from '../../common/enums';
import type { Params } from '../../common/pagination';
import { policy } from '../auth/policy';
import { canCase } from '../case/case.policy';

/** The audit events about individual case records (codes, dates, agencies). */
const CASE_ENTITY_TYPES = ['Case', 'Referral', 'ServiceRecord'];

export interface AuditActions {
  /** Read the trail at all: ADMIN, OVERSIGHT and COORDINATOR; members none. */
  readAny: null;
  /**
   * Read this event: ADMIN all; OVERSIGHT all but those about case records (they never read
   * individual cases); a COORDINATOR their province's (SQL twin: auditScope).
   */
  read: { entityType: string; provinceCode: string | null };
}

export const canAudit = policy<AuditActions>({
  readAny: (v) => v.role !== Role.MEMBER,
  read: (v, e) =>
    v.role !== Role.MEMBER &&
    (v.role !== Role.COORDINATOR || (e.provinceCode !== null && e.provinceCode === v.provinceCode)) &&
    (canCase(v, 'readAny') || !CASE_ENTITY_TYPES.includes(e.entityType)),
});

/** `read` as SQL over audit event `alias` for a viewer who may read the trail; null when they read it all. */
export function auditScope(v: Viewer, params: Params, alias = 'e'): string | null {
  const parts: string[] = [];
  if (v.role === Role.COORDINATOR) parts.push(`${alias}.province_code = ${params.add(v.provinceCode)}`);
  if (!canCase(v, 'readAny')) parts.push(`${alias}.entity_type not in (${CASE_ENTITY_TYPES.map((t) => `'${t}'`).join(', ')})`);
  return parts.length ? parts.join(' and ') : null;
}
