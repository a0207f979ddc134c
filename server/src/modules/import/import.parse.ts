import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { excel } from '../../common/lazy-modules';
import { AppError, fieldError } from '../../common/errors';

/** At most this many data rows per file (api/exports.md, "Imports"). */
export const MAX_IMPORT_ROWS = 10_000;
/** At most this many bytes per file. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type ImportFormat = 'csv' | 'xlsx';

/**
 * A file's table: its header names as written, and each data row's cells as text ('' for
 * empty); rows[i] is the spreadsheet's row i + 2 (blank rows kept, so numbers match).
 */
export interface Table {
  header: string[];
  rows: string[][];
}

export class TooLarge extends AppError {
  constructor(message: string) {
    super('BAD_USER_INPUT', message);
  }
}

const malformed = (message: string) => new AppError('BAD_USER_INPUT', message, { fields: ['file'], fieldErrors: { file: fieldError('INVALID', message) } });

function checkRows(table: Table): Table {
  if (table.header.every((h) => h === '')) throw malformed('The file has no header row.');
  if (table.rows.length > MAX_IMPORT_ROWS) throw new TooLarge(`The file has ${table.rows.length} rows; at most ${MAX_IMPORT_ROWS} can be imported at once.`);
  return table;
}

/** A CSV file (UTF-8, with or without a byte-order mark, comma- or semicolon-separated). */
export function parseCsv(body: Buffer): Table {
  const text = body.toString('utf8').replace(/^\ufeff/, '');
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = firstLine.split(';').length > firstLine.split(',').length ? ';' : ',';
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, trim: false });
  } catch (err) {
    throw malformed(`The file is not valid CSV: ${(err as Error).message}`);
  }
  const [header = [], ...rows] = records;
  return checkRows({ header: header.map((h) => h.trim()), rows });
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  return String(value);
}

/** The first worksheet of an XLSX file; date cells become YYYY-MM-DD. */
export async function parseXlsx(body: Buffer): Promise<Table> {
  const wb = new (excel().Workbook)();
  try {
    await wb.xlsx.load(body as never);
  } catch {
    throw malformed('The file is not a readable Excel (.xlsx) workbook.');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw malformed('The workbook has no worksheet.');
  if (ws.rowCount > MAX_IMPORT_ROWS + 1) throw new TooLarge(`The file has more than ${MAX_IMPORT_ROWS} rows.`);
  const width = ws.columnCount;
  const rows: string[][] = [];
  let header: string[] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: string[] = [];
    for (let i = 1; i <= width; i++) cells.push(cellText(row.getCell(i).value).trim());
    if (n === 1) header = cells;
    else rows[n - 2] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  // Trailing empty rows are not data.
  while (rows.length && rows[rows.length - 1].every((c) => c === '')) rows.pop();
  return checkRows({ header, rows });
}
