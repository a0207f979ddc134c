import fs from 'node:fs';
import path from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import cors from 'cors';
import helmet from 'helmet';
import type { Config } from '../config';
import { statementCounter } from '../common/sql';
import { markLoneSurrogates } from './arguments';
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
const APP_ROUTE = /^\/(?!(?:graphql|healthz|assets)(?:\/|$))(?:[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_-]+)*)?\/?$/;

export interface AppState {
  ready: boolean;
  /** Set once the database and schema are ready; until then /graphql answers 503. */
  graphql: express.RequestHandler | null;
}

/**
 * The HTTP surface: /healthz, /graphql and the dashboard, from one Express app. It is
 * created before the database is up so /healthz can say "not yet" (503).
 */
export function createApp(config: Config, state: AppState) {
  const app = express();
  app.disable('x-powered-by');
  if (process.env.TRUST_PROXY) app.set('trust proxy', process.env.TRUST_PROXY);

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

  app.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store');
    if (state.ready) res.status(200).json({ status: 'ok' });
    else res.status(503).json({ status: 'starting' });
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
    if (err?.type === 'entity.too.large') {
      res.status(413).json({
        errors: [{ message: `Request body is larger than ${MAX_BODY}.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
      });
      return;
    }
    if (err?.type === 'entity.parse.failed') {
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
    console.error(err);
    res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  });
  return app;
}
