/*
 * Pantau Jejaring's service worker: a return visit on a slow link starts from the cache.
 * - The app shell (index.html, manifest, icons) is served from the cache at once and
 *   refreshed in the background (stale-while-revalidate), so the next visit has the newest.
 * - Hashed assets (/assets/*, immutable by name) come from the cache, else the network, and
 *   are kept; the entry script and stylesheet named in index.html are cached at install.
 * - Data never: /graphql, /healthz and every non-GET request go to the network untouched.
 */
const SHELL_CACHE = 'hub-shell-v1';
const ASSET_CACHE = 'hub-assets-v1';
const SHELL = ['/', '/manifest.webmanifest', '/icon.svg', '/icon-192.png', '/icon-512.png'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const shell = await caches.open(SHELL_CACHE);
      await shell.addAll(SHELL);
      const index = await shell.match('/');
      const html = index ? await index.text() : '';
      const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
      if (assets.length) await (await caches.open(ASSET_CACHE)).addAll(assets);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== SHELL_CACHE && name !== ASSET_CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/graphql') || url.pathname === '/healthz') return;

  if (url.pathname.startsWith('/assets/')) {
    event.respondWith(
      (async () => {
        const cache = await caches.open(ASSET_CACHE);
        const hit = await cache.match(request);
        if (hit) return hit;
        const response = await fetch(request);
        if (response.ok) await cache.put(request, response.clone());
        return response;
      })(),
    );
    return;
  }

  // Page loads (any route of the single-page app) and the shell files.
  const isPage = request.mode === 'navigate';
  if (isPage || SHELL.includes(url.pathname)) {
    const key = isPage ? '/' : url.pathname;
    event.respondWith(
      (async () => {
        const cache = await caches.open(SHELL_CACHE);
        const cached = await cache.match(key);
        const fresh = fetch(isPage ? '/' : request)
          .then(async (response) => {
            if (response.ok) await cache.put(key, response.clone());
            return response;
          })
          .catch(() => undefined);
        if (cached) {
          event.waitUntil(fresh);
          return cached;
        }
        return (await fresh) ?? Response.error();
      })(),
    );
  }
});
