import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The CLI tests run the built bundle: rebuild first when src/ or the schema is newer than it.
    globalSetup: ['test/setup/stale-build.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
