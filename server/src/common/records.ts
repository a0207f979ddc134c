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

/**
 * Records linked to their owners through a link table, for a loader: e.g. the agencies
 * attending meetings (`meeting_attendee`, owner column `meeting_id`). The link table is
 * `l` in `join` and `orderBy`.
 */
export interface LinkedRead<K extends string> {
  /** The link table, e.g. `meeting_attendee`. */
  link: string;
  /** The link table's column holding the owner's id, e.g. `meeting_id`. */
  ownerColumn: string;
  /** The key each row carries its owner's id under, e.g. `meetingId`. */
  ownerKey: K;
  /** The linked record's select list. */
  columns: string;
  /** The linked table and how it joins the link, e.g. `agency a on a.id = l.agency_id`. */
  join: string;
  orderBy: string;
}

/** A LinkedRead's statement, built once where the read is declared: `$1` is the owners' ids. */
export interface LinkedStatement<K extends string> {
  readonly text: string;
  /** Only carries the owner key's type to readLinked. */
  readonly ownerKey: K;
}

/** The statement of a LinkedRead. */
export function linkedSql<K extends string>(q: LinkedRead<K>): LinkedStatement<K> {
  return {
    ownerKey: q.ownerKey,
    text: `select ${q.columns}, l.${q.ownerColumn} as "${q.ownerKey}"
     from ${q.link} l join ${q.join}
     where l.${q.ownerColumn} = any($1::int[]) order by ${q.orderBy}`,
  };
}

/** The records linked to each of the owners (see LinkedRead), each row with its owner's id; prepared. */
export function readLinked<T, K extends string>(sql: ReadSql, statement: LinkedStatement<K>, ownerIds: readonly number[]): Promise<(T & Record<K, number>)[]> {
  return sql.all<T & Record<K, number>>(statement.text, [ownerIds], { prepare: true });
}
