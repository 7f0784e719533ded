import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OVERZICHT_FORMATS, overzichtFormat } from '../../src/overzicht/format.js';

const EXTENSION = { docx: '.docx', xlsx: '.xlsx', markdown: '.md', csv: '.csv' } as const;
const format = fc.constantFrom(...OVERZICHT_FORMATS);
const stem = fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/);
const upperOrLower = fc.boolean();

describe('which format an overview gets', () => {
  it('follows the extension of --out, in any case (property)', () => {
    fc.assert(
      fc.property(format, stem, upperOrLower, (f, name, upper) => {
        const out = `${name}${upper ? EXTENSION[f].toUpperCase() : EXTENSION[f]}`;
        expect(overzichtFormat(undefined, out)).toEqual({ format: f });
        expect(overzichtFormat(f, out)).toEqual({ format: f });
      }),
    );
  });

  it('never writes one format into a file named after another (property)', () => {
    fc.assert(
      fc.property(format, format, stem, (given, named, name) => {
        fc.pre(given !== named);
        const result = overzichtFormat(given, `${name}${EXTENSION[named]}`);
        expect(result).toHaveProperty('problem');
        expect((result as { problem: string }).problem).toContain(`--format ${given} past niet bij`);
      }),
    );
  });

  it('asks which format for an unknown or missing extension, unless --format says it', () => {
    for (const out of ['overzicht.txt', 'overzicht', 'overzicht.xls', 'map.d/overzicht']) {
      const result = overzichtFormat(undefined, out);
      expect(result).toHaveProperty('problem');
      expect((result as { problem: string }).problem).toMatch(/Kies een naam op \.docx \(Word\), \.xlsx \(Excel\), \.csv of \.md \(Markdown\)/);
      expect(overzichtFormat('csv', out)).toEqual({ format: 'csv' });
    }
  });

  it('shows Markdown or CSV on the screen without --out, but never Word or Excel', () => {
    expect(overzichtFormat(undefined, undefined)).toEqual({ format: 'markdown' });
    expect(overzichtFormat('csv', undefined)).toEqual({ format: 'csv' });
    expect(overzichtFormat('xlsx', undefined)).toEqual({ problem: expect.stringContaining('--out overzicht.xlsx') });
    expect(overzichtFormat('docx', undefined)).toEqual({ problem: expect.stringContaining('--out overzicht.docx') });
  });
});
