import { defineConfig } from 'vitest/config';

// Three projects: fast unit tests, end-to-end regeneration, and site tests that first build the site (global setup) and
// drive it in Chromium. `npm test` runs both; `npx vitest run --project unit` skips the builds.
export default defineConfig({
  test: {
    environment: 'node',
    // Some tests spawn the splitter or a build as a child process.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/site/**', 'tests/e2e/**'],
        },
      },
      {
        extends: true,
        // Regeneration end to end in a temporary copy of the project (ingest, split-all, astro build).
        test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/site/global-setup.ts'],
          // The builds share Astro's caches and the browser tests share one Chromium.
          fileParallelism: false,
        },
      },
    ],
  },
});
