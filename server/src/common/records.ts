import { forbidden, notFound } from './errors';
import { parseId } from './ids';
import { Params } from './pagination';
import type { ReadSql } from './sql';

/**
 * Reads one record and the viewer's right to see it in one statement: NOT_FOUND when
 * no such record exists, FORBIDDEN when it exists outside the viewer's scope.
 */
export async function readInScope<T>(
  sql: ReadSql,
  q: {
    entity: string;
    id: string | number;
    columns: string;
    from: string;
    idColumn: string;
    scope: (params: Params) => string | null;
    lock?: boolean;
    /** More select-list items (e.g. related records as JSON), given the id's placeholder. */
    extraColumns?: (params: Params, idParam: string) => string;
  },
): Promise<T> {
  const id = parseId(q.id);
  if (id === null) throw notFound(q.entity, q.id);
  const params = new Params();
  const idParam = params.add(id);
  const scope = q.scope(params) ?? 'true';
  const extra = q.extraColumns ? `, ${q.extraColumns(params, idParam)}` : '';
  const row = await sql.maybeOne<T & { _inScope: boolean }>(
    `select ${q.columns}, (${scope}) as "_inScope"${extra} ${q.from} where ${q.idColumn} = ${idParam}${q.lock ? ' for update' : ''}`,
    params.values,
    { prepare: true },
  );
  if (!row) throw notFound(q.entity, q.id);
  if (!row._inScope) throw forbidden(`You are not allowed to see this ${q.entity.toLowerCase()}.`);
  delete (row as Partial<typeof row>)._inScope;
  return row;
}

/** The parts of a record's read within a viewer's scope: what readInScope and readManyInScope take. */
export interface ScopedRead {
  entity: string;
  columns: string;
  from: string;
  idColumn: string;
  scope: (params: Params) => string | null;
}

/**
 * Records by id within the viewer's scope, in no particular order; those outside it are left
 * out (a loader's batch: a record may point to one its reader may not see). Prepared, as
 * loaders' statements are.
 */
export function readManyInScope<T>(sql: Parameters<typeof readInScope>[0], q: ScopedRead, ids: readonly number[]): Promise<T[]> {
  const params = new Params();
  const idsParam = params.add(ids);
  const scope = q.scope(params);
  return sql.all<T>(`select ${q.columns} ${q.from} where ${q.idColumn} = any(${idsParam}::int[]) ${scope ? `and ${scope}` : ''}`, params.values, {
    prepare: true,
  });
}
