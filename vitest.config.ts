import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'engine', include: ['engine/**/*.test.ts'] } },
      { test: { name: 'plugins', include: ['plugins/**/*.test.ts'] } },
      { test: { name: 'runtime', include: ['runtime/src/**/*.test.ts'] } },
      { test: { name: 'contract', include: ['test/**/*.test.ts'], testTimeout: 60_000 } },
    ],
  },
});
