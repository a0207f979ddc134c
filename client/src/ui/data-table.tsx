import type { ReactNode } from 'react';
import { TableWrap } from './table-wrap';
import { Empty, QueryView } from './states';
import { Pager, type CursorPager, type PagedConnection } from './pager';

/** One column of a `DataTable`: its heading and how a row fills its cell. */
export interface Column<T> {
  /** The heading. A string is also the label a phone card shows before the value. */
  header: ReactNode;
  /** The phone card's label when `header` is not plain text. */
  label?: string;
  /** Heard by screen readers only (a column of buttons, say). */
  hideHeader?: boolean;
  /** On the heading and every cell (`num` for figures). */
  className?: string;
  /** On the cells only. */
  cellClassName?: string;
  /** The cell names its row: a `<th scope="row">`. */
  rowHeader?: boolean;
  /** `aria-sort` of a sortable column. */
  sort?: 'ascending' | 'descending' | 'none';
  cell: (row: T, index: number) => ReactNode;
}

/** A column list may hold `false` for a column the viewer does not get. */
export type Columns<T> = readonly (Column<T> | false | null | undefined)[];

export interface DataTableProps<T> {
  /** Names the table (and its scroll region on a narrow screen). */
  caption: string;
  /** Show the caption; by default only screen readers hear it. */
  showCaption?: boolean;
  rows: readonly T[];
  columns: Columns<T>;
  rowKey: (row: T, index: number) => string;
  rowClassName?: (row: T) => string | undefined;
  /** On a phone, each row becomes a card whose cells are labelled with their column. */
  cards?: boolean;
  /** The table's class; `data-table` unless given. */
  className?: string;
  /** Shown instead of the table when there are no rows. */
  empty?: ReactNode;
}

const joinClasses = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ') || undefined;

/**
 * A table of records: caption, column headings, one row each, inside `TableWrap` (a labelled
 * scroll region with a "scroll sideways" hint when it does not fit). With `cards`, a phone
 * shows each row as a card whose cells carry their column's label.
 */
export function DataTable<T>({ caption, showCaption, rows, columns, rowKey, rowClassName, cards, className = 'data-table', empty }: DataTableProps<T>) {
  if (rows.length === 0 && empty !== undefined) return <Empty>{empty}</Empty>;
  const cols = columns.filter((c): c is Column<T> => !!c);
  return (
    <TableWrap>
      <table className={joinClasses(className, cards && 'stack-on-phone')}>
        <caption className={showCaption ? undefined : 'visually-hidden'}>{caption}</caption>
        <thead>
          <tr>
            {cols.map((c, i) => (
              <th key={i} scope="col" className={c.className} aria-sort={c.sort}>
                {c.hideHeader ? <span className="visually-hidden">{c.header}</span> : c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={rowKey(row, r)} className={rowClassName?.(row)}>
              {cols.map((c, i) => {
                const cellClass = joinClasses(c.className, c.cellClassName);
                if (c.rowHeader)
                  return (
                    <th key={i} scope="row" className={cellClass}>
                      {c.cell(row, r)}
                    </th>
                  );
                const label = cards ? (c.label ?? (typeof c.header === 'string' ? c.header : undefined)) : undefined;
                return (
                  <td key={i} className={cellClass} data-label={label}>
                    {c.cell(row, r)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** What `useQuery` answers, as much of it as a table needs. */
export interface QueryState<D> {
  data: D | undefined | null;
  error?: unknown;
  loading: boolean;
  refetch: () => unknown;
}

/**
 * One page of a list query as a table: the loading and error states (with retry), the empty
 * text, the table, and the pager under it.
 */
export function PagedTable<D, T>({
  query,
  connection,
  pager,
  pageSize,
  empty,
  ...table
}: Omit<DataTableProps<T>, 'rows' | 'empty'> & {
  query: QueryState<D>;
  /** The list in the query's answer. */
  connection: (data: D) => PagedConnection & { nodes: readonly T[] };
  pager: CursorPager;
  pageSize: number;
  empty: ReactNode;
}) {
  return (
    <QueryView data={query.data} error={query.error} loading={query.loading} retry={() => void query.refetch()}>
      {(d) => {
        const list = connection(d);
        if (list.nodes.length === 0) return <Empty>{empty}</Empty>;
        return (
          <>
            <DataTable {...table} rows={list.nodes} />
            <Pager pager={pager} pageSize={pageSize} connection={list} />
          </>
        );
      }}
    </QueryView>
  );
}
