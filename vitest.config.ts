import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // Some tests spawn the splitter or a build as a child process.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
