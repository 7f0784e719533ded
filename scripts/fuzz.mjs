// `npm run fuzz`: mutate the examples and check swa's promises on each (see scripts/fuzz/harness.mjs).
//   FUZZ_SEED=<getal>      the seed (default: random; printed, so every run can be repeated)
//   FUZZ_CASES=<aantal>    how many cases (default 2000)
//   FUZZ_ONLY=<n>          replay only case n of that seed
//   FUZZ_SPAWN_EVERY=<n>   start the real binary for every n-th case (default 50; 0 = never)
//   FUZZ_OUT=<map>         where reproducers of failures go (default fuzz-uitkomst/)
//   FUZZ_BUDGET_S=<sec>    stop after this many seconds (the figures then say how many cases ran)
// Flags --seed, --cases, --only, --spawn-every, --out and --budget do the same. Exit 1 when a case failed.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runFuzz } from './fuzz/harness.mjs';

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    cases: { type: 'string' },
    only: { type: 'string' },
    'spawn-every': { type: 'string' },
    out: { type: 'string' },
    budget: { type: 'string' },
  },
});
const number = (flag, env, fallback) => {
  const raw = flag ?? process.env[env];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`fuzz: ${env} moet een geheel getal van 0 of meer zijn (gekregen: ${raw})`);
    process.exit(2);
  }
  return value;
};
const seed = number(values.seed, 'FUZZ_SEED', Math.floor(Math.random() * 2 ** 31));
const cases = number(values.cases, 'FUZZ_CASES', 2000);
const only = number(values.only, 'FUZZ_ONLY', null);
const spawnEvery = number(values['spawn-every'], 'FUZZ_SPAWN_EVERY', 50);
const budgetS = number(values.budget, 'FUZZ_BUDGET_S', null);
const reproDir = resolve(values.out ?? process.env.FUZZ_OUT ?? 'fuzz-uitkomst', `seed-${seed}`);

console.log(
  `fuzz: seed ${seed}, ${only === null ? `${cases} cases` : `alleen case ${only}`}${budgetS === null ? '' : ` (hooguit ${budgetS} s)`}, elke ${spawnEvery || '∞'}e als eigen proces`,
);
const result = await runFuzz({
  seed,
  cases,
  only,
  spawnEvery,
  reproDir,
  budgetMs: budgetS === null ? Infinity : budgetS * 1000,
  log: (line) => console.log(line),
});

console.log(`\nfuzz: seed ${result.seed}: ${result.cases} cases (${result.spawned} als eigen proces) in ${result.seconds.toFixed(1)} s`);
console.log('exitcodes:');
for (const [step, codes] of Object.entries(result.exitCodes)) {
  console.log(
    `  ${step.padEnd(13)} ${Object.entries(codes)
      .map(([code, n]) => `${code}: ${n}`)
      .join('  ')}`,
  );
}
if (result.failures.length === 0) {
  console.log('geen problemen gevonden');
} else {
  console.log(`${result.failures.length} cases met problemen, per soort:`);
  for (const [category, indices] of Object.entries(result.byCategory))
    console.log(`  ${category.padEnd(18)} ${indices.length}× (bijv. case ${indices.slice(0, 5).join(', ')})`);
  console.log(`reproductie: ${reproDir}/case-<n>/ (FOUT.txt zegt wat er misging en hoe de case opnieuw te draaien)`);
}
process.exitCode = result.failures.length === 0 ? 0 : 1;
