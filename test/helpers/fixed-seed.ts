import fc from 'fast-check';

// Mutation runs (vitest.stryker.config.ts) use one fixed fast-check seed: every mutant then meets
// the same generated files, so a run is reproducible and a mutant is not killed or spared by luck.
// SWA_STRYKER_SEED picks another seed.
fc.configureGlobal({ seed: Number(process.env.SWA_STRYKER_SEED ?? 20261202) });
