import { describe, expect, it } from 'vitest';
import { slug } from '../../src/core/domain/slug.js';
import { dutchList } from '../../src/core/domain/dutch-list.js';

// slug() names the documents and new files (`swa render`, `swa init`): it must never let a name
// reach outside the chosen directory, and must keep a Frisian or accented name readable.

describe('slug', () => {
  it('keeps letters without their accents, lower case, words joined by one hyphen', () => {
    expect(slug('Súdwest-Fryslân')).toBe('sudwest-fryslan');
    expect(slug('Bergen (NH)')).toBe('bergen-nh');
    expect(slug("'s-Hertogenbosch")).toBe('s-hertogenbosch');
    expect(slug('Gemeente  Noord -- Oost 2')).toBe('gemeente-noord-oost-2');
  });

  it('leaves no path: slashes, dots and backslashes become hyphens, none at the ends', () => {
    expect(slug('../../etc/passwd')).toBe('etc-passwd');
    expect(slug('C:\\Windows\\')).toBe('c-windows');
    expect(slug('  -Toets-  ')).toBe('toets');
  });

  it('is empty when nothing usable is left, so the caller can choose a default', () => {
    expect(slug('')).toBe('');
    expect(slug('---')).toBe('');
    expect(slug('日本')).toBe('');
  });

  it('is at most 60 characters and does not end in a hyphen after cutting', () => {
    expect(slug('a'.repeat(80))).toBe('a'.repeat(60));
    const cutAtHyphen = `${'a'.repeat(59)} b`;
    expect(slug(cutAtHyphen)).toBe('a'.repeat(59));
  });
});

describe('dutchList', () => {
  it('joins with commas and "en" before the last item', () => {
    expect(dutchList([])).toBe('');
    expect(dutchList(['a'])).toBe('a');
    expect(dutchList(['a', 'b'])).toBe('a en b');
    expect(dutchList(['a', 'b', 'c'])).toBe('a, b en c');
  });
});
