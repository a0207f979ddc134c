import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../common/context';
import { isIsoDate } from '../../common/dates';
import { ActionStatus, AgencyLevel, Priority, Sector } from '../../common/enums';
import { enumFromCell, enumLabel, type EnumName, type Lang } from '../../common/enum-labels';
import { AppError, notFound } from '../../common/errors';
import { runMutation, type Changes } from '../../common/mutation';
import { Sql } from '../../common/sql';
import type { FieldError } from '../../common/field-error';
import { trimText, unacceptableText } from '../../common/text';
import { getActionItem, createActionItem, updateActionItem } from '../action-item/action-item.service';
import { createAgency, updateAgency } from '../agency/agency.service';
import { authorize, requireViewer } from '../auth/policy';
import { canImport } from './import.policy';
import type { Table } from './import.parse';

export interface RowProblem {
  /** The row as a spreadsheet numbers it (the header is row 1). */
  row: number;
  /** The header's name in the file ('' when the problem is not one column's). */
  column: string;
  code: string;
  message: string;
}

export interface ImportResult {
  dryRun: boolean;
  rows: number;
  created: number;
  changed: number;
}

type CellType = 'text' | 'id' | 'int' | 'date' | 'bool' | { enum: EnumName };

interface ImportColumn {
  key: string;
  type: CellType;
  /** Must be filled in a row that creates a record. */
  requiredOnCreate?: boolean;
  /** Must be filled in a row that changes a record. */
  requiredOnUpdate?: boolean;
}

interface ImportDataset {
  name: string;
  columns: ImportColumn[];
  /** The mutation a row makes; `values` holds the filled cells, parsed. Returns whether it created a record. */
  apply(ctx: Context, values: Record<string, unknown>): Promise<'created' | 'changed'>;
  /** The column a refusal of the whole row is reported against. */
  refusalColumn: (values: Record<string, unknown>) => string;
}

const str = (v: unknown) => (v === undefined ? undefined : (v as string));

const agencies: ImportDataset = {
  name: 'agencies',
  columns: [
    { key: 'id', type: 'id' },
    { key: 'name', type: 'text', requiredOnCreate: true },
    { key: 'acronym', type: 'text' },
    { key: 'sector', type: { enum: 'Sector' }, requiredOnCreate: true },
    { key: 'level', type: { enum: 'AgencyLevel' }, requiredOnCreate: true },
    { key: 'provinceCode', type: 'text' },
    { key: 'regencyCode', type: 'text' },
    { key: 'active', type: 'bool' },
  ],
  async apply(ctx, v) {
    if (v.id === undefined) {
      await createAgency(ctx, {
        name: v.name as string,
        acronym: str(v.acronym) ?? null,
        sector: v.sector as Sector,
        level: v.level as AgencyLevel,
        provinceCode: str(v.provinceCode) ?? null,
        regencyCode: str(v.regencyCode) ?? null,
      });
      return 'created';
    }
    // updateAgency changes name, acronym, sector and active; an empty cell leaves the value as it is.
    await updateAgency(ctx, String(v.id), {
      name: str(v.name),
      acronym: str(v.acronym),
      sector: v.sector as Sector | undefined,
      active: v.active as boolean | undefined,
    });
    return 'changed';
  },
  refusalColumn: (v) => (v.id === undefined ? 'provinceCode' : 'id'),
};

const actionItems: ImportDataset = {
  name: 'action-items',
  columns: [
    { key: 'id', type: 'id' },
    { key: 'version', type: 'int', requiredOnUpdate: true },
    { key: 'title', type: 'text', requiredOnCreate: true },
    { key: 'description', type: 'text' },
    { key: 'agencyId', type: 'id', requiredOnCreate: true },
    { key: 'provinceCode', type: 'text' },
    { key: 'commitmentId', type: 'id' },
    { key: 'meetingId', type: 'id' },
    { key: 'priority', type: { enum: 'Priority' } },
    { key: 'status', type: { enum: 'ActionStatus' } },
    { key: 'openedOn', type: 'date' },
    { key: 'dueOn', type: 'date', requiredOnCreate: true },
    { key: 'completedOn', type: 'date' },
    { key: 'note', type: 'text' },
  ],
  async apply(ctx, v) {
    if (v.id === undefined) {
      await createActionItem(ctx, {
        title: v.title as string,
        description: str(v.description) ?? null,
        agencyId: v.agencyId as string,
        provinceCode: str(v.provinceCode) ?? null,
        commitmentId: str(v.commitmentId) ?? null,
        meetingId: str(v.meetingId) ?? null,
        priority: (v.priority as Priority) ?? Priority.MEDIUM,
        openedOn: str(v.openedOn) ?? null,
        dueOn: v.dueOn as string,
      });
      return 'created';
    }
    // A row carries the whole record, as exported; only the cells that differ from the stored
    // item are changes (so a member may send back a row whose title they did not touch).
    const before = await getActionItem(ctx, String(v.id));
    const changed = <K extends keyof typeof before>(key: K) => (v[key] !== undefined && v[key] !== before[key] ? v[key] : undefined);
    await updateActionItem(ctx, String(v.id), {
      version: v.version as number,
      title: changed('title') as string | undefined,
      description: changed('description') as string | undefined,
      priority: changed('priority') as Priority | undefined,
      status: changed('status') as ActionStatus | undefined,
      dueOn: changed('dueOn') as string | undefined,
      completedOn: changed('completedOn') as string | undefined,
      note: str(v.note),
    });
    return 'changed';
  },
  refusalColumn: (v) => (v.id === undefined ? 'agencyId' : 'id'),
};

export const IMPORT_DATASETS: Record<string, ImportDataset> = { agencies, 'action-items': actionItems };

/** The template's header: the columns' identifiers (also accepted: their labels as exports write them). */
export function templateHeader(dataset: string): string[] {
  const def = IMPORT_DATASETS[dataset];
  if (!def) throw notFound('Import', dataset);
  return def.columns.map((c) => c.key);
}

// ---------------------------------------------------------------------------- messages

const MESSAGES: Record<string, [string, string]> = {
  REQUIRED: ['wajib diisi', 'is required'],
  INVALID_TEXT: ['berisi karakter NUL atau surrogate UTF-16 tanpa pasangan', 'contains NUL characters or unpaired UTF-16 surrogates'],
  INVALID_ID: ['harus berupa ID (bilangan bulat positif)', 'must be an id (a positive whole number)'],
  INVALID_NUMBER: ['harus berupa bilangan bulat', 'must be a whole number'],
  INVALID_DATE: ['harus berupa tanggal YYYY-MM-DD', 'must be a date YYYY-MM-DD'],
  INVALID_BOOLEAN: ['harus ya/tidak (true/false)', 'must be yes/no (true/false)'],
  INVALID_ENUM: ['bukan nilai yang dikenal; gunakan salah satu: {values}', 'is not a known value; use one of: {values}'],
  UNKNOWN_COLUMN: ['bukan kolom yang dikenal untuk impor ini', 'is not a column of this import'],
  DUPLICATE_COLUMN: ['muncul lebih dari sekali', 'appears more than once'],
  FORBIDDEN: ['Anda tidak boleh melakukan perubahan ini', 'You are not allowed to make this change'],
  NOT_FOUND: ['data dengan ID ini tidak ditemukan', 'no record with this id was found'],
  CONFLICT: ['data ini telah diubah orang lain (versi kedaluwarsa); unduh ulang lalu ulangi perubahan', 'someone else changed this record (stale version); download it again and redo the change'],
  BAD_USER_INPUT: ['isian tidak valid', 'invalid value'],
};

/** A mutation's field error in Bahasa Indonesia, from its code (the API's message is English). */
function fieldMessageId(field: string, e: FieldError): string {
  switch (e.code) {
    case 'REQUIRED':
      return e.when ? 'wajib diisi untuk data ini' : 'tidak boleh kosong';
    case 'TOO_LONG':
      return `paling banyak ${e.max} karakter`;
    case 'NOT_FOUND':
      if (field === 'provinceCode') return 'bukan kode provinsi yang dikenal';
      if (field === 'regencyCode') return 'bukan kode kabupaten/kota yang dikenal';
      return 'menunjuk data yang tidak ada';
    case 'OTHER_PROVINCE':
      return field === 'regencyCode' ? 'bukan kabupaten/kota di provinsi tersebut' : 'berasal dari provinsi lain';
    case 'DATE_ORDER':
      return e.after ? `tidak boleh sebelum ${e.after}` : e.message;
    case 'FUTURE_DATE':
      return 'tidak boleh di masa depan';
    case 'NOT_APPLICABLE':
      if (e.when === 'STATUS_DONE') return 'hanya boleh diisi bila status Selesai';
      if (e.when === 'NATIONAL_AGENCY') return 'harus kosong untuk lembaga nasional';
      return e.message;
    default:
      return e.message;
  }
}

function message(code: string, lang: Lang, vars: Record<string, string> = {}): string {
  const pair = MESSAGES[code] ?? MESSAGES.BAD_USER_INPUT;
  return pair[lang === 'en' ? 1 : 0].replace(/\{(\w+)\}/g, (_, k) => vars[k] ?? '');
}

function fieldMessage(field: string, e: FieldError, lang: Lang): string {
  return lang === 'en' ? e.message : fieldMessageId(field, e);
}

// ---------------------------------------------------------------------------- cells

function parseCell(type: CellType, raw: string): { value?: unknown; code?: string; vars?: Record<string, string> } {
  if (unacceptableText(raw)) return { code: 'INVALID_TEXT' };
  if (type === 'text') return { value: raw };
  if (type === 'id') return /^\d{1,10}$/.test(raw) && Number(raw) > 0 ? { value: raw } : { code: 'INVALID_ID' };
  if (type === 'int') return /^\d{1,9}$/.test(raw) ? { value: Number(raw) } : { code: 'INVALID_NUMBER' };
  if (type === 'date') return isIsoDate(raw) ? { value: raw } : { code: 'INVALID_DATE' };
  if (type === 'bool') {
    const v = raw.toLowerCase();
    if (['true', 'ya', 'yes', '1'].includes(v)) return { value: true };
    if (['false', 'tidak', 'no', '0'].includes(v)) return { value: false };
    return { code: 'INVALID_BOOLEAN' };
  }
  const value = enumFromCell(type.enum, raw);
  return value ? { value } : { code: 'INVALID_ENUM', vars: { values: '' } };
}

function enumValuesText(name: EnumName, lang: Lang): string {
  const values = ENUM_VALUES[name] ?? [];
  return values.map((v) => `${v} (${enumLabel(name, v, lang)})`).join(', ');
}

const ENUM_VALUES: Partial<Record<EnumName, string[]>> = {
  Sector: Object.values(Sector),
  AgencyLevel: Object.values(AgencyLevel),
  Priority: Object.values(Priority),
  ActionStatus: Object.values(ActionStatus),
};

// ---------------------------------------------------------------------------- running

/** Thrown to roll the import's transaction back (a dry run, or any refused row). */
class RollBack extends Error {}

/** The same request on another transaction (or savepoint): services see its EntityManager and SQL. */
function onTransaction(ctx: Context, em: EntityManager): Context {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(ctx)), ctx) as Context;
  Object.defineProperty(copy, 'em', { value: em });
  Object.defineProperty(copy, 'sql', { value: new Sql(em, ctx.sql.settings) });
  return copy;
}

function headerIndex(def: ImportDataset, table: Table, problems: RowProblem[], lang: Lang): Map<string, number> {
  const index = new Map<string, number>();
  table.header.forEach((name, i) => {
    if (name === '') return;
    const col = def.columns.find((c) => c.key.toLowerCase() === name.toLowerCase());
    if (!col) problems.push({ row: 1, column: name, code: 'UNKNOWN_COLUMN', message: message('UNKNOWN_COLUMN', lang) });
    else if (index.has(col.key)) problems.push({ row: 1, column: name, code: 'DUPLICATE_COLUMN', message: message('DUPLICATE_COLUMN', lang) });
    else index.set(col.key, i);
  });
  return index;
}

/**
 * Imports a file's rows through the mutations themselves (createAgency/updateAgency,
 * createActionItem/updateActionItem), every row in a savepoint of one transaction so that
 * every row is checked, and the whole transaction rolled back when any row was refused or
 * on a dry run: all or nothing. Each mutation writes its own audit event; the import adds one
 * `import` event.
 */
export async function runImport(ctx: Context, dataset: string, table: Table, format: string, dryRun: boolean, lang: Lang): Promise<ImportResult> {
  const viewer = requireViewer(ctx);
  const def = IMPORT_DATASETS[dataset];
  if (!def) throw notFound('Import', dataset);
  authorize(canImport(viewer, 'import', { dataset }), 'Your role cannot import this dataset.');

  const problems: RowProblem[] = [];
  const index = headerIndex(def, table, problems, lang);
  const headerName = (key: string) => {
    const i = index.get(key);
    return i === undefined ? key : table.header[i];
  };
  // Parse every row first: cell problems need no database.
  const parsed: { row: number; values: Record<string, unknown> }[] = [];
  table.rows.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => trimText(c) === '')) return;
    const values: Record<string, unknown> = {};
    let ok = true;
    for (const col of def.columns) {
      const at = index.get(col.key);
      const raw = at === undefined ? '' : trimText(cells[at] ?? '');
      if (raw === '') continue;
      const cell = parseCell(col.type, raw);
      if (cell.code) {
        ok = false;
        const vars: Record<string, string> = typeof col.type === 'object' ? { values: enumValuesText(col.type.enum, lang) } : {};
        problems.push({ row, column: headerName(col.key), code: cell.code, message: message(cell.code, lang, vars) });
      } else values[col.key] = cell.value;
    }
    const creating = values.id === undefined;
    for (const col of def.columns) {
      const required = creating ? col.requiredOnCreate : col.requiredOnUpdate;
      const at = index.get(col.key);
      const raw = at === undefined ? '' : trimText(cells[at] ?? '');
      if (required && raw === '') {
        ok = false;
        problems.push({ row, column: headerName(col.key), code: 'REQUIRED', message: message('REQUIRED', lang) });
      }
    }
    if (ok) parsed.push({ row, values });
  });

  let created = 0;
  let changed = 0;
  try {
    await ctx.em.transactional(async (em) => {
      const txCtx = onTransaction(ctx, em as EntityManager);
      for (const { row, values } of parsed) {
        try {
          // A savepoint per row: a refused row leaves the transaction usable for checking the next.
          const outcome = await txCtx.em.transactional((sp) => def.apply(onTransaction(ctx, sp as EntityManager), values));
          if (outcome === 'created') created += 1;
          else changed += 1;
        } catch (err) {
          if (!(err instanceof AppError)) throw err;
          problems.push(...rowProblems(def, err, row, values, headerName, lang));
        }
      }
      if (problems.length || dryRun) throw new RollBack();
      await runMutation(txCtx, 'import', (tx) =>
        tx.audit({
          entityType: 'Import',
          entityId: dataset,
          provinceCode: viewer.provinceCode ?? viewer.agencyProvinceCode ?? null,
          changes: { format, rows: parsed.length, created, changed } as unknown as Changes,
        }),
      );
    });
  } catch (err) {
    if (!(err instanceof RollBack)) throw err;
  }
  if (problems.length) {
    problems.sort((a, b) => a.row - b.row);
    throw new AppError(
      'BAD_USER_INPUT',
      lang === 'en'
        ? `Nothing was imported: ${problems.length} problem(s) in the file.`
        : `Tidak ada yang diimpor: ${problems.length} masalah dalam berkas.`,
      { errors: problems },
    );
  }
  return { dryRun, rows: parsed.length, created, changed };
}

function rowProblems(
  def: ImportDataset,
  err: AppError,
  row: number,
  values: Record<string, unknown>,
  headerName: (key: string) => string,
  lang: Lang,
): RowProblem[] {
  if (err.code === 'BAD_USER_INPUT') {
    const fieldErrors = (err.extensions.fieldErrors ?? {}) as Record<string, FieldError>;
    const entries = Object.entries(fieldErrors);
    if (!entries.length) return [{ row, column: '', code: err.code, message: lang === 'en' ? err.message : message(err.code, lang) }];
    return entries.map(([field, e]) => ({ row, column: headerName(field), code: err.code, message: fieldMessage(field, e, lang) }));
  }
  const column = err.code === 'CONFLICT' ? 'version' : def.refusalColumn(values);
  const detail = lang === 'en' ? err.message : message(err.code, lang);
  return [{ row, column: headerName(column), code: err.code, message: detail }];
}
