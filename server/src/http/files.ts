import express, { type Request, type Response } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import { RequestContext, type Context, type Services } from '../common/context';
import { todayIn } from '../common/dates';
import { AppError, fieldError } from '../common/errors';
import type { FieldError } from '../common/field-error';
import type { Logger } from '../common/logger';
import type { Sql } from '../common/sql';
import busboy from 'busboy';
import { csvField, type ExportFormat } from '../modules/export/export.writers';
import { prepareExport } from '../modules/export/export.service';
import { prepareNationalReport, prepareProvinceReport, type PreparedReport } from '../modules/report/report.service';
import { MAX_IMPORT_BYTES, parseCsv, parseXlsx, TooLarge, XLSX_TYPE, type ImportFormat } from '../modules/import/import.parse';
import { IMPORT_DATASETS, runImport, templateHeader } from '../modules/import/import.service';
import { excel } from '../common/lazy-modules';

/** An HTTP refusal of the file routes: {"error": {code, message, fields?, errors?}} with its status. */
export class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
};

/** Answers a refusal as JSON, or, when the file has started, cuts the response (never a half file that looks whole). */
export function sendError(res: Response, err: unknown, log: Logger) {
  if (res.headersSent) {
    log.error('A file response failed after it had started:', err);
    res.destroy();
    return;
  }
  res.set('Cache-Control', 'no-store');
  if (err instanceof HttpRefusal) {
    res.status(err.status).json({ error: { code: err.code, message: err.message, ...err.extra } });
    return;
  }
  if (err instanceof TooLarge) {
    res.status(413).json({ error: { code: 'PAYLOAD_TOO_LARGE', message: err.message } });
    return;
  }
  if (err instanceof AppError) {
    const { fields, fieldErrors, errors } = err.extensions as { fields?: string[]; fieldErrors?: Record<string, FieldError>; errors?: unknown[] };
    res.status(STATUS[err.code] ?? 400).json({
      error: { code: err.code, message: err.message, ...(fields ? { fields, fieldErrors } : {}), ...(errors ? { errors } : {}) },
    });
    return;
  }
  log.error('Unexpected error in a file request:', err);
  res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
}

export interface FileDeps {
  orm: MikroORM;
  sql: Sql;
  config: Config;
  services: Services;
  log: Logger;
}

/** A request's context, signed in by the session cookie or a Bearer token, as for /graphql. */
export async function fileContext(deps: FileDeps, req: Request, res: Response): Promise<Context> {
  const { auth } = deps.services;
  const viewer = await auth.viewerFor(deps.sql, auth.tokenOf(req));
  return new RequestContext(deps.orm, deps.sql, viewer, deps.config, todayIn(deps.config.timeZone), deps.services, req, res);
}

/** Splits `name.ext`; null when the extension is not one of `formats`. */
export function splitFile<F extends string>(file: string, formats: readonly F[]): { name: string; format: F } | null {
  const dot = file.lastIndexOf('.');
  if (dot <= 0) return null;
  const format = file.slice(dot + 1) as F;
  return formats.includes(format) ? { name: file.slice(0, dot), format } : null;
}

/** `Content-Disposition` for a download, with an ASCII fallback name. */
export function attachment(res: Response, filename: string, mediaType: string) {
  res.status(200);
  res.set('Content-Type', mediaType);
  res.set('Content-Disposition', `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"`);
  res.set('Cache-Control', 'no-store');
  res.set('X-Content-Type-Options', 'nosniff');
}

/**
 * The file routes beside /graphql (api/exports.md): exports, reports and imports, with the
 * API's sign-in, access rules, suppression and audit trail.
 */
export function fileRoutes(deps: FileDeps): express.Router {
  const router = express.Router();

  router.get('/export/:file', async (req, res) => {
    try {
      const ctx = await fileContext(deps, req, res);
      const file = splitFile(String(req.params.file), ['csv', 'xlsx'] as const);
      if (!ctx.viewer) throw new AppError('UNAUTHENTICATED', 'You must be signed in to do this.');
      if (!file) throw new HttpRefusal(404, 'NOT_FOUND', 'No such export: use /export/{dataset}.csv or .xlsx.');
      const prepared = prepareExport(ctx, file.name, file.format as ExportFormat, req.query as Record<string, unknown>);
      await prepared.write(res, () => attachment(res, prepared.filename, prepared.mediaType));
    } catch (err) {
      sendError(res, err, deps.log);
    }
  });

  const report = (prepare: (ctx: Context, req: Request) => PreparedReport) => async (req: Request, res: Response) => {
    try {
      const ctx = await fileContext(deps, req, res);
      if (!ctx.viewer) throw new AppError('UNAUTHENTICATED', 'You must be signed in to do this.');
      const prepared = prepare(ctx, req);
      await prepared.write(res, () => attachment(res, prepared.filename, 'application/pdf'));
    } catch (err) {
      sendError(res, err, deps.log);
    }
  };
  router.get(
    '/report/province/:file',
    report((ctx, req) => {
      const file = splitFile(String(req.params.file), ['pdf'] as const);
      if (!file) throw new HttpRefusal(404, 'NOT_FOUND', 'No such report: use /report/province/{code}.pdf.');
      return prepareProvinceReport(ctx, file.name, req.query as Record<string, unknown>);
    }),
  );
  router.get(
    '/report/:file',
    report((ctx, req) => {
      if (req.params.file !== 'national.pdf') throw new HttpRefusal(404, 'NOT_FOUND', 'No such report: use /report/national.pdf.');
      return prepareNationalReport(ctx, req.query as Record<string, unknown>);
    }),
  );

  router.get('/import/:dataset/:file', async (req, res) => {
    try {
      const ctx = await fileContext(deps, req, res);
      if (!ctx.viewer) throw new AppError('UNAUTHENTICATED', 'You must be signed in to do this.');
      const file = splitFile(String(req.params.file), ['csv', 'xlsx'] as const);
      const dataset = String(req.params.dataset);
      if (!file || file.name !== 'template' || !IMPORT_DATASETS[dataset]) throw new HttpRefusal(404, 'NOT_FOUND', 'No such import template.');
      const header = templateHeader(dataset);
      attachment(res, `${dataset}-template.${file.format}`, file.format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE);
      if (file.format === 'csv') {
        res.end('\ufeff' + header.map(csvField).join(',') + '\r\n');
        return;
      }
      const wb = new (excel().stream.xlsx.WorkbookWriter)({ stream: res, useStyles: true });
      const ws = wb.addWorksheet(dataset, { views: [{ state: 'frozen', ySplit: 1 }] });
      ws.columns = header.map((key) => ({ key, width: Math.max(12, key.length + 4) }));
      const row = ws.addRow(header);
      row.font = { bold: true };
      row.commit();
      ws.commit();
      await wb.commit();
    } catch (err) {
      sendError(res, err, deps.log);
    }
  });

  router.post('/import/:dataset', async (req, res) => {
    try {
      const ctx = await fileContext(deps, req, res);
      if (!ctx.viewer) throw new AppError('UNAUTHENTICATED', 'You must be signed in to do this.');
      checkCrossSite(req);
      const dataset = String(req.params.dataset);
      if (!IMPORT_DATASETS[dataset]) throw new HttpRefusal(404, 'NOT_FOUND', `No import for ${dataset}.`);
      const { lang, dryRun } = importOptions(req.query as Record<string, unknown>);
      const upload = await readUpload(req);
      const table = upload.format === 'csv' ? parseCsv(upload.body) : await parseXlsx(upload.body);
      const result = await runImport(ctx, dataset, table, upload.format, dryRun, lang);
      res.set('Cache-Control', 'no-store').status(200).json(result);
    } catch (err) {
      sendError(res, err, deps.log);
    }
  });

  return router;
}

/**
 * Imports change data, so a browser must not be able to send one from another site: a Bearer
 * token, a content type a plain form cannot send (CSV or XLSX), or a custom header (which needs
 * a CORS preflight) is required, as Apollo's CSRF prevention requires for /graphql.
 */
function checkCrossSite(req: Request) {
  if (/^Bearer\s/i.test(req.headers.authorization ?? '')) return;
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  const simple = type === '' || type === 'text/plain' || type === 'multipart/form-data' || type === 'application/x-www-form-urlencoded';
  if (!simple) return;
  if (req.headers['apollo-require-preflight'] || req.headers['x-apollo-operation-name'] || req.headers['x-requested-with']) return;
  throw new HttpRefusal(
    403,
    'FORBIDDEN',
    'This request could be a cross-site request forgery: send the file as text/csv or the XLSX media type, or add the header `Apollo-Require-Preflight: true`.',
  );
}

function importOptions(query: Record<string, unknown>): { lang: 'id' | 'en'; dryRun: boolean } {
  const fieldErrors: Record<string, FieldError> = {};
  for (const k of Object.keys(query)) if (k !== 'lang' && k !== 'dryRun') fieldErrors[k] = fieldError('UNKNOWN_PARAMETER', 'is not a parameter of imports');
  const { lang = 'id', dryRun = 'false' } = query as { lang?: unknown; dryRun?: unknown };
  if (lang !== 'id' && lang !== 'en') fieldErrors.lang = fieldError('INVALID', 'must be id or en');
  if (dryRun !== 'true' && dryRun !== 'false') fieldErrors.dryRun = fieldError('INVALID', 'must be true or false');
  if (Object.keys(fieldErrors).length) throw new AppError('BAD_USER_INPUT', 'Invalid parameters.', { fields: Object.keys(fieldErrors), fieldErrors });
  return { lang: lang as 'id' | 'en', dryRun: dryRun === 'true' };
}

const tooLarge = () => new TooLarge(`The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);

function formatOf(type: string, filename = ''): ImportFormat | null {
  if (type === 'text/csv' || /\.csv$/i.test(filename)) return 'csv';
  if (type === XLSX_TYPE || /\.xlsx$/i.test(filename)) return 'xlsx';
  return null;
}

/** The uploaded file: the body itself (text/csv, XLSX) or a multipart `file` field; 10 MB at most. */
function readUpload(req: Request): Promise<{ format: ImportFormat; body: Buffer }> {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  const badType = () =>
    new AppError('BAD_USER_INPUT', 'Send the file as text/csv, as the XLSX media type, or as multipart/form-data with a `file` field.', {
      fields: ['file'],
      fieldErrors: { file: fieldError('INVALID', 'is missing or of an unknown type') },
    });
  if (Number(req.headers['content-length'] ?? 0) > MAX_IMPORT_BYTES + 64 * 1024) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    if (type === 'multipart/form-data') {
      let bb: busboy.Busboy;
      try {
        bb = busboy({ headers: req.headers, limits: { files: 1, fileSize: MAX_IMPORT_BYTES } });
      } catch {
        reject(badType());
        return;
      }
      let found: Promise<{ format: ImportFormat; body: Buffer }> | null = null;
      bb.on('file', (name, stream, info) => {
        if (name !== 'file' || found) {
          stream.resume();
          return;
        }
        found = new Promise((res2, rej2) => {
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('limit', () => rej2(tooLarge()));
          stream.on('end', () => {
            const format = formatOf(info.mimeType, info.filename);
            if (!format) rej2(badType());
            else res2({ format, body: Buffer.concat(chunks) });
          });
        });
        found.catch(() => {});
      });
      bb.on('error', () => reject(badType()));
      bb.on('close', () => (found ? found.then(resolve, reject) : reject(badType())));
      req.pipe(bb);
      return;
    }
    const format = formatOf(type);
    if (!format) {
      req.resume();
      reject(badType());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_IMPORT_BYTES) {
        req.removeAllListeners('data');
        req.resume();
        reject(tooLarge());
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve({ format, body: Buffer.concat(chunks) }));
    req.on('error', reject);
  });
}
