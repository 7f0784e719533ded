import { LineCounter, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { locate, scalarSource } from '../../src/core/load/locate.js';
import type { PathSegment } from '../../src/findings.js';

function where(source: string, path: PathSegment[], at?: 'key' | 'value'): { line: number; column: number; exact: boolean } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  const { position, exact } = locate(doc, lineCounter, 'f.yaml', path, at);
  return { line: position.line, column: position.column, exact };
}

const source = [
  'schema_versie: 1', //                              1
  'document:', //                                     2
  '  status: concept', //                             3
  'evaluatie:', //                                    4
  '  2024: gedaan', //                                5
  '  volgende: 2027-01-15', //                        6
  'partners:', //                                     7
  '  gi:', //                                         8
  '    - id: jbrv', //                                9
  '    - id: wss', //                                10
  '      naam: William Schrikker Stichting', //      11
  'gemeente: { naam: Toetsdorp, cbs_code: GM1 }', // 12
  'lijst: [a, b, c]', //                             13
].join('\n');

describe('locate', () => {
  it('points at the key of a map entry by default, at its value on request', () => {
    expect(where(source, ['document', 'status'])).toEqual({ line: 3, column: 3, exact: true });
    expect(where(source, ['document', 'status'], 'value')).toEqual({ line: 3, column: 11, exact: true });
  });

  it('falls back to the nearest existing ancestor for a missing path, and says so', () => {
    expect(where(source, ['document', 'datum'])).toEqual({ line: 2, column: 1, exact: false });
    expect(where(source, ['afspraken', 'e_nieuwe_zorgen_na_ots'])).toEqual({ line: 1, column: 1, exact: false });
    // "value" of a missing path is still the ancestor's key: there is no value to point at.
    expect(where(source, ['document', 'datum'], 'value')).toEqual({ line: 2, column: 1, exact: false });
  });

  it('finds a numeric key (2024:) from the string segment an ajv instancePath gives', () => {
    expect(where(source, ['evaluatie', '2024'])).toEqual({ line: 5, column: 3, exact: true });
    expect(where(source, ['evaluatie', 2024])).toEqual({ line: 5, column: 3, exact: true });
  });

  it('follows sequence indexes, given as numbers or as strings', () => {
    expect(where(source, ['partners', 'gi', 1])).toEqual({ line: 10, column: 7, exact: true });
    expect(where(source, ['partners', 'gi', '1', 'naam'])).toEqual({ line: 11, column: 7, exact: true });
    expect(where(source, ['partners', 'gi', 5])).toEqual({ line: 8, column: 3, exact: false });
    expect(where(source, ['lijst', 2])).toEqual({ line: 13, column: 15, exact: true });
  });

  it('finds keys and values inside a flow map', () => {
    expect(where(source, ['gemeente', 'cbs_code'])).toEqual({ line: 12, column: 30, exact: true });
    expect(where(source, ['gemeente', 'cbs_code'], 'value')).toEqual({ line: 12, column: 40, exact: true });
  });

  it('points at line 1 for the root and for an empty document', () => {
    expect(where(source, [])).toEqual({ line: 1, column: 1, exact: true });
    expect(where('', ['gemeente'])).toMatchObject({ line: 1, column: 1, exact: false });
  });

  it('does not treat an array index as a map key on a map', () => {
    expect(where(source, ['document', 0])).toEqual({ line: 2, column: 1, exact: false });
  });
});

describe('scalarSource', () => {
  it('gives the value as typed, not as YAML read it', () => {
    const doc = parseDocument('document:\n  versie: 1.0\n  code: 0363\n');
    const text = 'document:\n  versie: 1.0\n  code: 0363\n';
    expect(scalarSource(doc, text, ['document', 'versie'])).toBe('1.0');
    expect(scalarSource(doc, text, ['document', 'code'])).toBe('0363');
    expect(scalarSource(doc, text, ['document', 'ontbreekt'])).toBeUndefined();
    expect(scalarSource(doc, text, ['document'])).toBeUndefined();
  });
});
