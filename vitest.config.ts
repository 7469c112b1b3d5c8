import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests, and site tests that first build the site (global setup) and
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
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/site/**'] },
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
