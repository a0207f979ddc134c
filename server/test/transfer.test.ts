import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config';
import { createApp, type AppState } from '../src/http/app';
import { createLogger } from '../src/common/logger';
import { pickEncoding } from '../src/http/transfer';

/**
 * How the dashboard's files travel (issue 14): the build's pre-compressed copies chosen by
 * Accept-Encoding, immutable caching for hashed assets, revalidation for the shell, and
 * on-the-fly compression of dynamic answers. On a client build made here, so the test does
 * not depend on `npm run build -w client`.
 */

let dir: string;
let server: Server;
let base: string;
const JS = `export const x = ${JSON.stringify('pantau '.repeat(400))};\n`;
const HTML = `<!doctype html><html lang="id"><head><script type="module" src="/assets/index-AbCd1234.js"></script></head><body><div id="root"></div>${' '.repeat(2000)}</body></html>`;

function writeWithCopies(file: string, text: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(Buffer.from(text)));
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(Buffer.from(text)));
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-transfer-'));
  writeWithCopies(path.join(dir, 'index.html'), HTML);
  writeWithCopies(path.join(dir, 'assets/index-AbCd1234.js'), JS);
  writeWithCopies(path.join(dir, 'sw.js'), `self.addEventListener('fetch', () => {});${' '.repeat(2000)}`);
  fs.writeFileSync(path.join(dir, 'icon-192.png'), Buffer.from([137, 80, 78, 71]));
  const config = { ...loadConfig({ ...process.env, NODE_ENV: 'development' }), clientDir: dir };
  const state: AppState = {
    ready: true,
    stopping: false,
    graphql: (_req, res) => void res.json({ data: { filler: 'x'.repeat(5000) } }),
    readiness: null,
    metrics: null,
    inFlight: 0,
    files: null,
  };
  const app = createApp(config, state, createLogger({ destination: { write: () => {} } }));
  server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('transfer', () => {
  it('chooses brotli, else gzip, by Accept-Encoding and its q-values', () => {
    expect(pickEncoding('gzip, deflate, br')).toBe('br');
    expect(pickEncoding('gzip')).toBe('gzip');
    expect(pickEncoding('br;q=0, gzip')).toBe('gzip');
    expect(pickEncoding('*')).toBe('br');
    expect(pickEncoding('identity')).toBeNull();
    expect(pickEncoding(undefined)).toBeNull();
  });

  it('sends hashed assets pre-compressed and immutable, with Vary: Accept-Encoding', async () => {
    for (const [accept, encoding] of [['br, gzip', 'br'], ['gzip', 'gzip']] as const) {
      const res = await fetch(`${base}/assets/index-AbCd1234.js`, { headers: { 'accept-encoding': accept } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-encoding')).toBe(encoding);
      expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect(res.headers.get('vary')).toMatch(/Accept-Encoding/i);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(await res.text()).toBe(JS);
    }
    const plain = await fetch(`${base}/assets/index-AbCd1234.js`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await plain.text()).toBe(JS);
  });

  it('sends index.html (for every route) and the service worker compressed and always revalidated', async () => {
    for (const route of ['/', '/provinces/52', '/index.html']) {
      const res = await fetch(`${base}${route}`, { headers: { 'accept-encoding': 'br' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-encoding')).toBe('br');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toBe(HTML);
    }
    const sw = await fetch(`${base}/sw.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(sw.headers.get('content-encoding')).toBe('gzip');
    expect(sw.headers.get('cache-control')).toBe('no-cache');
    await sw.text();
  });

  it('compresses dynamic answers (GraphQL) on the fly', async () => {
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'br, gzip' }, body: '{"query":"{ __typename }"}' });
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('vary')).toMatch(/Accept-Encoding/i);
    expect(((await res.json()) as { data: { filler: string } }).data.filler).toHaveLength(5000);
  });

  it('never serves a file from outside the build', async () => {
    const res = await fetch(`${base}/assets/..%2F..%2Fetc%2Fpasswd`, { headers: { 'accept-encoding': 'br' } });
    // The status of a refused path is the static handler's (sec-input's error handling); what
    // matters here is that the pre-compressed lookup never reads outside client/dist.
    expect(res.status).not.toBe(200);
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(await res.text()).not.toContain('root:');
  });
});
