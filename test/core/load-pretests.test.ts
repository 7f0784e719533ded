/**
 * Issue 13: the pre-tests of the fast parse and of cut texts walk the text from one character to
 * the next occurrence (indexOf) instead of running a regular expression over the whole text. They
 * must give exactly the answer of the regular expressions they replace, kept here as the oracle,
 * for texts made of the characters that matter to them, and for every example and fixture.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayHaveCutText } from '../../src/core/load/cut-text.js';
import { hasAnchorOrAlias, hasDashOnlyLine, hasFlowKey } from '../../src/core/load/fast-parse.js';
import { ROOT } from '../helpers/cli.js';

const DASH_ONLY = /\n[ \t]*-[ \t]*(?:#[^\n]*)?\r?(?:\n|$)/;
const ANCHOR_OR_ALIAS = /(?:^|[\s[{,])[&*][^\s,[\]{}]/m;
const CUT_TEXT = /[ \t]#[\p{L}\p{N}]/u;
const FLOW_KEY_CLOSE_BRACKET = /\][ \t]*:(?:[ \t]|\r?\n|$)/;
const FLOW_KEY_CLOSE_BRACE = /\}[ \t]*:(?:[ \t]|\r?\n|$)/;

/** Line breaks, spaces of every kind \s knows, brackets, letters and digits (also outside ASCII and outside the BMP), lone surrogates. */
const NOISE = [
  '\n',
  '\r',
  '\r\n',
  '\t',
  ' ',
  '\v',
  '\f',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
  '\u0085',
  '\u180e',
];
const LETTERS = ['a', 'Z', '7', '_', '.', '!', ':', 'é', 'ª', '²', '٣', '中', '𝒜', '𝟘', '\ud835', '\udc9c'];

const PRETESTS: Array<[name: string, fast: (text: string) => boolean, oracle: RegExp, pieces: string[]]> = [
  ['hasDashOnlyLine', hasDashOnlyLine, DASH_ONLY, ['\n', '\n', '\r', '\r\n', ' ', '\t', '-', '-', '#', ' #', 'a', '\u00a0', '\n-', '\n  -']],
  ['hasAnchorOrAlias', hasAnchorOrAlias, ANCHOR_OR_ALIAS, [...NOISE, '&', '*', '&', '*', ',', '[', ']', '{', '}', ...LETTERS]],
  ['mayHaveCutText', mayHaveCutText, CUT_TEXT, [' ', '\t', '\n', '\u00a0', '#', '#', ' #', '-', ...LETTERS]],
  ['hasFlowKey ]', (text) => hasFlowKey(text, ']'), FLOW_KEY_CLOSE_BRACKET, [']', ']', '}', ':', ':', ' ', '\t', '\n', '\r', '\r\n', 'a', '\u00a0']],
  ['hasFlowKey }', (text) => hasFlowKey(text, '}'), FLOW_KEY_CLOSE_BRACE, ['}', '}', ']', ':', ':', ' ', '\t', '\n', '\r', '\r\n', 'a', '\u00a0']],
];

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

describe('the pre-tests of the fast parse and cut texts', () => {
  for (const [name, fast, oracle, pieces] of PRETESTS) {
    it(`${name} answers as ${oracle} does`, () => {
      let found = 0;
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
          const text = parts.join('');
          const expected = oracle.test(text);
          if (expected) found += 1;
          expect(fast(text), JSON.stringify(text)).toBe(expected);
        }),
        { numRuns: 3000 },
      );
      // Both answers occur often, so the property cannot hold by always saying no.
      expect(found).toBeGreaterThan(100);
      expect(found).toBeLessThan(2900);
    });
  }

  it('answer as the regular expressions do for every example and fixture', () => {
    const files = [...yamlFiles(join(ROOT, 'examples')), ...yamlFiles(join(ROOT, 'test/fixtures'))];
    const found = [0, 0, 0];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      PRETESTS.forEach(([name, fast, oracle], i) => {
        const expected = oracle.test(text);
        if (expected) found[i]! += 1;
        expect(fast(text), `${name} ${file}`).toBe(expected);
      });
    }
    // Anchors and hashtags in a text occur among them (no empty list item does: the property above has those).
    expect(found[1]).toBeGreaterThan(0);
    expect(found[2]).toBeGreaterThan(0);
  });
});
