import type { Params } from './pagination';
import type { Statement } from './sql';

export type Changes = Record<string, { before: unknown; after: unknown }>;

/** What a mutation records about one record it wrote. */
export interface AuditEvent {
  entityType: string;
  entityId: string | number;
  provinceCode: string | null;
  changes?: Changes | null;
}

/** An audit event with the mutation that wrote it and who ran it (null: anonymous). */
export interface AuditEntry extends AuditEvent {
  action: string;
  actorId: number | null;
}

/**
 * How audit events are written: the audit module's statements (modules/audit/audit.sql.ts),
 * handed to every request by the hub's wiring (Context.services), so that common/ runs them
 * without writing module SQL of its own.
 */
export interface AuditLog {
  /** The INSERT of one event. */
  insert(entry: AuditEntry): Statement;
  /**
   * The same event as an `insert ... select ... from <source>`, to run inside a statement of the
   * mutation's own (a CTE): written only when `source` (e.g. the CTE of an UPDATE ... RETURNING)
   * has a row, without a round trip of its own.
   */
  insertFrom(entry: AuditEntry, source: string, params: Params): string;
}
