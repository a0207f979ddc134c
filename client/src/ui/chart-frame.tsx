import { useId, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { DataTable } from './data-table';

export interface TableAlternative {
  caption?: string;
  columns: string[];
  rows: ReactNode[][];
}

/**
 * A chart with what it shows: title, units and a data table for screen readers and
 * keyboard users (the drawing itself is hidden from assistive technology).
 */
export function ChartFrame({
  title,
  units,
  description,
  table,
  empty,
  children,
  legend,
}: {
  title: string;
  units: string;
  description?: string;
  table: TableAlternative;
  /** When set, the chart is replaced by this message (no data in the period). */
  empty?: string | null;
  legend?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <figure className="chart" aria-labelledby={`${id}-title`} aria-describedby={`${id}-units`}>
      <figcaption>
        <h3 id={`${id}-title`} className="chart-title">
          {title}
        </h3>
        <p id={`${id}-units`} className="chart-units">
          {units}
          {description ? ` · ${description}` : ''}
        </p>
      </figcaption>
      {empty ? (
        <div className="state state-empty">{empty}</div>
      ) : (
        <>
          <div className="chart-body" aria-hidden="true">
            {children}
          </div>
          {legend}
          <details className="chart-table">
            <summary>{t('chart.showTable')}</summary>
            <DataTable
              caption={table.caption ?? title}
              className=""
              rows={table.rows}
              rowKey={(_row, i) => String(i)}
              columns={table.columns.map((c, j) => ({ header: c, rowHeader: j === 0, cellClassName: j === 0 ? undefined : 'num', cell: (row: ReactNode[]) => row[j] }))}
            />
          </details>
        </>
      )}
    </figure>
  );
}
