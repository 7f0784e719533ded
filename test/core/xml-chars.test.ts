import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointName, firstXmlInvalid, hasXmlInvalid, withoutXmlInvalid } from '../../src/core/domain/xml-chars.js';
import { firstNonXmlChar, hasNonCharacter } from '../helpers/xml-chars.js';

describe('codePointName: how a message names an invisible character', () => {
  it('is U+ and at least four upper-case hex digits, the whole code point for one outside the BMP', () => {
    expect(codePointName('\u0001')).toBe('U+0001');
    expect(codePointName('\ufffe')).toBe('U+FFFE');
    expect(codePointName('\u202e')).toBe('U+202E');
    expect(codePointName('\u{10ffff}')).toBe('U+10FFFF');
  });

  it('agrees with an independent reading of XML 1.0 for the first invalid character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (text) => {
        const found = firstXmlInvalid(text);
        if (firstNonXmlChar(text) === undefined && !hasNonCharacter(text)) expect(found).toBeUndefined();
        else if (!hasNonCharacter(text)) expect(found && codePointName(found.char)).toBe(firstNonXmlChar(text));
      }),
    );
  });
});

describe('withoutXmlInvalid', () => {
  it('replaces each invalid character by U+FFFD unless told otherwise, and leaves valid text alone', () => {
    expect(withoutXmlInvalid('a\u0001b\ud800c\uffffd')).toBe('a\ufffdb\ufffdc\ufffdd');
    expect(withoutXmlInvalid('a\u0001b', '')).toBe('ab');
    expect(withoutXmlInvalid('tab\tregel\n\u{1f600}')).toBe('tab\tregel\n\u{1f600}');
  });
});

/** The invalid characters read by code point, as the comment of xml-chars.ts lists them (an oracle that shares no code with it). */
function invalidByCodePoint(text: string): boolean {
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) return true;
    if (cp >= 0xd800 && cp <= 0xdfff) return true; // a lone surrogate: a pair is read as one code point
    if ((cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe) return true;
  }
  return false;
}

/** Units near every edge of the ranges: controls, surrogates, the non-characters, plane ends and their neighbours. */
const edgeUnit = fc.constantFrom(
  0x00,
  0x08,
  0x09,
  0x0a,
  0x0b,
  0x0c,
  0x0d,
  0x0e,
  0x1f,
  0x20,
  0x7f,
  0xd7ff,
  0xd800,
  0xd83d,
  0xdbff,
  0xdc00,
  0xde00,
  0xdfff,
  0xe000,
  0xfdcf,
  0xfdd0,
  0xfdef,
  0xfdf0,
  0xfffd,
  0xfffe,
  0xffff,
  0xd83f,
  0xdffe,
  0xdbfe,
  0xdbff,
  0xdc3e,
  0xdc3f,
);
/**
 * A valid pair (an emoji, a plane's last valid code point) is suspect to the quick test but not
 * invalid: what follows it must still be read right, a space or tab included.
 */
const validPair = fc.constantFrom([0xd83d, 0xde00], [0xd83f, 0xdffd], [0xdbff, 0xdffd], [0xd800, 0xdc00]);
const edgeText = fc
  .array(
    fc.oneof(
      edgeUnit.map((unit) => [unit]),
      fc.integer({ min: 0, max: 0xffff }).map((unit) => [unit]),
      validPair,
    ),
    { maxLength: 16 },
  )
  .map((pieces) => String.fromCharCode(...pieces.flat()));

describe('hasXmlInvalid: the quick test before the regex', () => {
  it('agrees with a reading by code point, on edge units and on any text (property)', () => {
    const runs = Number(process.env.SWA_PROPERTY_RUNS ?? 1);
    fc.assert(
      fc.property(fc.oneof(edgeText, fc.string({ unit: 'binary', maxLength: 24 })), (text) => {
        expect(hasXmlInvalid(text)).toBe(invalidByCodePoint(text));
        // withoutXmlInvalid only replaces when the quick test says so, and then leaves nothing invalid.
        const cleaned = withoutXmlInvalid(text);
        expect(invalidByCodePoint(cleaned)).toBe(false);
        if (!invalidByCodePoint(text)) expect(cleaned).toBe(text);
      }),
      { numRuns: runs * 3000 },
    );
  });

  it('finds the plane ends written as a surrogate pair (U+1FFFE, U+10FFFF), and not their neighbours', () => {
    for (const cp of [0x1fffe, 0x1ffff, 0x2fffe, 0x10fffe, 0x10ffff]) expect(hasXmlInvalid(`a${String.fromCodePoint(cp)}b`), cp.toString(16)).toBe(true);
    for (const cp of [0x1fffd, 0x20000, 0x1f600, 0x10fffd]) expect(hasXmlInvalid(`a${String.fromCodePoint(cp)}b`), cp.toString(16)).toBe(false);
    // After a valid pair the units are read one by one: a space or tab there is still ordinary text.
    for (const after of [' ', '\t', '\n', 'x ']) expect(hasXmlInvalid(`\u{1f600}${after}`), JSON.stringify(after)).toBe(false);
  });
});
