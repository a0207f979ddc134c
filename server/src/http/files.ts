import express, { type Request, type Response } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import { RequestContext, type Context } from '../common/context';
import { todayIn } from '../common/dates';
import { AppError } from '../common/errors';
import type { Logger } from '../common/logger';
import type { Sql } from '../common/sql';
import type { AuthService } from '../modules/auth/auth.service';
import { prepareExport } from '../modules/export/export.service';
import type { ExportFormat } from '../modules/export/export.writers';

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
  if (err instanceof AppError) {
    const { fields, fieldErrors, errors } = err.extensions as { fields?: string[]; fieldErrors?: Record<string, string>; errors?: unknown[] };
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
  auth: AuthService;
  log: Logger;
}

/** A request's context, signed in by the session cookie or a Bearer token, as for /graphql. */
export async function fileContext(deps: FileDeps, req: Request, res: Response): Promise<Context> {
  const viewer = await deps.auth.viewerFor(deps.sql, deps.auth.tokenOf(req));
  return new RequestContext(deps.orm, deps.sql, viewer, deps.config, todayIn(deps.config.timeZone), deps.auth, req, res);
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

  return router;
}
