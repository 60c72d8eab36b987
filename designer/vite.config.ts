// Vite build of the designer: served by the runtime from designer/dist at `/designer`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('./'),
  base: '/designer/',
  plugins: [react()],
  resolve: {
    // The form preview uses JSON Forms with the caseworker app's eval-free validator (the CSP has no unsafe-eval).
    alias: { ajv: here('../runtime/web/src/forms/ajvStub.ts'), 'ajv-formats': here('../runtime/web/src/forms/ajvFormatsStub.ts') },
  },
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
