import { describe, expect, it } from 'vitest';
import { loadSource } from '../../src/core/load/source.js';

// tekst-afgebroken is about plain text that a `#` cuts short. A text in quotes or a block text
// (`|`) ends where its quotes or block end; a `#word` after it is a comment the writer chose.

const cuts = (text: string) => {
  const loaded = loadSource('g.yaml', Buffer.from(text));
  if (!loaded.ok) throw new Error('did not load');
  return loaded.source.findings.filter((f) => f.rule === 'tekst-afgebroken').map((f) => [f.line, f.column, f.path]);
};

describe('what is not a cut-off text', () => {
  it.each([
    ['a: "x" #tag\n', 'double quotes'],
    ["a: 'x' #tag\n", 'single quotes'],
    ['a:\n  - "x" #tag\n', 'a quoted list item'],
    ['a: |\n  x #tag\n', 'a block text, where # is part of the text'],
    ['a: {b: x , c: y} #tag\n', 'a comment after a flow group, behind other values on the line'],
    ['a: 12 #tag\nb: true #x\n', 'a number or yes/no, which is not text'],
    ['? x #tag\n: 1\n', 'a key: a comment after a key is not text'],
    ['a:\n  - #tag\n', 'an empty list item: there is no text'],
  ])('%j (%s)', (text) => {
    expect(cuts(text)).toEqual([]);
  });
});

describe('what is a cut-off text', () => {
  it('plain text, and an empty value followed by a hashtag', () => {
    expect(cuts('a: x #tag\nb: "y" #tag\nc: #hashtag\n')).toEqual([
      [1, 6, ['a']],
      [3, 4, ['c']],
    ]);
  });

  it('a list item: the path names its index, under its key', () => {
    expect(cuts('a:\n  - x\n  - y #tag\n  - b:\n      - z #tag\n')).toEqual([
      [3, 7, ['a', 1]],
      [5, 11, ['a', 2, 'b', 0]],
    ]);
  });

  it('plain text with more than one space or tab before the hashtag, also after an empty value', () => {
    expect(cuts('a: x  #tag\nb: y \t #tag\nc:  #tag\n')).toEqual([
      [1, 7, ['a']],
      [2, 8, ['b']],
      [3, 5, ['c']],
    ]);
  });
});
