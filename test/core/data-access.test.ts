import { describe, expect, it } from 'vitest';
import { getIn, hasKey, isMap, text } from '../../src/core/domain/data-access.js';
import { mergeChain } from '../../src/core/load/merge.js';

// How every rule reads the agreements: a path that runs into the wrong kind of value gives
// "nothing there", never a crash or a value from somewhere else.

describe('isMap', () => {
  it('is a YAML map only: not a list, null, text or a number', () => {
    expect(isMap({})).toBe(true);
    for (const value of [[], null, undefined, 'tekst', 3]) expect(isMap(value), String(value)).toBe(false);
  });
});

describe('getIn', () => {
  const data = { afspraken: { c: [{ tekst: 'eerste' }, { tekst: 'tweede' }] }, 0: 'sleutel nul' };

  it('follows map keys and list indexes', () => {
    expect(getIn(data, ['afspraken', 'c', 1, 'tekst'])).toBe('tweede');
    expect(getIn(data, [])).toBe(data);
  });

  it('reads a number as a key in a map, but a text as no index in a list', () => {
    expect(getIn(data, [0])).toBe('sleutel nul');
    expect(getIn(data, ['afspraken', 'c', '1'])).toBeUndefined();
  });

  it('is undefined when the path runs into text, null or a missing key', () => {
    expect(getIn(data, ['afspraken', 'c', 0, 'tekst', 'verder'])).toBeUndefined();
    expect(getIn({ a: null }, ['a', 'b'])).toBeUndefined();
    expect(getIn(data, ['bestaat', 'niet'])).toBeUndefined();
  });
});

describe('hasKey', () => {
  it('is true for a key that is there, also with an empty value', () => {
    expect(hasKey({ evaluatie: { wie: null } }, ['evaluatie', 'wie'])).toBe(true);
    expect(hasKey({ gi: [{ id: 'jbt' }] }, ['gi', 0, 'id'])).toBe(true);
  });

  it('is false for a missing key, a key of a list, a path into text, and the empty path', () => {
    expect(hasKey({ evaluatie: {} }, ['evaluatie', 'wie'])).toBe(false);
    expect(hasKey({ gi: ['a'] }, ['gi', 0])).toBe(false);
    expect(hasKey({ a: 'tekst' }, ['a', 'length'])).toBe(false);
    expect(hasKey({ a: 1 }, [])).toBe(false);
  });

  it('does not see inherited object properties as keys', () => {
    expect(hasKey({}, ['toString'])).toBe(false);
  });
});

describe('text', () => {
  it('gives text, and numbers and booleans as YAML wrote them; nothing for the rest', () => {
    expect(text('vijf werkdagen')).toBe('vijf werkdagen');
    expect(text(5)).toBe('5');
    expect(text(false)).toBe('false');
    for (const value of [null, undefined, [], {}]) expect(text(value)).toBeUndefined();
  });
});

describe('mergeChain', () => {
  it('of no files is empty, of one file is that file', () => {
    expect(mergeChain([])).toEqual({});
    expect(mergeChain([{ a: 1, basis: true }])).toEqual({ a: 1, basis: true });
  });
});
