import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Context, Viewer } from './context';
import { conflict, unauthenticated } from './errors';
import { Sql } from './sql';

export type Changes = Record<string, { before: unknown; after: unknown }>;

/** What a service sees inside a mutation: the transaction's EntityManager and SQL, and the audit log. */
export interface Tx {
  em: EntityManager;
  sql: Sql;
  viewer: Viewer;
  today: string;
  ctx: Context;
  /** Records the mutation in the audit trail, in the same transaction. */
  audit(event: { entityType: string; entityId: string | number; provinceCode: string | null; changes?: Changes | null }): Promise<void>;
}

/**
 * Runs one mutation in one transaction: either everything it did is committed together
 * with its audit events, or (on any refusal or failure) nothing is.
 */
export async function runMutation<T>(
  ctx: Context,
  action: string,
  work: (tx: Tx) => Promise<T>,
  options: { allowAnonymous?: boolean } = {},
): Promise<T> {
  const viewer = ctx.viewer;
  if (!viewer && !options.allowAnonymous) throw unauthenticated();
  try {
    return await ctx.em.transactional(async (em) => {
      const sql = new Sql(em as EntityManager);
      const tx: Tx = {
        em: em as EntityManager,
        sql,
        viewer: viewer as Viewer,
        today: ctx.today,
        ctx,
        async audit(event) {
          await sql.run(
            `insert into audit_event (at, actor_id, action, entity_type, entity_id, province_code, changes)
             values (now(), $1, $2, $3, $4, $5, $6)`,
            [
              viewer?.id ?? null,
              action,
              event.entityType,
              String(event.entityId),
              event.provinceCode,
              event.changes && Object.keys(event.changes).length ? JSON.stringify(event.changes) : null,
            ],
          );
        },
      };
      return work(tx);
    });
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
