/**
 * The fast parse (fast-parse.ts) has two duties: a file it accepts gets exactly the data of the
 * exact parse, and the files people write every day stay on the fast path. Its pre-tests decline
 * only what js-yaml would read differently from `yaml`; these cases sit at the edges of those
 * pre-tests (a question mark in a text, empty list items at the end of a list or followed by a
 * comment, a text that ends in " -").
 */
import { describe, expect, it } from 'vitest';
import { fastParse } from '../../../src/core/load/fast-parse.js';
import { parseYaml } from '../../../src/core/load/parse-yaml.js';

function exactData(text: string): unknown {
  const exact = parseYaml(text, 'f.yaml');
  expect(exact.findings.filter((f) => f.severity === 'fout')).toEqual([]);
  return exact.data;
}

describe('the fast parse, at the edges of its pre-tests', () => {
  it.each([
    ['a question mark inside a text', 'vraag: Wie belt wie?\nantwoord: "?"\n'],
    ['an empty item at the end of a list', 'a:\n  - x\n  -\n'],
    ['an empty item at the end of the file, without a final line break', 'a:\n  - x\n  -'],
    ['an empty item after two items', 'a:\n  - x\n  - y\n  -\n'],
    ['an empty item followed by an indented comment and blank lines', 'a:\n  - x\n  -\n  # nog invullen\n\n'],
    ['a text ending in " -" before a key, with an empty item elsewhere', 'a: tekst -\nb:\n  - x\n  -\n'],
  ])('keeps %s on the fast path, with the data of the exact parse', (_, text) => {
    const fast = fastParse(text);
    expect(fast, JSON.stringify(text)).toBeDefined();
    expect(fast!.data).toEqual(exactData(text));
  });

  it.each([
    ['an empty item with a comment, then a less indented item', 'gemeente:\n  - Ja:\n    - a\n    - # leeg\n  - V\n', { gemeente: [{ Ja: ['a', null] }, 'V'] }],
  ])('leaves %s to the exact parse (js-yaml reads the items after it into the inner list)', (_, text, data) => {
    expect(fastParse(text)).toBeUndefined();
    expect(exactData(text)).toEqual(data);
  });
});
