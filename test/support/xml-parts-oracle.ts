/**
 * The well-formedness check of src/render/xml-parts.ts as it was before the charCode scanner
 * (int at 793fd4f), kept verbatim as the oracle of test/render/xml-parts-oracle.test.ts: the new
 * scanner must give the same verdict and the same Dutch text for every input.
 */
import { withoutXmlInvalid } from '../../src/core/domain/xml-chars.js';

const NAME = '[A-Za-z_][\\w.:-]*';
const ATTRIBUTE = `\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*')`;
const START = new RegExp(`^<(${NAME})((?:${ATTRIBUTE})*)\\s*(/?)>`);
const END = new RegExp(`^</(${NAME})\\s*>`);
const ATTRIBUTE_NAME = new RegExp(`\\s+(${NAME})\\s*=`, 'g');
const ATTRIBUTE_VALUE = /=\s*(?:"([^"]*)"|'([^']*)')/g;
const REFERENCE = /&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));/y;

/**
 * Why a text is not well-formed XML (as docx and swa write it: a declaration, elements,
 * attributes, text, comments), or undefined. Not a full parser: no DTD, which none of our parts has.
 */
export function oldXmlProblem(xml: string): string | undefined {
  if (withoutXmlInvalid(xml) !== xml) return 'een teken dat XML niet toestaat';
  return oldStructureProblem(xml);
}

/** xmlProblem for a text whose characters are known to be allowed (just cleaned): the structure only. */
export function oldStructureProblem(xml: string): string | undefined {
  const stack: string[] = [];
  let roots = 0;
  // Where the next & is: looked up once per &, not once per text between two tags (that was
  // quadratic in a part with few references, such as document.xml).
  const ampersands = { at: -1 };
  let i = xml.startsWith('\uFEFF') ? 1 : 0;
  if (xml.startsWith('<?xml', i)) {
    const end = xml.indexOf('?>', i);
    if (end < 0) return 'de XML-declaratie wordt niet afgesloten';
    i = end + 2;
  }
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? xml.length : lt;
    const textProblem = textProblemIn(xml, i, textEnd, stack.length === 0, ampersands);
    if (textProblem) return textProblem;
    if (lt < 0) break;
    const rest = xml.slice(lt, lt + 4);
    if (rest.startsWith('<!--')) {
      const end = xml.indexOf('-->', lt + 4);
      if (end < 0) return 'een commentaar wordt niet afgesloten';
      i = end + 3;
      continue;
    }
    if (rest.startsWith('<?')) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) return 'een verwerkingsinstructie wordt niet afgesloten';
      i = end + 2;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      if (stack.length === 0) return 'CDATA buiten het hoofdelement';
      const end = xml.indexOf(']]>', lt);
      if (end < 0) return 'CDATA wordt niet afgesloten';
      i = end + 3;
      continue;
    }
    const tagEnd = xml.indexOf('>', lt);
    if (tagEnd < 0) return 'een element wordt niet afgesloten';
    const tag = xml.slice(lt, tagEnd + 1);
    const end = tag.charCodeAt(1) === 0x2f ? END.exec(tag) : null;
    if (end) {
      if (stack.pop() !== end[1]) return `</${end[1]}> sluit een element dat niet open staat`;
    } else {
      const start = START.exec(tag);
      if (!start || start[0].length !== tag.length) return `ongeldig element ${tag.slice(0, 40)}`;
      const attributes = start[2] ?? '';
      if (attributes !== '') {
        const problem = attributesProblem(attributes, tag);
        if (problem) return problem;
      }
      if (stack.length === 0) roots += 1;
      if (roots > 1) return 'meer dan één hoofdelement';
      if (!start[3]) stack.push(start[1]!);
    }
    i = tagEnd + 1;
  }
  if (stack.length > 0) return `<${stack.at(-1)}> wordt niet afgesloten`;
  if (roots !== 1) return 'geen hoofdelement';
  return undefined;
}

function attributesProblem(attributes: string, tag: string): string | undefined {
  // Most tags have one attribute (w:val="…"): then no name can be doubled and, without an &, no value is wrong.
  const single = attributes.indexOf('=') === attributes.lastIndexOf('=');
  if (single && !attributes.includes('&')) return undefined;
  // A loop over a short list: no array of matches and no Set per tag (there are thousands of tags per document).
  const names: string[] = [];
  ATTRIBUTE_NAME.lastIndex = 0;
  for (let match = ATTRIBUTE_NAME.exec(attributes); match !== null; match = ATTRIBUTE_NAME.exec(attributes)) {
    if (names.includes(match[1]!)) return `dubbel attribuut in ${tag.slice(0, 40)}`;
    names.push(match[1]!);
  }
  if (!attributes.includes('&')) return undefined;
  for (const value of attributes.matchAll(ATTRIBUTE_VALUE)) {
    const v = value[1] ?? value[2] ?? '';
    const problem = textProblemIn(v, 0, v.length, false, { at: -1 });
    if (problem) return problem;
  }
  return undefined;
}

/** Text between tags: only whitespace outside the root, `&` only as a reference to an allowed character. */
function textProblemIn(xml: string, from: number, to: number, outsideRoot: boolean, ampersands: { at: number }): string | undefined {
  if (outsideRoot && xml.slice(from, to).trim() !== '') return 'tekst buiten het hoofdelement';
  if (ampersands.at < from && ampersands.at !== Number.POSITIVE_INFINITY) {
    const next = xml.indexOf('&', from);
    ampersands.at = next < 0 ? Number.POSITIVE_INFINITY : next;
  }
  for (let amp = ampersands.at; amp < to; amp = ampersands.at) {
    REFERENCE.lastIndex = amp;
    const match = REFERENCE.exec(xml);
    if (!match || amp + match[0].length > to) return 'een & die geen geldige verwijzing begint';
    const code = match[2] !== undefined ? Number(match[2]) : match[3] !== undefined ? parseInt(match[3], 16) : undefined;
    if (code !== undefined && !isXmlChar(code)) return `een verwijzing naar een teken dat XML niet toestaat (${match[0]})`;
    const next = xml.indexOf('&', amp + 1);
    ampersands.at = next < 0 ? Number.POSITIVE_INFINITY : next;
  }
  return undefined;
}

function isXmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}
