/**
 * The audit module's SQL: reading the trail. (Writing it is done inside each mutation's
 * transaction: see common/mutation.ts.)
 */
import { type PageQuery, Params } from '../../common/pagination';
import { selectList } from '../../common/sql';
import type { AuditEventModel } from './audit.model';

/** An audit event row as AuditEventModel holds it (`e` is the audit_event table). */
export const AUDIT_EVENT_COLUMNS = selectList({
  id: 'e.id::text',
  at: 'e.at',
  actorId: 'e.actor_id',
  action: 'e.action',
  entityType: 'e.entity_type',
  entityId: 'e.entity_id',
  changes: 'e.changes::text',
  provinceCode: 'e.province_code',
} satisfies Record<keyof AuditEventModel, string>);

/** The entity types of individual case records, whose trail only case readers read. */
const CASE_RECORD_TYPES = `('Case', 'Referral', 'ServiceRecord')`;

export interface AuditEventListFilter {
  /** Only events about one province's records (a COORDINATOR's); null for the whole trail. */
  scope: { provinceCode: string | null } | null;
  /** False for viewers who never read individual case records (their trail neither). */
  readsCases: boolean;
  entityType?: string | null;
  entityId?: string | null;
  /** 0 for an id that names nothing. */
  actorId?: number | null;
  action?: string | null;
  provinceCode?: string | null;
}

/** The list's statement parts: scope, filters, newest first (pages and exports share them). */
export function auditEventListParts(filter: AuditEventListFilter): PageQuery {
  const params = new Params();
  const where: string[] = [];
  if (filter.scope) where.push(`e.province_code = ${params.add(filter.scope.provinceCode)}`);
  if (!filter.readsCases) where.push(`e.entity_type not in ${CASE_RECORD_TYPES}`);
  if (filter.entityType) where.push(`e.entity_type = ${params.add(filter.entityType)}`);
  if (filter.entityId) where.push(`e.entity_id = ${params.add(filter.entityId)}`);
  if (filter.actorId !== undefined && filter.actorId !== null) where.push(`e.actor_id = ${params.add(filter.actorId)}`);
  if (filter.action) where.push(`e.action = ${params.add(filter.action)}`);
  if (filter.provinceCode) where.push(`e.province_code = ${params.add(filter.provinceCode)}`);
  return { columns: AUDIT_EVENT_COLUMNS, from: 'from audit_event e', where, params, keys: [{ expr: 'e.id', type: 'bigint' }], direction: 'desc' };
}
