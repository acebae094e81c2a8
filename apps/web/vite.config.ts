// Builds the SPA into dist/ (served by the API on the same port) and proxies /api to it in development.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Workspace packages are compiled from source so the web build never waits for their dist/.
    alias: {
      '@daikou/domain': fromHere('../../packages/domain/src/index.ts'),
      '@daikou/api-client': fromHere('../../packages/api-client/src/index.ts'),
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
  preview: {
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      // An app, not a library: chunks need not keep the exports their modules had (lets small chunks be inlined).
      preserveEntrySignatures: false,
      // The domain's modules only declare values (zod schemas, labels): importing one name from its index must
      // not bring every schema along, so a screen that needs a label does not carry zod.
      treeshake: { moduleSideEffects: (id: string) => !/packages[\\/]domain[\\/]src[\\/]/.test(id) },
      output: {
        // The framework every screen needs changes less often than our code: its own chunk stays cached
        // across releases. zod loads with the first route that parses input with it.
        codeSplitting: {
          groups: [
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
            {
              name: 'framework',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|i18next|react-i18next|openapi-fetch)[\\/]/,
            },
          ],
          // The small chunks shared by a few pages are copied into those pages' chunks: a signed-in reviewer's first
          // page came in 40 files (a round trip each on a slow phone, and less well compressed than a few larger ones).
          experimentalInlineCommonChunks: { maxSize: 8_000 },
        },
      },
    },
  },
});
