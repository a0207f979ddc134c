import type { EntityManager } from '@mikro-orm/postgresql';
import { DeadlockException, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Context, Viewer } from './context';
import { conflict, unauthenticated } from './errors';
import type { AuditEntry, AuditEvent, Changes } from './audit-log';
import type { Params } from './pagination';
import { Sql, type QueryOptions, type ReadSql, type Statement } from './sql';

export type { AuditEvent, Changes } from './audit-log';

/** What a service sees inside a mutation: the transaction's EntityManager and SQL, and the audit log. */
export interface Tx {
  em: EntityManager;
  sql: Sql;
  viewer: Viewer;
  today: string;
  ctx: Context;
  /** Records the mutation in the audit trail, in the same transaction. */
  audit(event: AuditEvent): Promise<void>;
}

export interface MutationOptions {
  allowAnonymous?: boolean;
}

/**
 * Runs one mutation in one transaction: either everything it did is committed together
 * with its audit events, or (on any refusal or failure) nothing is.
 */
export function runMutation<T>(ctx: Context, action: string, work: (tx: Tx) => Promise<T>, options: MutationOptions = {}): Promise<T> {
  return attempts(ctx, options, () =>
    ctx.em.transactional((em) => {
      const sql = new Sql(em as EntityManager, ctx.sql.settings);
      return work({
        em: em as EntityManager,
        sql,
        viewer: ctx.viewer as Viewer,
        today: ctx.today,
        ctx,
        async audit(event) {
          const insert = ctx.services.audit.insert(auditEntry(ctx, action, event));
          await sql.run(insert.text, insert.values, { prepare: insert.prepare });
        },
      });
    }),
  );
}

/**
 * What the reads of a single-statement mutation see: SQL that only reads, and the audit log as
 * statement text to put into the one statement that writes. No EntityManager and no request
 * context, whose SQL could write.
 */
export interface StatementTx {
  /** Refuses anything but a plain read (see ReadOnlySql). */
  sql: ReadSql;
  viewer: Viewer;
  today: string;
  /** The mutation's audit event as a statement of its own, for a mutation whose only write is its audit event. */
  audit(event: AuditEvent): Statement;
  /** The mutation's audit event as an `insert ... select ... from <source>`, for a CTE of the mutation's statement (see AuditLog.insertFrom). */
  auditFrom(event: AuditEvent, source: string, params: Params): string;
}

/**
 * The one statement a single-statement mutation writes with, and what the mutation answers from
 * its rows. `answer` may read (e.g. why no row was written) but, like the reads before, not write.
 */
export interface SingleStatement<R, T> {
  statement: Statement;
  answer(rows: R[], tx: StatementTx): T | Promise<T>;
}

/**
 * Runs a mutation that writes with exactly one statement: `build` reads what it needs through a
 * handle that cannot write, checks, and returns that statement (which carries everything the
 * mutation changes and its audit event, e.g. as CTEs); the runner runs it. One statement is its
 * own transaction, so the result is as all-or-nothing as runMutation's without BEGIN and COMMIT
 * round trips. Whatever `build` read must be checked again by the statement itself (e.g. a
 * version condition), since nothing is locked in between. Work that needs more than one write
 * belongs in runMutation.
 */
export function runSingleStatementMutation<R, T>(
  ctx: Context,
  action: string,
  build: (tx: StatementTx) => Promise<SingleStatement<R, T>>,
  options: MutationOptions = {},
): Promise<T> {
  return attempts(ctx, options, async () => {
    const tx: StatementTx = {
      sql: new ReadOnlySql(ctx.sql),
      viewer: ctx.viewer as Viewer,
      today: ctx.today,
      audit: (event) => ctx.services.audit.insert(auditEntry(ctx, action, event)),
      auditFrom: (event, source, params) => ctx.services.audit.insertFrom(auditEntry(ctx, action, event), source, params),
    };
    const { statement, answer } = await build(tx);
    const rows = await ctx.sql.all<R>(statement.text, statement.values, { prepare: statement.prepare });
    return answer(rows, tx);
  });
}

/**
 * SQL that refuses any statement but a plain read: a SELECT (or VALUES/TABLE), or a WITH whose
 * parts are no INSERT, UPDATE, DELETE or MERGE.
 */
export class ReadOnlySql implements ReadSql {
  constructor(private readonly sql: Sql) {}

  all<T>(text: string, values: unknown[] = [], options?: QueryOptions): Promise<T[]> {
    if (!isPlainRead(text)) return Promise.reject(new Error(`Not a plain read, refused before a single-statement mutation: ${text.slice(0, 60)}`));
    return this.sql.all<T>(text, values, options);
  }

  async maybeOne<T>(text: string, values: unknown[] = [], options?: QueryOptions): Promise<T | null> {
    return (await this.all<T>(text, values, options))[0] ?? null;
  }

  async one<T>(text: string, values: unknown[] = [], options?: QueryOptions): Promise<T> {
    const row = await this.maybeOne<T>(text, values, options);
    if (!row) throw new Error('Expected one row, got none');
    return row;
  }
}

const WRITE_IN_CTE = /\bas\s+(?:not\s+)?(?:materialized\s+)?\(\s*(?:insert|update|delete|merge)\b/i;

export function isPlainRead(text: string): boolean {
  const m = /^\s*(select|values|table|with)\b/i.exec(text);
  return !!m && !(m[1].toLowerCase() === 'with' && WRITE_IN_CTE.test(text));
}

function auditEntry(ctx: Context, action: string, event: AuditEvent): AuditEntry {
  return { ...event, action, actorId: ctx.viewer?.id ?? null };
}

/**
 * Runs a mutation's attempt: refused when anonymous (unless allowed), again when PostgreSQL
 * aborted it for a deadlock or serialization failure, and a unique violation as CONFLICT.
 */
async function attempts<T>(ctx: Context, options: MutationOptions, attempt: () => Promise<T>): Promise<T> {
  if (!ctx.viewer && !options.allowAnonymous) throw unauthenticated();
  for (let n = 1; ; n++) {
    try {
      return await withConflicts(attempt);
    } catch (err) {
      // PostgreSQL aborted the transaction to break a lock cycle (or a serialization failure):
      // nothing of it was committed, so running it again from the start is safe and what a user
      // would do by hand. A few attempts with a short random pause, then the error stands.
      if (n < MAX_ATTEMPTS && isTransient(err)) {
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * n));
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

async function withConflicts<T>(attempt: () => Promise<T>): Promise<T> {
  try {
    return await attempt();
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
