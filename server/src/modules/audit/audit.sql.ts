/**
 * The audit module's SQL: writing the trail (AUDIT_LOG, inside each mutation's transaction)
 * and reading it.
 */
import type { AuditEntry, AuditLog } from '../../common/audit-log';
import { type PageQuery, Params } from '../../common/pagination';
import { selectList, type Statement } from '../../common/sql';
import type { AuditEventModel } from './audit.model';

const COLUMNS = 'at, actor_id, action, entity_type, entity_id, province_code, changes';

/** An entry's values in COLUMNS order, after `at`. */
function values(entry: AuditEntry): unknown[] {
  return [
    entry.actorId,
    entry.action,
    entry.entityType,
    String(entry.entityId),
    entry.provinceCode,
    entry.changes && Object.keys(entry.changes).length ? JSON.stringify(entry.changes) : null,
  ];
}

/** The audit trail's writes (see AuditLog), handed to every request by the hub. */
export const AUDIT_LOG: AuditLog = {
  insert(entry: AuditEntry): Statement {
    return { text: `insert into audit_event (${COLUMNS}) values (now(), $1, $2, $3, $4, $5, $6)`, values: values(entry), prepare: true };
  },
  insertFrom(entry: AuditEntry, source: string, params: Params): string {
    // In a SELECT list, parameters are text unless cast: cast them to their columns' types.
    const [actor, action, type, id, province, changes] = values(entry).map((v) => params.add(v));
    return `insert into audit_event (${COLUMNS})
            select now(), ${actor}::int, ${action}, ${type}, ${id}, ${province}, ${changes}::jsonb from ${source}`;
  },
};

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

export interface AuditEventListFilter {
  /** The viewer's scope over audit events `e` (audit.policy.ts `auditScope`); null for the whole trail. */
  scope: (params: Params) => string | null;
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
  const scope = filter.scope(params);
  if (scope) where.push(scope);
  if (filter.entityType) where.push(`e.entity_type = ${params.add(filter.entityType)}`);
  if (filter.entityId) where.push(`e.entity_id = ${params.add(filter.entityId)}`);
  if (filter.actorId !== undefined && filter.actorId !== null) where.push(`e.actor_id = ${params.add(filter.actorId)}`);
  if (filter.action) where.push(`e.action = ${params.add(filter.action)}`);
  if (filter.provinceCode) where.push(`e.province_code = ${params.add(filter.provinceCode)}`);
  return { columns: AUDIT_EVENT_COLUMNS, from: 'from audit_event e', where, params, keys: [{ expr: 'e.id', type: 'bigint' }], direction: 'desc' };
}
