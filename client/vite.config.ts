import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Where `npm run dev` sends API calls; a hub started with PORT=4300 by default. */
const hub = process.env.HUB_URL ?? 'http://localhost:4300';

export default defineConfig({
  plugins: [react()],
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
