import { LineCounter, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { locate } from '../../src/core/load/locate.js';
import type { PathSegment } from '../../src/findings.js';

function where(source: string, path: PathSegment[], at?: 'key' | 'value') {
  const lineCounter = new LineCounter();
  const { position, exact } = locate(parseDocument(source, { lineCounter }), lineCounter, 'f.yaml', path, at);
  return { line: position.line, column: position.column, exact };
}

const SOURCE = '# opmerking\n\ngemeente:\n  naam: Toetsdorp\nlijst:\n  - een\n  - { a: 1 }\n';

describe('locate, edge cases', () => {
  it('the empty path is where the content starts, after leading comments', () => {
    expect(where(SOURCE, [])).toEqual({ line: 3, column: 1, exact: true });
  });

  it('a path that goes on below a text stops at the text', () => {
    expect(where(SOURCE, ['gemeente', 'naam', 'x'])).toEqual({ line: 4, column: 3, exact: false });
    expect(where(SOURCE, ['gemeente', 'naam', 0])).toEqual({ line: 4, column: 3, exact: false });
  });

  it('an item of a list is where the item starts, key or value alike; a missing item points at the list', () => {
    expect(where(SOURCE, ['lijst', 0], 'value')).toEqual({ line: 6, column: 5, exact: true });
    expect(where(SOURCE, ['lijst', 1, 'a'], 'value')).toEqual({ line: 7, column: 10, exact: true });
    expect(where(SOURCE, ['lijst', 5])).toEqual({ line: 5, column: 1, exact: false });
    expect(where(SOURCE, ['lijst', 'x'])).toEqual({ line: 5, column: 1, exact: false });
  });
});
