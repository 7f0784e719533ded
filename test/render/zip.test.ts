import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipParts } from '../../src/render/zip.js';

// fflate's zipSync collects the entries in a plain object, where a name `__proto__` is no key but
// the prototype: the oracle cannot zip such a part (render's part names are fixed, never that one).
const names = fc.uniqueArray(
  fc.oneof(
    fc.constantFrom('word/document.xml', 'word/styles.xml', '[Content_Types].xml', 'map/één.xml'),
    fc.string({ minLength: 1, maxLength: 12 }).filter((name) => name !== '__proto__'),
  ),
  {
    minLength: 1,
    maxLength: 6,
  },
);
const content = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  fc.string({ maxLength: 2000 }).map((text) => new TextEncoder().encode(text.repeat(3))),
);
const mtime = fc.date({ min: new Date(1980, 0, 1, 12), max: new Date(2099, 11, 31, 12), noInvalidDate: true });

describe('zipParts', () => {
  it('property: gives the bytes of fflate zipSync (level 6), also for parts it deflated before', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(names, fc.array(content, { minLength: 6, maxLength: 6 })), { minLength: 1, maxLength: 4 }), mtime, (packages, time) => {
        // The same parts again, in the next package, come from zipParts' memory.
        for (const [paths, contents] of [...packages, ...packages]) {
          const files = Object.fromEntries(paths.map((path, i) => [path, contents[i]!]));
          expect(zipParts(files, time)).toEqual(zipSync(files, { level: 6, mtime: time }));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('does not take a changed part from its memory', () => {
    const time = new Date(2026, 10, 23, 12);
    const first = { 'a.xml': new TextEncoder().encode('<a>een</a>') };
    const second = { 'a.xml': new TextEncoder().encode('<a>twee</a>') };
    zipParts(first, time);
    expect(zipParts(second, time)).toEqual(zipSync(second, { level: 6, mtime: time }));
  });
});
