// Vite build of the caseworker app: served by the runtime from dist/ at `/`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('./'),
  base: '/',
  plugins: [react()],
  resolve: {
    // JSON Forms imports ajv only to build a default validator; we hand it an eval-free one, so ajv stays out.
    alias: { ajv: here('./src/forms/ajvStub.ts'), 'ajv-formats': here('./src/forms/ajvFormatsStub.ts') },
  },
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 800,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
