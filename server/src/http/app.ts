import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import cors from 'cors';
import helmet from 'helmet';
import type { Config } from '../config';
import type { Logger } from '../common/logger';
import { statementCounter } from '../common/sql';
import { markLoneSurrogates } from './arguments';
import { bearerMatches, type HubMetrics } from '../ops/metrics';
import type { Readiness } from '../ops/readiness';
import { MAX_BODY } from './limits';
import { dynamicCompression, precompressedStatic, REVALIDATE, sendPrecompressed, staticCacheHeaders } from './transfer';

/** Browser features the dashboard never uses, switched off for it and anything it might embed. */
const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=()';

/** No part of the hub is for search engines. */
const ROBOTS_TXT = 'User-agent: *\nDisallow: /\n';

/**
 * Paths the dashboard's router answers (it shows its own "not found" page for unknown ones):
 * plain segments without a file extension, outside /assets. Anything else that is not a file
 * is a 404, never the dashboard's HTML.
 */
const APP_ROUTE = /^\/(?!(?:graphql|healthz|readyz|metrics|assets)(?:\/|$))(?:[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_-]+)*)?\/?$/;

export interface AppState {
  /** Started: /healthz answers 200. */
  ready: boolean;
  /** Shutting down: responses ask clients to close their connection. */
  stopping: boolean;
  /** Set once the database and schema are ready; until then /graphql answers 503. */
  graphql: express.RequestHandler | null;
  /** What /readyz asks; null while starting. */
  readiness: Readiness | null;
  metrics: HubMetrics | null;
  /** Requests whose response has not finished yet (a stopping hub waits for them). */
  inFlight: number;
  /** Resolves when the database answers a trivial statement; set once it is up. */
  checkDatabase?: () => Promise<unknown>;
  /** The file routes (exports, reports, imports), set with the GraphQL API. */
  files: express.RequestHandler | null;
}

/** How long /healthz waits for the database before saying it is unavailable. */
export const HEALTH_DB_TIMEOUT_MS = 3000;

/** What a GraphQL request tells the request log (filled in by the GraphQL layer). */
export interface RequestFacts {
  requestId: string;
  operation: string | null;
  outcome: string | null;
  userId: number | null;
  role: string | null;
}

export const factsOf = (res: Response): RequestFacts => res.locals.facts as RequestFacts;

/** A request id from a proxy is kept when it looks like one; otherwise a new one is made. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;
/** Paths probed by load balancers and scrapers, not worth a log line each. */
const QUIET = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * The HTTP surface: /healthz, /graphql and the dashboard, from one Express app. It is
 * created before the database is up so /healthz can say "not yet" (503).
 */
export function createApp(config: Config, state: AppState, log: Logger) {
  const app = express();
  app.disable('x-powered-by');
  if (process.env.TRUST_PROXY) app.set('trust proxy', process.env.TRUST_PROXY);

  // Request id, in-flight count, the request log line and the GraphQL metrics.
  app.use((req: Request, res: Response, next: NextFunction) => {
    const incoming = req.get('x-request-id');
    const facts: RequestFacts = {
      requestId: incoming && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID(),
      operation: null,
      outcome: null,
      userId: null,
      role: null,
    };
    res.locals.facts = facts;
    res.set('X-Request-Id', facts.requestId);
    if (state.stopping) res.set('Connection', 'close');
    const started = process.hrtime.bigint();
    const pathname = req.path; // before a mounted router rewrites it
    state.inFlight += 1;
    res.once('close', () => {
      state.inFlight -= 1;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const graphql = pathname === '/graphql' && req.method !== 'OPTIONS';
      const outcome = facts.outcome ?? (res.statusCode < 400 ? 'OK' : `HTTP_${res.statusCode}`);
      if (graphql) state.metrics?.observe({ operation: facts.operation, outcome, seconds });
      if (QUIET.has(pathname) || (!graphql && res.statusCode < 400)) return;
      log.info('request', {
        requestId: facts.requestId,
        method: req.method,
        path: pathname,
        status: res.statusCode,
        ...(graphql ? { operation: facts.operation, outcome, userId: facts.userId, role: facts.role } : {}),
        durationMs: Math.round(seconds * 10_000) / 10,
        aborted: !res.writableFinished || undefined,
      });
    });
    next();
  });

  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'connect-src': ["'self'"],
          'upgrade-insecure-requests': config.cookieSecure ? [] : null,
        },
      },
      strictTransportSecurity: config.cookieSecure,
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use((_req, res, next) => {
    res.set('Permissions-Policy', PERMISSIONS_POLICY);
    next();
  });

  app.use(dynamicCompression());

  // "ok" only when the database answers: a hub whose database is gone, or whose embedded
  // database's one connection is held by something else, answers 503 within a few seconds.
  app.get('/healthz', async (_req, res) => {
    res.set('Cache-Control', 'no-store');
    if (!state.ready) {
      res.status(503).json({ status: 'starting' });
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        state.checkDatabase?.(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('timeout')), HEALTH_DB_TIMEOUT_MS);
        }),
      ]);
      res.status(200).json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    } finally {
      clearTimeout(timer);
    }
  });

  // Readiness for load balancers: false while starting, when the database or migrations are
  // not right, and from the first moment of a shutdown.
  app.get('/readyz', async (_req, res) => {
    res.set('Cache-Control', 'no-store');
    if (!state.readiness) {
      res.status(503).json({ status: 'starting' });
      return;
    }
    const report = await state.readiness.check();
    res.status(report.ready ? 200 : 503).json({ status: report.ready ? 'ready' : 'not ready', checks: report.checks });
  });

  // Prometheus metrics on this port only for the METRICS_TOKEN bearer (METRICS_PORT serves them apart).
  app.get('/metrics', async (req, res) => {
    res.set('Cache-Control', 'no-store');
    if (!config.metricsToken || !state.metrics) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    if (!bearerMatches(req.get('authorization'), config.metricsToken)) {
      res.status(401).set('WWW-Authenticate', 'Bearer').type('text/plain').send('Unauthorized');
      return;
    }
    const { contentType, body } = await state.metrics.text();
    res.type(contentType).send(body);
  });

  app.use(
    '/graphql',
    cors({ origin: config.corsOrigins.length ? config.corsOrigins : false, credentials: true }),
    express.json({ limit: MAX_BODY }),
    (req: Request, _res: Response, next: NextFunction) => {
      if (typeof req.body?.query === 'string') req.body.query = markLoneSurrogates(req.body.query);
      next();
    },
    (req: Request, res: Response, next: NextFunction) => {
      if (!state.graphql) {
        factsOf(res).outcome = 'SERVICE_UNAVAILABLE';
        res.status(503).set('Retry-After', '2').json({
          errors: [{ message: 'The hub is starting; try again in a moment.', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
        });
        return;
      }
      if (config.sqlStats) statementCounter.run({ count: 0 }, () => state.graphql!(req, res, next));
      else state.graphql(req, res, next);
    },
  );

  app.get('/robots.txt', (_req, res) => {
    res.type('text/plain').set('Cache-Control', 'public, max-age=86400').send(ROBOTS_TXT);
  });

  // Exports, reports and imports (api/exports.md): /export/..., /report/..., /import/<dataset>...
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (!/^\/(export|report|import)\/./.test(req.path)) {
      next();
      return;
    }
    if (!state.files) {
      res.status(503).set('Retry-After', '2').json({ error: { code: 'SERVICE_UNAVAILABLE', message: 'The hub is starting; try again in a moment.' } });
      return;
    }
    state.files(req, res, next);
  });

  const index = path.join(config.clientDir, 'index.html');
  app.use(precompressedStatic(config.clientDir));
  app.use(
    '/assets',
    express.static(path.join(config.clientDir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false, setHeaders: staticCacheHeaders }),
  );
  app.use(express.static(config.clientDir, { index: false, maxAge: '1h', setHeaders: staticCacheHeaders }));
  app.get(APP_ROUTE, (req, res) => {
    res.set('Cache-Control', REVALIDATE);
    if (fs.existsSync(index) && sendPrecompressed(req, res, index, REVALIDATE)) return;
    if (fs.existsSync(index)) res.sendFile(index);
    else
      res
        .status(503)
        .type('text/plain')
        .send('The dashboard has not been built. Run `npm run build` (npm start does this for you).');
  });

  app.use((_req, res) => {
    res.status(404).type('text/plain').send('Not found');
  });

  // Body-parser refusals (too large, malformed JSON) in the GraphQL error shape; refused paths
  // (bad %-encodings, `..`, missing files) as plain 400/404, which are the caller's doing and not logged.
  app.use((err: { status?: number; statusCode?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
    const facts = factsOf(res);
    if (err?.type === 'entity.too.large') {
      facts.outcome = 'PAYLOAD_TOO_LARGE';
      res.status(413).json({
        errors: [{ message: `Request body is larger than ${MAX_BODY}.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
      });
      return;
    }
    if (err?.type === 'entity.parse.failed') {
      facts.outcome = 'BAD_REQUEST';
      res.status(400).json({ errors: [{ message: 'Request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    const status = err?.status ?? err?.statusCode;
    if (status === 403 || status === 404) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    if (typeof status === 'number' && status >= 400 && status < 500) {
      res.status(status).type('text/plain').send('Bad request');
      return;
    }
    next(err);
  });
  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const facts = factsOf(res);
    facts.outcome = 'INTERNAL_SERVER_ERROR';
    log.error('Unexpected error in a request', err, { requestId: facts.requestId });
    res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  });
  return app;
}
