import type { Context } from '../../common/context';
import { Role } from '../../common/enums';
import { parseId } from '../../common/ids';
import { paginate, type PageQuery } from '../../common/pagination';
import { authorize, requireViewer } from '../auth/policy';
import { canReadCases } from '../case/case.policy';
import type { AuditEventFilter, AuditEventModel } from './audit.model';
import { auditEventListParts } from './audit.sql';

/** ADMIN and OVERSIGHT read the whole trail (OVERSIGHT without case records), a COORDINATOR their province's records; members none. */
export const canReadAuditTrail = (role: Role) => role !== Role.MEMBER;

/** The list's statement parts: scope, filters and order (pages and exports share them). */
export function auditEventListQuery(ctx: Context, filter: AuditEventFilter | null | undefined): PageQuery {
  const viewer = requireViewer(ctx);
  authorize(canReadAuditTrail(viewer.role), 'Members cannot read the audit trail.');
  return auditEventListParts({
    scope: viewer.role === Role.COORDINATOR ? { provinceCode: viewer.provinceCode } : null,
    // Oversight never reads individual case records, so neither their trail (codes, dates, agencies).
    readsCases: canReadCases(viewer),
    entityType: filter?.entityType,
    entityId: filter?.entityId,
    actorId: filter?.actorId ? (parseId(filter.actorId) ?? 0) : null,
    action: filter?.action,
    provinceCode: filter?.provinceCode,
  });
}

export function listAuditEvents(ctx: Context, filter: AuditEventFilter | null | undefined, first?: number, after?: string | null) {
  return paginate<AuditEventModel>(ctx.sql, auditEventListQuery(ctx, filter), first, after);
}
