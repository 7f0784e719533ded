/**
 * Characters a Word document cannot hold. XML 1.0 (§2.2, production Char) forbids the C0 control
 * characters other than tab, line feed and carriage return, U+FFFE and U+FFFF, and surrogates that
 * do not form a pair; LibreOffice refuses a document with any of them. The other non-characters
 * (U+FDD0–U+FDEF and the last two code points of every plane) are "discouraged" there and mean
 * nothing in a text, so they count as invalid too. Used by `check` (the finding) and by every XML
 * writer (which replaces them), so the two can never disagree.
 */
const PLANE_ENDS = Array.from({ length: 16 }, (_, i) => `\\u{${(i + 1).toString(16)}FFFE}\\u{${(i + 1).toString(16)}FFFF}`).join('');
const SOURCE = `[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF${PLANE_ENDS}\\uD800-\\uDFFF]`;

/** Matches one invalid character (in `u` mode a paired surrogate is one code point, so only lone ones match). */
const XML_INVALID = new RegExp(SOURCE, 'u');
const XML_INVALID_ALL = new RegExp(SOURCE, 'gu');

/**
 * Every UTF-16 unit an invalid character can start with: C0 controls, U+FDD0–U+FDEF, U+FFFE,
 * U+FFFF and any surrogate (a plane end is a pair). Without `u` V8 scans for these in machine code.
 */
const SUSPECT_UNIT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/;

/**
 * Whether the text holds a character XML_INVALID matches, by its UTF-16 units. Every document
 * part goes through here. The texts render builds are ropes of many pieces, on which a charCodeAt
 * loop cost 1.9 ms per word/document.xml of 140 KB; the regex first makes the text flat and finds
 * most texts clean at once (0.2 ms; measured on 342 rendered documents, 641 → 68 ms). Only a text
 * with a suspect unit (an emoji is a surrogate pair) is read unit by unit, from that unit on.
 */
export function hasXmlInvalid(text: string): boolean {
  const suspect = SUSPECT_UNIT.exec(text);
  if (suspect === null) return false;
  for (let i = suspect.index; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x20) {
      if (unit !== 0x09 && unit !== 0x0a && unit !== 0x0d) return true;
    } else if (unit >= 0xd800) {
      if (unit <= 0xdbff) {
        const low = text.charCodeAt(i + 1);
        if (!(low >= 0xdc00 && low <= 0xdfff)) return true;
        // A pair: the last two code points of a plane (U+1FFFE, U+1FFFF, …) end in FFFE or FFFF.
        if ((low & 0x3fe) === 0x3fe && (unit & 0x3f) === 0x3f) return true;
        i += 1;
      } else if (unit <= 0xdfff || (unit >= 0xfdd0 && unit <= 0xfdef) || unit >= 0xfffe) return true;
    }
  }
  return false;
}

/** The text with every character XML cannot hold replaced (by U+FFFD, the replacement character, unless told otherwise). */
export function withoutXmlInvalid(text: string, replacement = '\uFFFD'): string {
  return hasXmlInvalid(text) ? text.replace(XML_INVALID_ALL, replacement) : text;
}

/** The first invalid character and its index (in UTF-16 units), or undefined. */
export function firstXmlInvalid(text: string): { char: string; index: number } | undefined {
  if (!hasXmlInvalid(text)) return undefined;
  const match = XML_INVALID.exec(text);
  return match ? { char: match[0], index: match.index } : undefined;
}

/** U+FFFF notation for a message: what the reader can look up, since the character itself is invisible. */
export function codePointName(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
