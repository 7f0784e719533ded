/**
 * js-yaml's listener (locate-quick.ts) gives the positions of the `yaml` document, or leaves a path
 * to that document (undefined). The property in test/property/quick-positions.test.ts writes
 * agreements-like files; the shapes here are the rarer ones the reader must notice one by one:
 * flow collections, tags, anchors, aliases, merge keys, empty list items, keys read as null, a tab
 * after a colon, a lone carriage return. Where the reader answers, the answer is `yaml`'s; in plain
 * block style it answers every path.
 */
import { describe, expect, it } from 'vitest';
import { locate } from '../../../src/core/load/locate.js';
import { quickPositions } from '../../../src/core/load/locate-quick.js';
import { parsePositions } from '../../../src/core/load/parse-yaml.js';
import type { PathSegment } from '../../../src/findings.js';

/** Every path of the data, and below each one a key and an index that are missing. */
function pathsOf(data: unknown, path: PathSegment[] = []): PathSegment[][] {
  const paths: PathSegment[][] = [path, [...path, 'ontbreekt'], [...path, 9]];
  if (Array.isArray(data)) data.forEach((item, index) => paths.push(...pathsOf(item, [...path, index])));
  else if (data !== null && typeof data === 'object') for (const [key, value] of Object.entries(data)) paths.push(...pathsOf(value, [...path, key]));
  return paths;
}

/** The answers of the quick reader that differ from the `yaml` document, and how many paths it left unanswered. */
function compare(text: string, extra: PathSegment[][] = []): { differences: string[]; answered: number; unanswered: number } {
  const quick = quickPositions(text);
  const { doc, lineCounter } = parsePositions(text);
  expect(doc.errors, JSON.stringify(text)).toEqual([]);
  const differences: string[] = [];
  let answered = 0;
  let unanswered = 0;
  for (const path of [...pathsOf(doc.toJS()), ...extra]) {
    for (const at of ['key', 'value'] as const) {
      const found = quick?.locate(path, at);
      if (!found) {
        unanswered += 1;
        continue;
      }
      answered += 1;
      const expected = locate(doc, lineCounter, 'f.yaml', path, at);
      const want = { line: expected.position.line, col: expected.position.column, exact: expected.exact };
      if (found.line !== want.line || found.col !== want.col || found.exact !== want.exact) {
        differences.push(`${JSON.stringify(path)} ${at}: quick ${JSON.stringify(found)}, yaml ${JSON.stringify(want)}`);
      }
    }
  }
  return { differences, answered, unanswered };
}

describe('quickPositions on the rarer shapes', () => {
  it.each([
    ['a flow list', 'a: [x, y]\nb: 1\n'],
    ['a flow list of maps', 'a: [b: , c]\n'],
    ['a flow list in a list', 'a:\n  - [x, y]\n  - z\n'],
    ['a flow map', 'a: {b: 1, c: 2}\nd: 3\n'],
    ['a flow map with an empty value', 'a: {b: , c: 1}\n'],
    ['a flow map in a flow list', 'a:\n  b: [1, {c: 2}]\n'],
    ['a tagged key', '!!str 12: x\nb: 1\n'],
    ['a tagged empty value', 'a: !!str\nb: 1\n'],
    ['a tagged flow map', 'a: !!map {b: 1}\n'],
    ['an anchored key', '&k a: 1\nb: 2\n'],
    ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
    ['a merge key', 'a: &x\n  b: 1\nc:\n  <<: *x\n  d: 2\n'],
    ['an empty list item among others', 'a:\n  - x\n  -\n  - y\n'],
    ['an empty list item at the end', 'a:\n  - x\n  -\n'],
    ['a file with only a comment', '# alleen commentaar\n'],
  ])('%s: every answer is the one of the yaml document', (_, text) => {
    expect(compare(text).differences).toEqual([]);
  });

  it('a flow list as a key: the text js-yaml makes of it ("a,b") is no key of the yaml document', () => {
    expect(compare('[a, b]: 1\nc: 2\n', [['a,b'], ['a,b', 'x']]).differences).toEqual([]);
  });

  it.each([
    ['a key read as null', 'null: x\nb: 1\n'],
    ['a key written as yes/no and a number key', 'true: x\n12: y\nb: 1\n'],
    ['a tab after the colon of an empty value', 'a:\t\nb: 1\n'],
    ['a tab and a comment after the colon of an empty value', 'a:\t# c\nb:\n'],
    ['a lone carriage return after a comment', 'a: # c\rb: 1\n'],
    ['list items that are null', 'a:\n  - ~\n  - null\n  -\n    b: 1\n'],
    ['a key named __proto__', '__proto__: 1\nb: 2\n'],
    ['a comment where a value could be', 'a:\n  b:\n    # c\n  c: 1\nd: 1 # e'],
  ])('%s, in plain block style: every path is answered, as the yaml document does', (_, text) => {
    const { differences, unanswered, answered } = compare(text);
    expect(differences).toEqual([]);
    expect(unanswered).toBe(0);
    expect(answered).toBeGreaterThan(0);
  });

  it('has no positions for a text js-yaml cannot read under the core schema (a duplicate key) or that holds nothing', () => {
    expect(quickPositions('a: 1\na: 2\n')).toBeUndefined();
    expect(quickPositions('a:\n  b: 1\n  b: 2\n')).toBeUndefined();
    expect(quickPositions('')).toBeUndefined();
  });
});
