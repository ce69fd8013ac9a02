import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = fileURLToPath(new URL('.', import.meta.url));

// The explorer lives in web/ and builds to dist/web; tests run from the project root.
export default defineConfig({
  root: 'web',
  base: './',
  build: { outDir: '../dist/web', emptyOutDir: true, chunkSizeWarningLimit: 600 },
  test: {
    root: here,
    include: ['src/**/*.spec.ts', 'extractors/**/*.spec.ts', 'web/src/**/*.spec.ts', 'test/**/*.spec.ts'],
    // nodejieba is a native addon: forks keep each test file in its own process.
    pool: 'forks',
    // One temporary folder for the run, removed at its end (test/support/tmp.ts).
    globalSetup: ['test/support/tmp.ts'],
    testTimeout: 30_000,
  },
});
