import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badInput, fieldError } from './errors';
import { DEFAULT_PAGE_SIZE, pageSizeProblem } from './page-size';
import type { Sql } from './sql';

@ObjectType({ simpleResolvers: true })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** One page of a list; `totalCount` is a lazy getter, so the count runs only when selected. */
export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
  readonly totalCount: Promise<number>;
}

/** Declares the `XConnection` type of the contract for a node type. */
export function ConnectionType<T extends object>(name: string, node: ClassType<T>) {
  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class Connection {
    @Field(() => [node])
    nodes!: T[];

    @Field(() => Int, { description: 'The number of records matching the filter, across all pages.' })
    totalCount!: number;

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return Connection;
}

export { MAX_PAGE_SIZE } from './page-size';

/** Builds `$n` placeholders while collecting their values in order. */
export class Params {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

export interface SortKey {
  /** SQL expression, evaluated per row. */
  expr: string;
  /** Type the cursor value is cast to, e.g. 'int', 'date', 'text'. */
  type: string;
  /**
   * True when a filter makes `expr` the same for every row (e.g. the overdue rank of a list
   * filtered to overdue items): it is left out of ORDER BY, so an index can deliver the rows
   * in order instead of a sort of every matching row, and its cursor comparison is written so
   * the planner can fold it away. Cursors keep the key, so they stay the same.
   */
  constant?: boolean;
}

export interface PageQuery {
  /** Columns of the node, e.g. `a.id, a.title`. */
  columns: string;
  /** `from ... join ...` */
  from: string;
  where: string[];
  params: Params;
  /** Keyset order; the last key must be unique (the id). */
  keys: SortKey[];
  direction: 'asc' | 'desc';
  /**
   * More select-list items for the page statement only (not the count), e.g. related records
   * as JSON; parameters they add are the page statement's.
   */
  extraColumns?: (params: Params) => string;
}

export function validatePageSize(first: number | null | undefined): number {
  const n = first ?? DEFAULT_PAGE_SIZE;
  const problem = pageSizeProblem(n);
  if (problem) throw badInput({ first: problem });
  return n;
}

function isCalendarDay(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

/** Whether a cursor value can be cast to its key's SQL type (a failed cast would be a server error; null would match nothing). */
function fitsKey(value: unknown, type: string): boolean {
  switch (type) {
    case 'int':
      return Number.isInteger(value) && Math.abs(value as number) <= 2_147_483_647;
    case 'bigint':
      return (typeof value === 'string' && /^-?\d{1,18}$/.test(value)) || Number.isSafeInteger(value);
    case 'date':
      // Any calendar date, the far-future sentinels of coalesced keys included.
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && isCalendarDay(value);
    case 'text':
      return typeof value === 'string';
    default:
      return false;
  }
}

function decodeCursor(after: string, keys: SortKey[]): unknown[] {
  try {
    const values = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === keys.length && values.every((v, i) => fitsKey(v, keys[i].type))) return values;
  } catch {
    // fall through
  }
  throw badInput({ after: fieldError('INVALID', 'is not a cursor this list produced') });
}

function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/**
 * The rows after a cursor: (keys) > (values), or < when descending. Leading constant keys are
 * compared on their own (`c > v or (c = v and (rest) > (values))`, the same order), so the
 * planner folds them with the parameter values and the rest can bound an index scan.
 */
function afterCursor(q: PageQuery, values: unknown[]): string {
  const op = q.direction === 'asc' ? '>' : '<';
  const value = (i: number) => `${q.params.add(values[i])}::${q.keys[i].type}`;
  const compare = (from: number): string => {
    const key = q.keys[from];
    if (key.constant && from < q.keys.length - 1) {
      const v = value(from);
      return `(${key.expr} ${op} ${v} or (${key.expr} = ${v} and ${compare(from + 1)}))`;
    }
    const rest = q.keys.slice(from);
    return `(${rest.map((k) => k.expr).join(', ')}) ${op} (${rest.map((_, i) => value(from + i)).join(', ')})`;
  };
  return compare(0);
}

/** The list's order: its keys but the constant ones. */
function orderBy(q: PageQuery): string {
  return q.keys
    .filter((k) => !k.constant)
    .map((k) => `${k.expr} ${q.direction}`)
    .join(', ');
}

/**
 * Every row of a list, in the order its pages give them, with other columns (`columns` may
 * add parameters): the statement exports stream through a cursor. Same FROM, scope and
 * filters as the pages, so an export holds exactly the rows of the list's pages.
 */
export function listStatement(q: PageQuery, columns: (params: Params) => string): { text: string; values: unknown[] } {
  const cols = columns(q.params);
  const whereSql = q.where.length ? `where ${q.where.join(' and ')}` : '';
  return { text: `select ${cols} ${q.from} ${whereSql} order by ${orderBy(q)}`, values: q.params.values };
}

/**
 * Keyset pagination: one statement for the page (fetching one row more than asked to
 * know whether another page follows) and, only when `totalCount` is selected, one count.
 */
export async function paginate<T extends object>(
  sql: Sql,
  q: PageQuery,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Page<T>> {
  const limit = validatePageSize(first);
  const where = [...q.where];
  const countParams = [...q.params.values];
  const countWhere = [...where];
  if (after) where.push(afterCursor(q, decodeCursor(after, q.keys)));
  const whereSql = where.length ? `where ${where.join(' and ')}` : '';
  const order = orderBy(q);
  const keyCols = q.keys.map((k, i) => `${k.expr} as "_k${i}"`).join(', ');
  const extraCols = q.extraColumns ? `, ${q.extraColumns(q.params)}` : '';
  const rows = await sql.all<T & Record<string, unknown>>(
    `select ${q.columns}, ${keyCols}${extraCols} ${q.from} ${whereSql} order by ${order} limit ${limit + 1}`,
    q.params.values,
    { prepare: true },
  );
  const hasNextPage = rows.length > limit;
  const nodes = hasNextPage ? rows.slice(0, limit) : rows;
  const last = nodes[nodes.length - 1];
  const endCursor = last ? encodeCursor(q.keys.map((_, i) => last[`_k${i}`])) : null;
  let count: Promise<number> | null = null;
  return {
    nodes,
    pageInfo: { hasNextPage, endCursor },
    get totalCount() {
      // Counting over the key expressions keeps every placeholder of the page query referenced.
      const keyList = q.keys.map((k) => k.expr).join(', ');
      const countSql = `select count(*)::int as n from (select ${keyList} ${q.from} ${countWhere.length ? `where ${countWhere.join(' and ')}` : ''}) k`;
      return (count ??= sql.one<{ n: number }>(countSql, countParams, { prepare: true }).then((r) => r.n));
    },
  };
}
