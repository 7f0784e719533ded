import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PathSegment } from '../../src/findings.js';
import { firstXmlInvalid } from '../../src/core/domain/xml-chars.js';
import { GRENZEN } from '../../src/core/rules/grenzen.js';
import { ORDINARY_LENGTH, unusualTexts, walkContainers, walkText } from '../../src/core/rules/walk-text.js';

// The text rules (teken-ongeldig, teken-bidi, bestand-grens) report the first problem they meet,
// so the order of the walk is the order of the findings: it has to be the order of the file.

const DATA = { a: 'een', b: ['twee', { c: 'drie', d: ['vier', 'vijf'] }, 6, null], e: { f: 'zes' } };

describe('walkText', () => {
  it('visits every key and every text value once, in document order, with its path', () => {
    const seen: Array<[string, PathSegment[], boolean]> = [];
    walkText(DATA, (text, path, key) => seen.push([text, path, key]));
    expect(seen).toEqual([
      ['a', ['a'], true],
      ['een', ['a'], false],
      ['b', ['b'], true],
      ['twee', ['b', 0], false],
      ['c', ['b', 1, 'c'], true],
      ['drie', ['b', 1, 'c'], false],
      ['d', ['b', 1, 'd'], true],
      ['vier', ['b', 1, 'd', 0], false],
      ['vijf', ['b', 1, 'd', 1], false],
      ['e', ['e'], true],
      ['f', ['e', 'f'], true],
      ['zes', ['e', 'f'], false],
    ]);
  });

  it('visits a key called "undefined" once, like any other', () => {
    const seen: unknown[] = [];
    walkText({ undefined: 'x', lijst: ['y'] }, (...args) => seen.push(args));
    expect(seen).toEqual([
      ['undefined', ['undefined'], true],
      ['x', ['undefined'], false],
      ['lijst', ['lijst'], true],
      ['y', ['lijst', 0], false],
    ]);
  });

  it('visits a bare text at the root with an empty path, and nothing for other values', () => {
    const seen: unknown[] = [];
    walkText('los', (...args) => seen.push(args));
    walkText(42, (...args) => seen.push(args));
    walkText(null, (...args) => seen.push(args));
    expect(seen).toEqual([['los', [], false]]);
  });
});

describe('walkContainers', () => {
  it('visits every list and map in document order with its path and depth', () => {
    const seen: Array<[PathSegment[], number, boolean]> = [];
    walkContainers(DATA, (node, path, depth) => void seen.push([path, depth, Array.isArray(node)]));
    expect(seen).toEqual([
      [[], 0, false],
      [['b'], 1, true],
      [['b', 1], 2, false],
      [['b', 1, 'd'], 3, true],
      [['e'], 1, false],
    ]);
  });

  it('does not go below a container whose visitor returns false', () => {
    const seen: PathSegment[][] = [];
    walkContainers(DATA, (_node, path) => {
      seen.push(path);
      return path[0] !== 'b';
    });
    expect(seen).toEqual([[], ['b'], ['e']]);
  });
});

describe('unusualTexts', () => {
  // Texts of every kind: mostly ordinary Dutch, some with a character a text rule looks for, keys included.
  const special = fc.constantFrom(
    '\u0007',
    '\uFFFE',
    '\uD800',
    '\u202E',
    '\u2067',
    '\u201C',
    '\u2019',
    '\u201A',
    '\u{10FFFF}',
    '\uFDD0',
    '\u200F',
    'ë',
    '–',
    '€',
    '…',
    '\u00A0',
  );
  const textArb = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.array(fc.oneof(fc.string({ maxLength: 4 }), special), { maxLength: 8 }).map((parts) => parts.join('')),
  );
  const { tree } = fc.letrec((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small' },
      textArb,
      fc.integer(),
      fc.constant(null),
      fc.array(tie('tree'), { maxLength: 4 }),
      fc.dictionary(textArb, tie('tree'), { maxKeys: 4 }),
    ),
  }));

  it('holds every text a text rule could report, in the order and with the paths of walkText', () => {
    fc.assert(
      fc.property(tree, (value) => {
        // The rules get a map: the file's top level.
        const data = { top: value };
        const all: Array<{ text: string; path: PathSegment[]; key: boolean }> = [];
        walkText(data, (text, path, key) => all.push({ text, path, key }));
        const unusual = unusualTexts(data);
        // Ordered as walkText: the unusual texts are a subsequence of all texts.
        let at = 0;
        for (const found of unusual) {
          while (at < all.length && !(all[at]!.text === found.text && all[at]!.key === found.key && all[at]!.path.join('\0') === found.path.join('\0')))
            at += 1;
          expect(at).toBeLessThan(all.length);
          at += 1;
        }
        const left = all.filter((t) => !unusual.some((u) => u.text === t.text && u.key === t.key && u.path.join('\0') === t.path.join('\0')));
        for (const { text } of left) {
          expect(firstXmlInvalid(text)).toBeUndefined();
          expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u201C\u201D\u201E\u2018\u2019\u201A]/);
          expect(text.length).toBeLessThanOrEqual(GRENZEN.tekst);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('passes over only texts far below the length limit of bestand-grens', () => {
    expect(ORDINARY_LENGTH).toBeLessThan(GRENZEN.tekst);
    const long = 'a'.repeat(ORDINARY_LENGTH + 1);
    expect(unusualTexts({ kort: 'a'.repeat(ORDINARY_LENGTH), lang: long })).toEqual([{ text: long, path: ['lang'], key: false }]);
  });

  it('gives each text a path of its own, and the same list for the same data', () => {
    const data = { a: ['\u201Cx\u201D', '\u202E'], b: { '\u0007': 'y' } };
    const found = unusualTexts(data);
    expect(found.map((t) => t.path)).toEqual([
      ['a', 0],
      ['a', 1],
      ['b', '\u0007'],
    ]);
    expect(found[0]!.path).not.toBe(found[1]!.path);
    expect(unusualTexts(data)).toBe(found);
  });
});
