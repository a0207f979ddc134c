import type { AuditEntry, AuditLog } from '../../common/audit-log';
import type { Params } from '../../common/pagination';
import type { Statement } from '../../common/sql';

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
