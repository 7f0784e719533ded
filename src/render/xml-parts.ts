import { strFromU8, strToU8 } from 'fflate';
import { withoutXmlInvalid } from '../core/domain/xml-chars.js';

/**
 * The last gate before a .docx is written. A character XML 1.0 does not allow (U+FFFF from a
 * value, a control character from a template) makes the whole document unreadable: Word and
 * LibreOffice refuse it. `check` reports such characters (teken-ongeldig); here every XML part of
 * the package has them replaced by U+FFFD, and is then checked to be well-formed. A part that is
 * still not well-formed is a fault in swa: the document is not written (DocumentXmlError, exit 2).
 */
export class DocumentXmlError extends Error {}

const isXmlPart = (name: string): boolean => name.endsWith('.xml') || name.endsWith('.rels');

/** Replaces XML-invalid characters in every XML part, in place, and throws if a part is not well-formed XML. */
export function cleanXmlParts(files: Record<string, Uint8Array>): void {
  for (const name of Object.keys(files).filter(isXmlPart)) {
    const original = strFromU8(files[name]!);
    const text = withoutXmlInvalid(original);
    if (text !== original) files[name] = strToU8(text);
  }
}

export function assertWellFormedParts(files: Record<string, Uint8Array>): void {
  for (const name of Object.keys(files).filter(isXmlPart)) {
    const problem = xmlProblem(strFromU8(files[name]!));
    if (problem) throw new DocumentXmlError(`Het Word-document zou ongeldige XML bevatten in ${name} (${problem}); swa schrijft het daarom niet.`);
  }
}

/**
 * Cleans every XML part held as text (name → XML) and throws if one is not well-formed: cleanXmlParts
 * and assertWellFormedParts in one pass, the characters looked at once. A part `checkedBefore` says
 * was this very text in an earlier document (and passed) is not looked at again.
 */
export function cleanAndAssertWellFormed(texts: Map<string, string>, checkedBefore: (name: string, text: string) => boolean = () => false): void {
  for (const [name, text] of texts) {
    if (!isXmlPart(name) || checkedBefore(name, text)) continue;
    const cleaned = withoutXmlInvalid(text);
    if (cleaned !== text) texts.set(name, cleaned);
    const problem = structureProblem(cleaned);
    if (problem) throw new DocumentXmlError(`Het Word-document zou ongeldige XML bevatten in ${name} (${problem}); swa schrijft het daarom niet.`);
  }
}

/**
 * Why a text is not well-formed XML (as docx and swa write it: a declaration, elements,
 * attributes, text, comments), or undefined. Not a full parser: no DTD, which none of our parts has.
 */
export function xmlProblem(xml: string): string | undefined {
  if (withoutXmlInvalid(xml) !== xml) return 'een teken dat XML niet toestaat';
  return structureProblem(xml);
}

// Open elements as [start, end) of their names in the text, compared in place: no string per tag.
// A charCode scanner instead of a regex and a slice per tag, for speed (measured: the structure
// check of a rendered complete file's document.xml, 143 KB, 342 times: 390 ms → 220 ms).
const openStarts: number[] = [];
const openEnds: number[] = [];
// The attributes of one tag: [name start, name end, value start, value end) by four.
const attributeRanges: number[] = [];
// The names attributesProblem compares, as [start, end) pairs.
const nameRanges: number[] = [];

/** xmlProblem for a text whose characters are known to be allowed (just cleaned): the structure only. */
function structureProblem(xml: string): string | undefined {
  let depth = 0;
  let roots = 0;
  // Where the next & is: looked up once per &, not once per text between two tags (that was
  // quadratic in a part with few references, such as document.xml).
  let nextAmp = -1;
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (xml.startsWith('<?xml', i)) {
    const end = xml.indexOf('?>', i);
    if (end < 0) return 'de XML-declaratie wordt niet afgesloten';
    i = end + 2;
  }
  const length = xml.length;
  while (i < length) {
    // Most tags follow one another without text: no search then.
    const lt = xml.charCodeAt(i) === 0x3c ? i : xml.indexOf('<', i);
    const textEnd = lt < 0 ? length : lt;
    if (depth === 0) {
      for (let k = i; k < textEnd; k++) if (!isSpace(xml.charCodeAt(k))) return 'tekst buiten het hoofdelement';
    }
    if (nextAmp < i && nextAmp !== -2) {
      nextAmp = xml.indexOf('&', i);
      if (nextAmp < 0) nextAmp = -2;
    }
    while (nextAmp >= 0 && nextAmp < textEnd) {
      const problem = referenceProblem(xml, nextAmp, textEnd);
      if (problem) return problem;
      nextAmp = xml.indexOf('&', nextAmp + 1);
      if (nextAmp < 0) nextAmp = -2;
    }
    if (lt < 0) break;
    const second = xml.charCodeAt(lt + 1);
    if (second === 0x21 && xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end < 0) return 'een commentaar wordt niet afgesloten';
      i = end + 3;
      continue;
    }
    if (second === 0x3f) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) return 'een verwerkingsinstructie wordt niet afgesloten';
      i = end + 2;
      continue;
    }
    if (second === 0x21 && xml.startsWith('<![CDATA[', lt)) {
      if (depth === 0) return 'CDATA buiten het hoofdelement';
      const end = xml.indexOf(']]>', lt);
      if (end < 0) return 'CDATA wordt niet afgesloten';
      i = end + 3;
      continue;
    }
    // A tag is read up to its first >; only one that does not parse looks for that > with indexOf.
    const endName = second === 0x2f ? nameEnd(xml, lt + 2) : -1;
    const afterEndName = endName > lt + 2 ? skipSpaces(xml, endName) : -1;
    let tagEnd: number;
    if (afterEndName > 0 && xml.charCodeAt(afterEndName) === 0x3e) {
      // An end tag: it must close the innermost open element.
      if (depth === 0 || !sameRange(xml, openStarts[depth - 1]!, openEnds[depth - 1]!, lt + 2, endName)) {
        return `</${xml.slice(lt + 2, endName)}> sluit een element dat niet open staat`;
      }
      depth -= 1;
      tagEnd = afterEndName;
    } else {
      const problem = startTagProblem(xml, lt);
      if (problem) return problem;
      tagEnd = startTagEnd;
      if (depth === 0) roots += 1;
      if (roots > 1) return 'meer dan één hoofdelement';
      if (xml.charCodeAt(tagEnd - 1) !== 0x2f) {
        openStarts[depth] = lt + 1;
        openEnds[depth] = nameEnd(xml, lt + 1);
        depth += 1;
      }
    }
    i = tagEnd + 1;
  }
  if (depth > 0) return `<${xml.slice(openStarts[depth - 1], openEnds[depth - 1])}> wordt niet afgesloten`;
  if (roots !== 1) return 'geen hoofdelement';
  return undefined;
}

/** Where the last start tag that parsed ends (its >), set by startTagProblem. */
let startTagEnd = -1;

/**
 * What is wrong with the start tag xml[lt..tagEnd] (tagEnd: its first >): a name, attributes
 * `name="value"` or `name='value'` (no < in a value), each after white space, then `>` or `/>`.
 */
function startTagProblem(xml: string, lt: number): string | undefined {
  let p = nameEnd(xml, lt + 1);
  if (p === lt + 1) return notATag(xml, lt);
  let attributes = 0;
  let equalsInValues = false;
  let ampersand = false;
  attributeRanges.length = 0;
  for (;;) {
    const q = skipSpaces(xml, p);
    const c = xml.charCodeAt(q);
    if (c === 0x3e) {
      startTagEnd = q;
      break;
    }
    if (c === 0x2f && xml.charCodeAt(q + 1) === 0x3e) {
      startTagEnd = q + 1;
      break;
    }
    if (q === p) return notATag(xml, lt);
    const nameStop = nameEnd(xml, q);
    if (nameStop === q) return notATag(xml, lt);
    let s = skipSpaces(xml, nameStop);
    if (xml.charCodeAt(s) !== 0x3d) return notATag(xml, lt);
    s = skipSpaces(xml, s + 1);
    const quote = xml.charCodeAt(s);
    if (quote !== 0x22 && quote !== 0x27) return notATag(xml, lt);
    let close = s + 1;
    for (; ; close++) {
      const v = xml.charCodeAt(close);
      if (v === quote) break;
      // A > ends the tag before the value does; the end of the text ends both.
      if (v === 0x3c || v === 0x3e || close >= xml.length) return notATag(xml, lt);
      if (v === 0x3d) equalsInValues = true;
      else if (v === 0x26) ampersand = true;
    }
    attributes += 1;
    attributeRanges.push(q, nameStop, s + 1, close);
    p = close + 1;
  }
  // Most tags have one attribute (w:val="…"): then no name can be doubled and, without an &, no value is wrong.
  if (attributes === 0 || (attributes === 1 && !equalsInValues && !ampersand)) return undefined;
  return attributesProblem(xml, lt, startTagEnd, equalsInValues, ampersand);
}

/** Why the text at `lt` is no tag: it has no > at all, or what is up to its first > does not parse. */
function notATag(xml: string, lt: number): string {
  const tagEnd = xml.indexOf('>', lt);
  return tagEnd < 0 ? 'een element wordt niet afgesloten' : invalidTag(xml, lt, tagEnd);
}

function invalidTag(xml: string, lt: number, tagEnd: number): string {
  return `ongeldig element ${xml.slice(lt, Math.min(tagEnd + 1, lt + 40))}`;
}

/**
 * Doubled names and bad references in the attributes of a start tag that passed startTagProblem.
 * A name is also what `\s+name\s*=` finds inside a value: the regex this replaces counted those,
 * and the verdicts stay exactly as they were.
 */
function attributesProblem(xml: string, lt: number, tagEnd: number, equalsInValues: boolean, ampersand: boolean): string | undefined {
  nameRanges.length = 0;
  for (let a = 0; a < attributeRanges.length; a += 4) {
    nameRanges.push(attributeRanges[a]!, attributeRanges[a + 1]!);
    if (equalsInValues) namesInValue(xml, attributeRanges[a + 2]!, attributeRanges[a + 3]!);
  }
  for (let a = 2; a < nameRanges.length; a += 2) {
    for (let b = 0; b < a; b += 2) {
      if (sameRange(xml, nameRanges[a]!, nameRanges[a + 1]!, nameRanges[b]!, nameRanges[b + 1]!)) {
        return `dubbel attribuut in ${xml.slice(lt, Math.min(tagEnd + 1, lt + 40))}`;
      }
    }
  }
  if (!ampersand) return undefined;
  for (let a = 0; a < attributeRanges.length; a += 4) {
    const to = attributeRanges[a + 3]!;
    for (let amp = xml.indexOf('&', attributeRanges[a + 2]!); amp >= 0 && amp < to; amp = xml.indexOf('&', amp + 1)) {
      const problem = referenceProblem(xml, amp, to);
      if (problem) return problem;
    }
  }
  return undefined;
}

/** Adds what `\s+name\s*=` finds in the value xml[from, to) (whose end is its closing quote) to nameRanges. */
function namesInValue(xml: string, from: number, to: number): void {
  let k = from;
  while (k < to) {
    if (!isSpace(xml.charCodeAt(k))) {
      k += 1;
      continue;
    }
    const name = skipSpaces(xml, k);
    const stop = nameEnd(xml, name);
    if (stop === name) {
      k = name;
      continue;
    }
    const equals = skipSpaces(xml, stop);
    if (xml.charCodeAt(equals) === 0x3d) {
      nameRanges.push(name, stop);
      k = equals + 1;
    } else {
      k = stop;
    }
  }
}

/** What is wrong with the & at xml[amp] in a text or value ending at `to`: it must start &amp; &lt; &gt; &quot; &apos; &#n; or &#xh; of an XML character. */
function referenceProblem(xml: string, amp: number, to: number): string | undefined {
  const bad = 'een & die geen geldige verwijzing begint';
  let k = amp + 1;
  if (xml.charCodeAt(k) !== 0x23) {
    while (k < to && isLowerLetter(xml.charCodeAt(k))) k += 1;
    if (k >= to || xml.charCodeAt(k) !== 0x3b) return bad;
    const length = k - amp - 1;
    const named =
      (length === 3 && xml.startsWith('amp', amp + 1)) ||
      (length === 2 && (xml.startsWith('lt', amp + 1) || xml.startsWith('gt', amp + 1))) ||
      (length === 4 && (xml.startsWith('quot', amp + 1) || xml.startsWith('apos', amp + 1)));
    return named ? undefined : bad;
  }
  k += 1;
  // Past U+10FFFF the exact number does not matter: it is no character either way.
  let code = 0;
  const hex = xml.charCodeAt(k) === 0x78;
  if (hex) k += 1;
  const digitsFrom = k;
  for (; k < to; k++) {
    const digit = hex ? hexValue(xml.charCodeAt(k)) : decimalValue(xml.charCodeAt(k));
    if (digit < 0) break;
    if (code <= 0x10ffff) code = code * (hex ? 16 : 10) + digit;
  }
  if (k === digitsFrom || k >= to || xml.charCodeAt(k) !== 0x3b) return bad;
  if (!isXmlChar(code)) return `een verwijzing naar een teken dat XML niet toestaat (${xml.slice(amp, k + 1)})`;
  return undefined;
}

function isLowerLetter(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

function decimalValue(c: number): number {
  return c >= 0x30 && c <= 0x39 ? c - 0x30 : -1;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return -1;
}

/** The end of the XML name (as this check knows them: [A-Za-z_][\w.:-]*) that starts at `from`, or `from` when none does. */
function nameEnd(xml: string, from: number): number {
  const first = xml.charCodeAt(from);
  if (!((first >= 0x61 && first <= 0x7a) || (first >= 0x41 && first <= 0x5a) || first === 0x5f)) return from;
  let k = from + 1;
  for (;;) {
    const c = xml.charCodeAt(k);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x3a) || c === 0x5f || c === 0x2e || c === 0x2d) k += 1;
    else return k;
  }
}

function skipSpaces(xml: string, from: number): number {
  let k = from;
  while (isSpace(xml.charCodeAt(k))) k += 1;
  return k;
}

function sameRange(xml: string, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false;
  for (let k = 0; k < aEnd - a; k++) if (xml.charCodeAt(a + k) !== xml.charCodeAt(b + k)) return false;
  return true;
}

/** JavaScript's white space (what \s and trim() take): the check said `\s` and trim(), so it keeps their set. */
function isSpace(c: number): boolean {
  if (c === 0x20 || (c >= 0x9 && c <= 0xd)) return true;
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

function isXmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}
