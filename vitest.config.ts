import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'engine', include: ['engine/**/*.test.ts'] } },
      { test: { name: 'plugins', include: ['plugins/**/*.test.ts'] } },
      { test: { name: 'runtime', include: ['runtime/src/**/*.test.ts'] } },
      { test: { name: 'web', include: ['runtime/web/src/**/*.test.ts'] } },
      { test: { name: 'designer', include: ['designer/src/**/*.test.ts'] } },
      { test: { name: 'contract', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, 'test/browser/**'], testTimeout: 60_000 } },
      // The caseworker app in Debian's chromium against a real runtime; the app is built first if its build is stale.
      { test: { name: 'browser', include: ['test/browser/**/*.test.ts'], globalSetup: ['test/browser/globalSetup.ts'], testTimeout: 300_000, hookTimeout: 180_000 } },
    ],
  },
});
