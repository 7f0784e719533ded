import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/core/load/decode.js';

// A file saved as UTF-16 or UTF-32 is named by its byte order mark, and only by the whole mark:
// FF FE 00 00 / 00 00 FE FF is UTF-32, FF FE / FE FF is UTF-16; a file that merely starts with
// one of these bytes is something else.

function expected(b: readonly number[]): string {
  const [b0, b1, b2, b3] = b;
  if ((b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)) return 'UTF-32';
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) return 'UTF-16';
  return 'anders';
}

function named(bytes: Uint8Array): string {
  const result = decodeSource(bytes, 'g.yaml');
  if (result.ok) return 'anders';
  return /UTF-32/.test(result.finding.message) ? 'UTF-32' : /UTF-16/.test(result.finding.message) ? 'UTF-16' : 'anders';
}

describe('decodeSource names UTF-16 and UTF-32 by the whole byte order mark', () => {
  it('for any first four bytes made of the bytes of the marks (property)', () => {
    const byte = fc.constantFrom(0x00, 0xfe, 0xff, 0x61, 0x0a);
    fc.assert(
      fc.property(fc.array(byte, { minLength: 0, maxLength: 6 }), (start) => {
        expect(named(Uint8Array.from(start))).toBe(expected(start));
      }),
      { numRuns: Number(process.env.SWA_PROPERTY_RUNS ?? 1) * 300 },
    );
  });

  it('every one of the 4-byte starts of 00, FE and FF', () => {
    const values = [0x00, 0xfe, 0xff];
    for (const b0 of values)
      for (const b1 of values)
        for (const b2 of values)
          for (const b3 of values) {
            const start = [b0, b1, b2, b3, 0x61, 0x0a];
            expect(named(Uint8Array.from(start)), start.map((b) => b.toString(16)).join(' ')).toBe(expected(start));
          }
  });
});

describe('the encoding finding in full', () => {
  const finding = (bytes: number[]) => {
    const result = decodeSource(Uint8Array.from(bytes), 'g.yaml');
    if (result.ok) throw new Error('decoded');
    return result.finding;
  };
  const at = (line: number, column: number, message: string) => ({
    rule: 'bestand-codering',
    severity: 'fout',
    onderdeel: null,
    file: 'g.yaml',
    line,
    column,
    path: [],
    message,
  });

  it('UTF-32, UTF-16 and bytes that are not UTF-8 each say what to do in the editor', () => {
    expect(finding([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0])).toEqual(
      at(1, 1, 'Het bestand is opgeslagen als UTF-32 (Unicode). Sla het op als UTF-8: in de meeste editors via Opslaan als → Codering: UTF-8.'),
    );
    expect(finding([0xfe, 0xff, 0, 0x61])).toEqual(
      at(1, 1, 'Het bestand is opgeslagen als UTF-16 (Unicode). Sla het op als UTF-8: in Kladblok via Opslaan als → Codering: UTF-8.'),
    );
    expect(finding([0x61, 0x3a, 0x0a, 0x62, 0xe9])).toEqual(
      at(
        2,
        2,
        'Het bestand bevat tekens die geen UTF-8 zijn (bijvoorbeeld een é uit een oud Windows-bestand). Sla het bestand op als UTF-8 en probeer het opnieuw.',
      ),
    );
  });
});
