import type { EntityManager } from '@mikro-orm/postgresql';
import { DeadlockException, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Context, Viewer } from './context';
import { conflict, unauthenticated } from './errors';
import type { Params } from './pagination';
import { Sql } from './sql';

export type Changes = Record<string, { before: unknown; after: unknown }>;

export interface AuditEvent {
  entityType: string;
  entityId: string | number;
  provinceCode: string | null;
  changes?: Changes | null;
}

/** What a service sees inside a mutation: the transaction's EntityManager and SQL, and the audit log. */
export interface Tx {
  em: EntityManager;
  sql: Sql;
  viewer: Viewer;
  today: string;
  ctx: Context;
  /** Records the mutation in the audit trail, in the same transaction. */
  audit(event: AuditEvent): Promise<void>;
  /**
   * The same audit record as an `insert ... select ... from <source>` to run inside a statement
   * of the mutation's own (a CTE), so that it is written only when `source` (e.g. the CTE of an
   * UPDATE ... RETURNING) has a row, without a round trip of its own.
   */
  auditFrom(event: AuditEvent, source: string, params: Params): string;
}

const AUDIT_COLUMNS = 'at, actor_id, action, entity_type, entity_id, province_code, changes';

function auditValues(viewer: Viewer | null, action: string, event: AuditEvent): unknown[] {
  return [
    viewer?.id ?? null,
    action,
    event.entityType,
    String(event.entityId),
    event.provinceCode,
    event.changes && Object.keys(event.changes).length ? JSON.stringify(event.changes) : null,
  ];
}

export interface MutationOptions {
  allowAnonymous?: boolean;
  /**
   * The work writes at most one statement, which carries everything the mutation changes and
   * its audit event (`Tx.auditFrom` as a CTE, or `Tx.audit` alone); everything before it only
   * reads, and whatever it read is checked again by that statement (e.g. a version condition).
   * That statement is then its own transaction, so no BEGIN and COMMIT round trips are made,
   * with the same all-or-nothing result. Used by the busiest mutation, updateActionItem.
   */
  singleStatement?: boolean;
}

/**
 * Runs one mutation in one transaction: either everything it did is committed together
 * with its audit events, or (on any refusal or failure) nothing is.
 */
export async function runMutation<T>(
  ctx: Context,
  action: string,
  work: (tx: Tx) => Promise<T>,
  options: MutationOptions = {},
): Promise<T> {
  const viewer = ctx.viewer;
  if (!viewer && !options.allowAnonymous) throw unauthenticated();
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptMutation(ctx, action, work, options.singleStatement ?? false);
    } catch (err) {
      // PostgreSQL aborted the transaction to break a lock cycle (or a serialization failure):
      // nothing of it was committed, so running it again from the start is safe and what a user
      // would do by hand. A few attempts with a short random pause, then the error stands.
      if (attempt < MAX_ATTEMPTS && isTransient(err)) {
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
        continue;
      }
      throw err;
    }
  }
}

/** How many times a mutation is tried when PostgreSQL aborts it for a deadlock or serialization failure. */
const MAX_ATTEMPTS = 4;

/** 40P01 deadlock_detected, 40001 serialization_failure: the transaction was rolled back whole. */
export function isTransient(err: unknown): boolean {
  if (err instanceof DeadlockException) return true;
  const code = (err as { code?: unknown } | null)?.code;
  return code === '40P01' || code === '40001';
}

function makeTx(ctx: Context, action: string, em: EntityManager, sql: Sql): Tx {
  const viewer = ctx.viewer;
  return {
    em,
    sql,
    viewer: viewer as Viewer,
    today: ctx.today,
    ctx,
    async audit(event) {
      await sql.run(`insert into audit_event (${AUDIT_COLUMNS}) values (now(), $1, $2, $3, $4, $5, $6)`, auditValues(viewer, action, event), {
        prepare: true,
      });
    },
    auditFrom(event, source, params) {
      // In a SELECT list, parameters are text unless cast: cast them to their columns' types.
      const [actor, act, type, id, province, changes] = auditValues(viewer, action, event).map((v) => params.add(v));
      return `insert into audit_event (${AUDIT_COLUMNS})
            select now(), ${actor}::int, ${act}, ${type}, ${id}, ${province}, ${changes}::jsonb from ${source}`;
    },
  };
}

async function attemptMutation<T>(ctx: Context, action: string, work: (tx: Tx) => Promise<T>, singleStatement: boolean): Promise<T> {
  try {
    if (singleStatement) return await work(makeTx(ctx, action, ctx.em, ctx.sql));
    return await ctx.em.transactional((em) => work(makeTx(ctx, action, em as EntityManager, new Sql(em as EntityManager, ctx.sql.settings))));
  } catch (err) {
    // Plain SQL (Sql) raises the driver's own error, not MikroORM's: 23505 is unique_violation.
    if (err instanceof UniqueConstraintViolationException || (err as { code?: unknown } | null)?.code === '23505') {
      throw conflict('This change collides with another record that was saved at the same time; reload and try again.');
    }
    throw err;
  }
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The fields whose value differs between two snapshots, as {field: {before, after}}. */
export function diff<T extends object>(before: T | null, after: T, fields: (keyof T)[]): Changes {
  const out: Changes = {};
  for (const f of fields) {
    const b = before ? before[f] : null;
    const a = after[f];
    if (!same(b, a)) out[f as string] = { before: b ?? null, after: a ?? null };
  }
  return out;
}
