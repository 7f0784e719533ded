import { availableParallelism } from 'node:os';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { threadCount } from '../../src/cli/render/planner.js';

const cores = availableParallelism();

describe('how many threads swa render uses', () => {
  it('by default: one for a batch of fewer than 150 documents (--per-partner counts five per file), else every core up to one per file', () => {
    expect(threadCount(undefined, {}, 1, false)).toBe(1);
    expect(threadCount(undefined, {}, 149, false)).toBe(1);
    expect(threadCount(undefined, {}, 150, false)).toBe(Math.min(cores, 150));
    expect(threadCount(undefined, {}, 29, true)).toBe(1);
    expect(threadCount(undefined, {}, 30, true)).toBe(Math.min(cores, 30));
  });

  it('as asked with --kernen or SWA_KERNEN, for a batch of any size, but never more than the cores or the files (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 400 }), fc.boolean(), fc.boolean(), (asked, files, perPartner, viaEnv) => {
        const expected = Math.min(asked, cores, files);
        const threads = viaEnv
          ? threadCount(undefined, { SWA_KERNEN: String(asked) }, files, perPartner)
          : threadCount(asked, { SWA_KERNEN: '1' }, files, perPartner);
        expect(threads).toBe(expected);
      }),
      { numRuns: 300 * Number(process.env.SWA_PROPERTY_RUNS ?? 1) },
    );
  });
});
