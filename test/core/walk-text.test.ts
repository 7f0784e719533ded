import { describe, expect, it } from 'vitest';
import type { PathSegment } from '../../src/findings.js';
import { walkContainers, walkText } from '../../src/core/rules/walk-text.js';

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
