import fs from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * How the hub sends bytes over slow links: every text response compressed, the dashboard's
 * files sent as they were compressed at build time (client/scripts/precompress.mjs writes a
 * `.br` and a `.gz` next to each text file), and caching headers that let a phone keep the
 * hashed assets for a year and ask again for index.html every time.
 */

/** Hashed file names (Vite's `name-[hash].ext`) never change content: cached for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html, the service worker and the manifest: always revalidated, so a new build is seen at once. */
export const REVALIDATE = 'no-cache';

/** Files the browser must always revalidate even though they are not index.html. */
const ALWAYS_REVALIDATE = new Set(['/index.html', '/sw.js', '/manifest.webmanifest']);

/**
 * On-the-fly compression for dynamic answers (GraphQL, errors): brotli at a quality that is
 * cheap on the CPU (4), else gzip; nothing under 1 kB. Responses that already carry a
 * Content-Encoding (the pre-compressed files below) are left as they are.
 */
export function dynamicCompression(): RequestHandler {
  return compression({ threshold: 1024 }) as RequestHandler;
}

/** The encodings the client accepts, best first, among the ones written at build time. */
export function pickEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | null {
  if (!acceptEncoding) return null;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const weight = (e: string) => accepted.get(e) ?? (accepted.has('*') ? accepted.get('*')! : 0);
  if (weight('br') > 0) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return null;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Sends `file` (an absolute path inside the client build) in its pre-compressed form when the
 * client accepts it and the build wrote one; returns false when there is nothing to send so
 * the caller can fall through to the uncompressed file.
 */
export function sendPrecompressed(req: Request, res: Response, file: string, cacheControl: string): boolean {
  const type = CONTENT_TYPES[path.extname(file)];
  if (!type) return false;
  const encoding = pickEncoding(req.headers['accept-encoding']);
  res.vary('Accept-Encoding');
  if (!encoding) return false;
  const compressed = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(compressed);
  } catch {
    return false;
  }
  if (!stat.isFile()) return false;
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Encoding', encoding);
  res.setHeader('Cache-Control', cacheControl);
  res.sendFile(compressed, { cacheControl: false, lastModified: true, etag: true, dotfiles: 'deny' });
  return true;
}

/**
 * The dashboard's files from `root`, pre-compressed where the build wrote a `.br`/`.gz`:
 * hashed assets immutable, the shell files revalidated. Anything it does not find or cannot
 * send compressed goes on to the plain static handlers.
 */
export function precompressedStatic(root: string): RequestHandler {
  const base = path.resolve(root);
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let rel: string;
    try {
      rel = decodeURIComponent(req.path);
    } catch {
      return next();
    }
    if (rel === '/' || rel.includes('\0')) return next();
    const file = path.resolve(base, `.${rel}`);
    if (!file.startsWith(base + path.sep)) return next();
    const cache = rel.startsWith('/assets/') ? IMMUTABLE : ALWAYS_REVALIDATE.has(rel) ? REVALIDATE : 'public, max-age=3600';
    if (!sendPrecompressed(req, res, file, cache)) return next();
  };
}

/** Cache-Control for the plain (not pre-compressed) static files, as express.static's setHeaders. */
export function staticCacheHeaders(res: Response, file: string) {
  const name = path.basename(file);
  if (file.includes(`${path.sep}assets${path.sep}`)) res.setHeader('Cache-Control', IMMUTABLE);
  else if (ALWAYS_REVALIDATE.has(`/${name}`)) res.setHeader('Cache-Control', REVALIDATE);
}
