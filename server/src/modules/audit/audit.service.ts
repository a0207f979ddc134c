import type { Context } from '../../common/context';
import { parseId } from '../../common/ids';
import { paginate, type PageQuery } from '../../common/pagination';
import { authorize, requireViewer } from '../auth/policy';
import { auditScope, canAudit } from './audit.policy';
import type { AuditEventFilter, AuditEventModel } from './audit.model';
import { auditEventListParts } from './audit.sql';

/** The list's statement parts: scope, filters and order (pages and exports share them). */
export function auditEventListQuery(ctx: Context, filter: AuditEventFilter | null | undefined): PageQuery {
  const viewer = requireViewer(ctx);
  authorize(canAudit(viewer, 'readAny'), 'Members cannot read the audit trail.');
  return auditEventListParts({
    scope: (params) => auditScope(viewer, params),
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
