import type { Context } from '../../common/context';
import { parseId } from '../../common/ids';
import { paginate, Params, type PageQuery } from '../../common/pagination';
import { authorize, requireViewer } from '../auth/policy';
import { auditScope, canAudit } from './audit.policy';
import { AUDIT_COLUMNS, type AuditEventFilter, type AuditEventModel } from './audit.model';

/** The list's statement parts: scope, filters and order (pages and exports share them). */
export function auditEventListQuery(ctx: Context, filter: AuditEventFilter | null | undefined): PageQuery {
  const viewer = requireViewer(ctx);
  authorize(canAudit(viewer, 'readAny'), 'Members cannot read the audit trail.');
  const params = new Params();
  const where: string[] = [];
  const scope = auditScope(viewer, params);
  if (scope) where.push(scope);
  if (filter?.entityType) where.push(`e.entity_type = ${params.add(filter.entityType)}`);
  if (filter?.entityId) where.push(`e.entity_id = ${params.add(filter.entityId)}`);
  if (filter?.actorId) where.push(`e.actor_id = ${params.add(parseId(filter.actorId) ?? 0)}`);
  if (filter?.action) where.push(`e.action = ${params.add(filter.action)}`);
  if (filter?.provinceCode) where.push(`e.province_code = ${params.add(filter.provinceCode)}`);
  return { columns: AUDIT_COLUMNS, from: 'from audit_event e', where, params, keys: [{ expr: 'e.id', type: 'bigint' }], direction: 'desc' };
}

export function listAuditEvents(ctx: Context, filter: AuditEventFilter | null | undefined, first?: number, after?: string | null) {
  return paginate<AuditEventModel>(ctx.sql, auditEventListQuery(ctx, filter), first, after);
}
