import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointName, firstXmlInvalid, withoutXmlInvalid } from '../../src/core/domain/xml-chars.js';
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
