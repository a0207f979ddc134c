import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Knex } from '@mikro-orm/knex';

/** Per-request statement counter, read by tests and benchmarks (SQL_STATS=true). */
export const statementCounter = new AsyncLocalStorage<{ count: number }>();

export function countStatement() {
  const store = statementCounter.getStore();
  if (store) store.count += 1;
}

interface PgClientLike {
  query(config: { text: string; values?: unknown[]; name?: string }): Promise<{ rows: unknown[]; rowCount: number | null }>;
}

/**
 * Plain SQL through MikroORM's connection pool, with native `$1` parameters. Used for
 * read paths (rows, not hydrated entities) and aggregates. Inside `em.transactional`
 * it runs on the transaction's connection, so a request never needs a second one.
 */
export class Sql {
  constructor(readonly em: EntityManager) {}

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

  async all<T>(text: string, values: unknown[] = []): Promise<T[]> {
    return (await this.query<T>(text, values)).rows;
  }

  async maybeOne<T>(text: string, values: unknown[] = []): Promise<T | null> {
    const rows = await this.all<T>(text, values);
    return rows[0] ?? null;
  }

  async one<T>(text: string, values: unknown[] = []): Promise<T> {
    const row = await this.maybeOne<T>(text, values);
    if (!row) throw new Error('Expected one row, got none');
    return row;
  }

  /** Runs a statement and returns the number of rows it affected. */
  async run(text: string, values: unknown[] = []): Promise<number> {
    return (await this.query(text, values)).rowCount;
  }
}

/** Escapes LIKE wildcards so user text matches literally. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
