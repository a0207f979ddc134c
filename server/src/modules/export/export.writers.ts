import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { excel } from '../../common/lazy-modules';
import { enumLabel, type Lang } from '../../common/enum-labels';
import type { ColumnType, ExportColumn } from './export.datasets';

/** A cell the viewer's disclosure control withholds: written empty and marked. */
export const WITHHELD = Symbol('withheld');

export type ExportFormat = 'csv' | 'xlsx';

export const MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const YES_NO: Record<Lang, [string, string]> = { id: ['Ya', 'Tidak'], en: ['Yes', 'No'] };

/** What the header of a column that may hold withheld case figures adds, per language. */
export const WITHHELD_NOTE: Record<Lang, string> = {
  id: 'kosong = disembunyikan (< 5)',
  en: 'empty = withheld (< 5)',
};

/** The column's header in a language; case figures say how a withheld value looks. */
export function headerOf(col: ExportColumn, lang: Lang, csv: boolean): string {
  const label = col.label[lang === 'en' ? 1 : 0];
  return col.withheld && csv ? `${label} [${WITHHELD_NOTE[lang]}]` : label;
}

/** A value as text: enum labels and yes/no in the language, dates as YYYY-MM-DD. */
export function textOf(type: ColumnType, value: unknown, lang: Lang, col?: ExportColumn): string {
  if (value === null || value === undefined || value === WITHHELD) return '';
  switch (type) {
    case 'bool':
      return YES_NO[lang][value ? 0 : 1];
    case 'enum':
      return enumLabel(col!.enumName!, String(value), lang);
    case 'enumList':
      return (value as string[]).map((v) => enumLabel(col!.enumName!, v, lang)).join('; ');
    default:
      return String(value);
  }
}

/**
 * A text cell a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first)
 * gets a leading apostrophe, so opening an export never runs what someone typed into the hub.
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface Description {
  title: string;
  rows: [string, string][];
}

/** Writes an export's rows to a stream, waiting for the stream to drain (memory stays flat). */
export interface TableWriter {
  row(values: unknown[]): Promise<void>;
  end(description: Description): Promise<void>;
}

/**
 * Writes to a response and waits for it to drain when a write is refused. One `drain` listener
 * for the writer's life: the `compression` middleware forwards a response's `on('drain')` to
 * its zlib stream but not `removeListener`, so a listener per wait (`once`) would stay on that
 * stream and pile up (thousands on a large export, each called on every drain).
 */
function responseWriter(out: Writable) {
  let waiting: ((err?: Error) => void) | null = null;
  let closed = false;
  const wake = (err?: Error) => {
    const w = waiting;
    waiting = null;
    w?.(err);
  };
  out.on('drain', () => wake());
  out.once('close', () => {
    closed = true;
    wake(new Error('The client went away during the export.'));
  });
  return {
    write(chunk: string): Promise<void> {
      if (out.write(chunk)) return Promise.resolve();
      if (closed) return Promise.reject(new Error('The client went away during the export.'));
      return new Promise((resolve, reject) => {
        waiting = (err) => (err ? reject(err) : resolve());
      });
    },
    /** Ends the response and waits until it is sent (or the client is gone). `end(callback)`
     * is not used: `compression`'s `end` takes its first argument for a chunk. */
    end(): Promise<void> {
      return new Promise((resolve) => {
        if (closed || out.writableFinished) return resolve();
        out.once('finish', () => resolve());
        out.once('close', () => resolve());
        out.end();
      });
    },
  };
}

const isText = (t: ColumnType) => t === 'text';

/** UTF-8 with a byte-order mark, comma-separated, CRLF line ends (RFC 4180). */
export function csvWriter(out: Writable, columns: ExportColumn[], lang: Lang): TableWriter {
  const res = responseWriter(out);
  const header = '\ufeff' + columns.map((c) => csvField(neutralise(headerOf(c, lang, true)))).join(',') + '\r\n';
  let started = false;
  const ensureHeader = () => {
    if (started) return Promise.resolve();
    started = true;
    return res.write(header);
  };
  return {
    async row(values) {
      await ensureHeader();
      const line = values
        .map((v, i) => {
          const text = textOf(columns[i].type, v, lang, columns[i]);
          return csvField(isText(columns[i].type) ? neutralise(text) : text);
        })
        .join(',');
      await res.write(line + '\r\n');
    },
    async end() {
      await ensureHeader();
      await res.end();
    },
  };
}

/** A YYYY-MM-DD day as a spreadsheet date (UTC midnight, so no time zone shifts the day). */
function dateCell(value: string): Date {
  return new Date(`${value.slice(0, 10)}T00:00:00Z`);
}

const WITHHELD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'lightGray', fgColor: { argb: 'FFBFBFBF' } };

/**
 * exceljs's streaming writer: each row is committed (written to the zip stream) as it comes.
 * The data sheet has a bold frozen header with filter buttons, column widths and date cells;
 * the second sheet describes the export.
 */
export function xlsxWriter(out: Writable, columns: ExportColumn[], lang: Lang, sheetName: string): TableWriter {
  const wb = new (excel().stream.xlsx.WorkbookWriter)({ stream: out, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({
    key: c.key,
    width: c.width ?? 16,
    style: c.type === 'date' ? { numFmt: 'yyyy-mm-dd' } : undefined,
  }));
  const header = ws.addRow(columns.map((c) => headerOf(c, lang, false)));
  header.font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  header.commit();
  let rows = 0;
  return {
    async row(values) {
      const cells = values.map((v, i) => {
        const col = columns[i];
        if (v === null || v === undefined || v === WITHHELD) return null;
        if (col.type === 'date') return dateCell(String(v));
        if (col.type === 'int' || col.type === 'number') return Number(v);
        return textOf(col.type, v, lang, col);
      });
      const row = ws.addRow(cells);
      values.forEach((v, i) => {
        if (v === WITHHELD) {
          const cell = row.getCell(i + 1);
          cell.fill = WITHHELD_FILL;
        }
      });
      row.commit();
      // Let the zip stream drain every so often instead of queuing the whole sheet.
      if (++rows % 500 === 0 && out.writableNeedDrain) await new Promise((r) => out.once('drain', r));
    },
    async end(description) {
      ws.commit();
      const info = wb.addWorksheet(description.title.slice(0, 31));
      info.columns = [
        { key: 'k', width: 28 },
        { key: 'v', width: 90 },
      ];
      for (const [k, v] of description.rows) {
        const r = info.addRow([k, v]);
        r.getCell(1).font = { bold: true };
        r.commit();
      }
      info.commit();
      await wb.commit();
    },
  };
}
