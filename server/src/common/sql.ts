import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Knex } from '@mikro-orm/knex';
import Cursor from 'pg-cursor';

/** Per-request statement counter, read by tests and benchmarks (SQL_STATS=true). */
export const statementCounter = new AsyncLocalStorage<{ count: number }>();

export function countStatement() {
  const store = statementCounter.getStore();
  if (store) store.count += 1;
}

interface PgClientLike {
  query(config: { text: string; values?: unknown[]; name?: string }): Promise<{ rows: unknown[]; rowCount: number | null }>;
}

export interface QueryOptions {
  /**
   * Run as a named prepared statement: each connection parses the text once, and plans it once
   * too when PostgreSQL settles on a generic plan (after five runs, if it costs no more than the
   * custom ones: by-id lookups, not filtered lists). For statements whose text comes from a
   * fixed, small set (loaders, list pages, single records, writes).
   */
  prepare?: boolean;
}

/** Prepared statement names by text, the same on every connection. */
const statementNames = new Map<string, string>();
/** A bound on distinct prepared texts per process (and per connection), whatever builds them. */
const MAX_PREPARED = 2000;

function statementName(text: string): string | undefined {
  let name = statementNames.get(text);
  if (!name && statementNames.size < MAX_PREPARED) {
    name = `hub_${statementNames.size + 1}`;
    statementNames.set(text, name);
  }
  return name;
}

/**
 * Plain SQL through MikroORM's connection pool, with native `$1` parameters. Used for
 * read paths (rows, not hydrated entities) and aggregates. Inside `em.transactional`
 * it runs on the transaction's connection, so a request never needs a second one.
 */
export class Sql {
  /**
   * `settings.prepared`: run the statements asked for `{ prepare: true }` as named prepared
   * statements. Only on a PostgreSQL server: the embedded database serves every connection from
   * one session, where a name prepared by an earlier connection is still taken.
   */
  constructor(
    readonly em: EntityManager,
    readonly settings: { prepared: boolean } = { prepared: false },
  ) {}

  private knexClient(): Knex.Client {
    const trx = this.em.getTransactionContext<Knex.Transaction>();
    return (trx ?? this.em.getKnex()).client;
  }

  async query<T>(text: string, values: unknown[] = [], name?: string): Promise<{ rows: T[]; rowCount: number }> {
    const client = this.knexClient();
    const conn = (await client.acquireConnection()) as PgClientLike;
    try {
      countStatement();
      const res = await conn.query(name ? { text, values, name } : { text, values });
      return { rows: res.rows as T[], rowCount: res.rowCount ?? 0 };
    } finally {
      await client.releaseConnection(conn);
    }
  }

  /**
   * Runs text that may hold several statements with its own BEGIN ... COMMIT (pg-boss's schema
   * work). If it fails midway its transaction is left open and aborted on the connection: that is
   * rolled back before the connection goes back to the pool, where it would fail every later
   * statement with 25P02. Not inside `em.transactional`.
   */
  async script<T>(text: string, values: unknown[] = []): Promise<{ rows: T[]; rowCount: number }> {
    if (this.em.getTransactionContext()) throw new Error('Sql.script runs outside a transaction');
    const client = this.knexClient();
    const conn = (await client.acquireConnection()) as PgClientLike;
    try {
      countStatement();
      const res = await conn.query({ text, values });
      return { rows: res.rows as T[], rowCount: res.rowCount ?? 0 };
    } catch (err) {
      if (/^\s*BEGIN\b/i.test(text)) await conn.query({ text: 'ROLLBACK' }).catch(() => {});
      throw err;
    } finally {
      await client.releaseConnection(conn);
    }
  }

  async all<T>(text: string, values: unknown[] = [], options?: QueryOptions): Promise<T[]> {
    return (await this.query<T>(text, values, this.nameFor(text, options))).rows;
  }

  async maybeOne<T>(text: string, values: unknown[] = [], options?: QueryOptions): Promise<T | null> {
    const rows = await this.all<T>(text, values, options);
    return rows[0] ?? null;
  }

  async one<T>(text: string, values: unknown[] = [], options?: QueryOptions): Promise<T> {
    const row = await this.maybeOne<T>(text, values, options);
    if (!row) throw new Error('Expected one row, got none');
    return row;
  }

  /** Runs a statement and returns the number of rows it affected. */
  async run(text: string, values: unknown[] = [], options?: QueryOptions): Promise<number> {
    return (await this.query(text, values, this.nameFor(text, options))).rowCount;
  }

  /**
   * Runs a query through a server-side cursor (pg-cursor), handing its rows to `onBatch` a
   * batch at a time and reading the next batch only once `onBatch` is done, so memory holds
   * one batch whatever the number of rows. The first batch is read before anything is handed
   * over, so a failing statement fails before the caller has written anything. The pooled
   * connection is held until the last row: with the embedded database's single connection,
   * every other request waits for it meanwhile.
   */
  async cursor<T>(
    text: string,
    values: unknown[],
    batchSize: number,
    onBatch: (rows: T[]) => Promise<void>,
    onStart?: () => void,
  ): Promise<number> {
    const client = this.knexClient();
    const conn = (await client.acquireConnection()) as PgClientLike & { query(c: Cursor): Cursor };
    let cursor: Cursor | null = null;
    let total = 0;
    try {
      countStatement();
      cursor = conn.query(new Cursor(text, values));
      let rows = (await cursor.read(batchSize)) as T[];
      onStart?.();
      while (rows.length) {
        total += rows.length;
        await onBatch(rows);
        if (rows.length < batchSize) break;
        rows = (await cursor.read(batchSize)) as T[];
      }
      return total;
    } finally {
      if (cursor) await cursor.close().catch(() => {});
      await client.releaseConnection(conn);
    }
  }

  private nameFor(text: string, options: QueryOptions | undefined): string | undefined {
    return options?.prepare && this.settings.prepared ? statementName(text) : undefined;
  }
}

/**
 * A select list `expr as "key", ...` from a record's columns by key. Written as an object that
 * `satisfies Record<keyof Model, string>`, it is the one definition of both the statement's
 * columns and the keys of its rows: a field added to or renamed in the model without its column
 * (or the reverse) is a type error.
 */
export function selectList(columns: Record<string, string>): string {
  return Object.entries(columns)
    .map(([key, expr]) => `${expr} as "${key}"`)
    .join(', ');
}

/** Escapes LIKE wildcards so user text matches literally. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
