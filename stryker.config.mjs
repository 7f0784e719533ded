// @ts-check
// Mutation testing (`npm run mutatie`): StrykerJS changes src/core and the document view one
// small thing at a time and checks that some test fails. See README, "Mutatietests".
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  mutate: [
    'src/core/**/*.ts',
    'src/render/view.ts',
    'src/render/document-view.ts',
    // Types only: nothing to mutate, and listing them would only slow the instrumenter.
    '!src/core/model/types.ts',
    '!src/generated/**',
  ],
  // Run only the tests that reached a mutant, not the whole suite: the largest single saving.
  coverageAnalysis: 'perTest',
  // Module-level constants (rule tables, the onderdelen list) are "static": testing one means a
  // fresh module load and the whole suite. They are counted, but not run (see README).
  ignoreStatic: true,
  // The machine is shared: two cores, so at most two test workers.
  concurrency: 2,
  // A busy machine makes honest runs slow; a mutant is a timeout only well past that.
  timeoutMS: 20_000,
  // Reuse results for mutants whose source and covering tests did not change.
  incremental: true,
  incrementalFile: 'stryker-incremental.json',
  thresholds: { high: 90, low: 85, break: 80 },
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  // Not needed in the sandbox copy, and some are large.
  ignorePatterns: ['dist', 'docs', 'reports', 'coverage', '.bench', '.drafts', 'documenten', '/tmp'],
  // Stryker rewrites `extends`/`references` of this tsconfig with the JavaScript API of the
  // `typescript` package; TypeScript 7 (native) has none, so that step would crash. Our tsconfig
  // has nothing outside the sandbox to rewrite, and vitest does not type-check: pointing at a
  // file that does not exist skips the step.
  tsconfigFile: 'tsconfig.geen-stryker-rewrite.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
