import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { giFileSlug, slug } from '../../src/core/domain/slug.js';

// The file-name part of a GI's own document: never empty, so `…-gi-.docx` cannot happen.

describe('giFileSlug', () => {
  it('is a non-empty name of a–z, 0–9 and single inner hyphens, whatever the id (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom('', '___', '日本', '-', 'GI Noord')), (id) => {
        const part = giFileSlug(id);
        expect(part).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        expect(part).toBe(slug(id) || 'instelling');
      }),
      { numRuns: Number(process.env.SWA_PROPERTY_RUNS ?? 1) * 200 },
    );
  });

  it('is "instelling" for an id of which nothing usable is left', () => {
    expect(giFileSlug('___')).toBe('instelling');
    expect(giFileSlug('日本')).toBe('instelling');
  });
});
