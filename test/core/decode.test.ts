import { describe, expect, it } from 'vitest';
import { decodeSource, MAX_FILE_BYTES, tooLargeFinding } from '../../src/core/load/decode.js';

// Bytes → text: a file in another encoding is one finding at the place of the first bad byte,
// so a beleidsmedewerker can find the é that an old Windows editor wrote.

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));

describe('decodeSource', () => {
  it('returns UTF-8 text as it is, and drops a BOM', () => {
    expect(decodeSource(bytes('naam: Súdwest\n'), 'g.yaml')).toEqual({ ok: true, text: 'naam: Súdwest\n' });
    expect(decodeSource(bytes([0xef, 0xbb, 0xbf], 'a: 1\n'), 'g.yaml')).toEqual({ ok: true, text: 'a: 1\n' });
  });

  it('points at the line and column of the first byte that is not UTF-8', () => {
    const result = decodeSource(bytes('a: 1\nnaam: Caf', [0xe9], '\nb: 2 ', [0xe9]), 'g.yaml');
    expect(result).toMatchObject({ ok: false, finding: { rule: 'bestand-codering', severity: 'fout', file: 'g.yaml', line: 2, column: 10, onderdeel: null } });
  });

  it('counts the column from 1 on the first line too', () => {
    expect(decodeSource(bytes([0xe9], 'a'), 'g.yaml')).toMatchObject({ finding: { line: 1, column: 1 } });
    expect(decodeSource(bytes('ab', [0xe9]), 'g.yaml')).toMatchObject({ finding: { line: 1, column: 3 } });
  });

  it('recognises UTF-16 in both byte orders by its BOM', () => {
    for (const bom of [
      [0xff, 0xfe],
      [0xfe, 0xff],
    ]) {
      const result = decodeSource(bytes(bom, [0x61, 0x00]), 'g.yaml');
      expect(result).toMatchObject({ ok: false, finding: { rule: 'bestand-codering', line: 1, column: 1 } });
      if (!result.ok) expect(result.finding.message).toContain('UTF-16');
    }
    // One of the two BOM bytes alone is not UTF-16: 0xff is simply not UTF-8.
    const single = decodeSource(bytes([0xff], 'a'), 'g.yaml');
    if (single.ok) throw new Error('0xff is not UTF-8');
    expect(single.finding.message).not.toContain('UTF-16');
  });

  it('refuses a file over the limit, not one exactly at it', () => {
    expect(decodeSource(new Uint8Array(MAX_FILE_BYTES + 1), 'g.yaml')).toMatchObject({ ok: false, finding: { rule: 'bestand-te-groot' } });
    expect(decodeSource(new Uint8Array(MAX_FILE_BYTES).fill(0x20), 'g.yaml').ok).toBe(true);
  });

  it('says how large the file is and what the limit is, in MB', () => {
    const finding = tooLargeFinding('g.yaml', 10 * 1024 * 1024);
    expect(finding).toMatchObject({ rule: 'bestand-te-groot', severity: 'fout', line: 1, column: 1, file: 'g.yaml' });
    expect(finding.message).toContain('10.0 MB');
    expect(finding.message).toContain('hooguit 2 MB');
  });
});
