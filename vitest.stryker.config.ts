import { defineConfig } from 'vitest/config';

// The tests StrykerJS runs against each mutant: only those that import src/ in-process.
// Tests that spawn the built CLI (bin/swa.js → dist/) never see a mutant in src/, so they
// would only add time; they stay in the ordinary `npm test` (vitest.config.ts).
export default defineConfig({
  test: {
    include: [
      'test/core/**/*.test.ts',
      'test/render/model.test.ts',
      'test/render/document-view.test.ts',
      'test/render/view.test.ts',
      'test/render/markup.test.ts',
      'test/regio/merge.test.ts',
      'test/regio/extends.test.ts',
      'test/report/github.test.ts',
      'test/report/gitlab.test.ts',
      'test/report/junit.test.ts',
      'test/report/sarif.test.ts',
      'test/report/text.test.ts',
      'test/report/hostile-text.test.ts',
      'test/render/xml-parts.test.ts',
      'test/report/catalog.test.ts',
      'test/overzicht/model.test.ts',
      // The property that holds the line reader (locate-lines.ts) to the yaml library: without it
      // every mutant that only makes the reader give up survived, as the slower reader then answers.
      'test/property/quick-positions.test.ts',
    ],
    // schema.test.ts checks schemas/ with ajv and imports nothing from src/. catalog.test.ts reads
    // the source text for rule ids, which Stryker's instrumented copy spells differently.
    exclude: ['test/core/schema.test.ts', 'test/report/catalog.test.ts'],
    // One module graph for all test files: a mutant is switched on at run time, so nothing has to
    // be loaded afresh, and re-importing src/ for every test file tripled the time of each mutant.
    isolate: false,
    // One fast-check seed for every mutant (see the file); a random seed per run made a property
    // that fails on a rare input stop the dry run, and let luck decide which mutants die.
    setupFiles: ['test/helpers/fixed-seed.ts'],
    testTimeout: 60_000,
  },
});
