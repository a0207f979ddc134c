import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { print } from 'graphql';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { PREFETCH_DOCUMENTS } from './src/app/prefetch-documents';

/** Where `npm run dev` sends API calls; a hub started with PORT=4300 by default. */
const hub = process.env.HUB_URL ?? 'http://localhost:4300';

/**
 * `virtual:prefetch-queries`: the text of the operations main.tsx sends before Apollo Client
 * and graphql are loaded (src/app/prefetch.ts), printed here as Apollo Client prints them
 * (with `__typename`), so the answer can stand in for Apollo's own request and the first
 * screen carries no GraphQL printer.
 */
function prefetchQueries(): Plugin {
  const id = 'virtual:prefetch-queries';
  return {
    name: 'prefetch-queries',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const queries = Object.fromEntries(Object.entries(PREFETCH_DOCUMENTS).map(([name, doc]) => [name, print(addTypenameToDocument(doc))]));
      return `export const queries = ${JSON.stringify(queries)};`;
    },
  };
}

export default defineConfig({
  plugins: [react(), prefetchQueries()],
  server: { proxy: { '/graphql': hub, '/healthz': hub } },
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      output: {
        // Each feature's generated operations get a chunk named after the feature.
        chunkFileNames: (chunk) => {
          const id = chunk.facadeModuleId ?? chunk.moduleIds?.find((m) => m.endsWith('operations.generated.ts')) ?? '';
          if (id.endsWith('operations.generated.ts')) return `assets/${path.basename(path.dirname(id))}-operations-[hash].js`;
          return 'assets/[name]-[hash].js';
        },
      },
    },
  },
});
