import fc from 'fast-check';
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

const RUNS = Number(process.env.SWA_PROPERTY_RUNS ?? 1);

/** The text before the first bad byte, by an independent route: a fatal decoder fed one byte at a time. */
function textBeforeFirstError(input: Uint8Array): string | null {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let text = '';
  try {
    for (let at = 0; at < input.length; at += 1) text += decoder.decode(input.subarray(at, at + 1), { stream: true });
    text += decoder.decode();
    return null;
  } catch {
    return text;
  }
}

const lineAndColumn = (before: string) => ({ line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') });

// Lead bytes, continuation bytes, the edges of the allowed ranges, and plain text around them.
const byteOfInterest = fc.oneof(
  fc.integer({ min: 0, max: 255 }),
  fc.constantFrom(0x0a, 0x61, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xf7, 0xf8, 0xff),
);
const continuation = fc.oneof(fc.integer({ min: 0x80, max: 0xbf }), fc.constantFrom(0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf));
// A lead byte with as many continuation bytes as a real sequence would have, in or out of range.
const sequenceLike = fc.tuple(byteOfInterest, fc.array(continuation, { minLength: 1, maxLength: 3 })).map(([lead, rest]) => [lead, ...rest]);
const someBytes = fc.array(
  fc.oneof(
    byteOfInterest.map((b) => [b]),
    sequenceLike,
    fc.string({ unit: 'binary', maxLength: 4 }).map((t) => [...Buffer.from(t, 'utf8')]),
  ),
  { maxLength: 40 },
);

describe('decodeSource: where the first bad byte is', () => {
  it('is not fooled by a real U+FFFD earlier in the file', () => {
    expect(decodeSource(bytes('a: \uFFFD\nb: caf', [0xe9]), 'g.yaml')).toMatchObject({ ok: false, finding: { line: 2, column: 7 } });
    expect(decodeSource(bytes('\uFFFD\uFFFD', [0xff]), 'g.yaml')).toMatchObject({ ok: false, finding: { line: 1, column: 3 } });
  });

  it('points at the start of a sequence cut short, also at the end of the file', () => {
    expect(decodeSource(bytes('ab', [0xe2, 0x82], 'c'), 'g.yaml')).toMatchObject({ finding: { line: 1, column: 3 } });
    expect(decodeSource(bytes('a\nb', [0xf0, 0x9f, 0x98]), 'g.yaml')).toMatchObject({ finding: { line: 2, column: 2 } });
  });

  it('over any bytes: UTF-8 is read as the decoder reads it, and anything else is a finding at the place a byte-by-byte decoder stops', () => {
    fc.assert(
      fc.property(someBytes, (parts) => {
        const input = Uint8Array.from(parts.flat());
        const before = textBeforeFirstError(input);
        const result = decodeSource(input, 'g.yaml');
        if (before === null) return result.ok && result.text === new TextDecoder().decode(input);
        return (
          !result.ok &&
          result.finding.rule === 'bestand-codering' &&
          result.finding.line === lineAndColumn(before).line &&
          result.finding.column === lineAndColumn(before).column
        );
      }),
      { numRuns: RUNS * 2000 },
    );
  });

  it('over any text with a bad byte in it: the line and column of that byte in the text before it', () => {
    const bad = fc.constantFrom<number[]>([0xe9], [0xff], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x28]);
    const text = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\uFFFD', 'é', '😀', ':'), maxLength: 30 });
    fc.assert(
      fc.property(text, bad, text, (head, badBytes, tail) => {
        const result = decodeSource(bytes(head, badBytes, tail), 'g.yaml');
        return !result.ok && result.finding.line === lineAndColumn(head).line && result.finding.column === lineAndColumn(head).column;
      }),
      { numRuns: RUNS * 1000 },
    );
  });
});
