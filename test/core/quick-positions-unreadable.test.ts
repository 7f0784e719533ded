import { describe, expect, it } from 'vitest';
import { quickPositions } from '../../src/core/load/locate-quick.js';

// quickPositions reads the text with js-yaml; a text js-yaml cannot read has no quick positions
// (the caller then asks the `yaml` document), not positions from the part read before the error.

describe('quickPositions of a text js-yaml cannot read', () => {
  it.each([
    ['- a\nb: 1\n', 'a list, then a key at the same level'],
    ['a: [\n', 'an unclosed ['],
    ['a: 1\nb: "x\n', 'an unclosed quote'],
  ])('%j (%s) is undefined', (text) => {
    expect(quickPositions(text)).toBeUndefined();
  });
});
