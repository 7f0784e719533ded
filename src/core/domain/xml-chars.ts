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

/** The text with every character XML cannot hold replaced (by U+FFFD, the replacement character, unless told otherwise). */
export function withoutXmlInvalid(text: string, replacement = '\uFFFD'): string {
  return XML_INVALID.test(text) ? text.replace(XML_INVALID_ALL, replacement) : text;
}

/** The first invalid character and its index (in UTF-16 units), or undefined. */
export function firstXmlInvalid(text: string): { char: string; index: number } | undefined {
  const match = XML_INVALID.exec(text);
  return match ? { char: match[0], index: match.index } : undefined;
}

/** U+FFFF notation for a message: what the reader can look up, since the character itself is invisible. */
export function codePointName(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
