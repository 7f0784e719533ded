import type { Document, LineCounter, Node } from 'yaml';
import type { Finding, PathSegment } from '../../findings.js';
import { onderdeelOfPath } from '../domain/onderdeel-of-path.js';
import { yamlLibrary } from './yaml-library.js';

/**
 * A text cut off by ` #`: `… besproken #directeveiligheid, zie bijlage 2.` keeps only
 * "… besproken"; YAML reads the rest as a comment. A comment written as a comment (`# …`, with a
 * space) is left alone: only a `#` directly followed by a letter or digit, right after plain text
 * or an empty value, reads like a hashtag or number that belongs to the text.
 */
export interface CutText {
  path: PathSegment[];
  /** Where the plain text starts (the offset of `#` when the value is empty). */
  start: number;
  /** Where the `#` stands. */
  hash: number;
  /** The end of the line the `#` is on. */
  lineEnd: number;
}

/**
 * A space or tab, `#`, a letter or digit: the same answer as /[ \t]#[\p{L}\p{N}]/u.test(text)
 * (test/core/load-pretests.test.ts), from the `#` only: measured 12 ms → 1 ms for 342 files (CPU profile).
 */
export function mayHaveCutText(text: string): boolean {
  for (let hash = text.indexOf('#'); hash !== -1; hash = text.indexOf('#', hash + 1)) {
    const before = text.charCodeAt(hash - 1);
    if (before !== 32 && before !== 9) continue;
    const next = text.charCodeAt(hash + 1);
    if ((next >= 48 && next <= 57) || (next >= 65 && next <= 90) || (next >= 97 && next <= 122)) return true;
    if (next < 128 || Number.isNaN(next)) continue;
    LETTER_OR_DIGIT.lastIndex = hash + 1;
    if (LETTER_OR_DIGIT.test(text)) return true;
  }
  return false;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;

export function findCutTexts(text: string, doc: Document): CutText[] {
  if (!mayHaveCutText(text)) return [];
  const { isMap, isPair, isScalar, isSeq, visit } = yamlLibrary();
  const found: CutText[] = [];
  visit(doc, {
    Scalar(_, node, ancestors) {
      const range = node.range;
      if (!range || (node.type !== 'PLAIN' && node.source !== '')) return;
      const lineEnd = endOfLine(text, range[1]);
      const rest = text.slice(range[1], lineEnd);
      const comment = /^[ \t]*#([\p{L}\p{N}])/u.exec(rest);
      // The value and the `#` stand on the same line, with at least one space between them.
      if (!comment || (range[1] > range[0] && !/^[ \t]/.test(rest))) return;
      if (node.value !== null && typeof node.value !== 'string') return;
      const hash = range[1] + rest.indexOf('#');
      if (node.value === null && !/:[ \t]+$/.test(text.slice(startOfLine(text, hash), hash))) return;
      const path = pathOf(ancestors, node, { isMap, isPair, isScalar, isSeq });
      if (!path) return;
      found.push({ path, start: node.value === null ? hash : range[0], hash, lineEnd });
    },
  });
  return found;
}

export function cutTextFindings(text: string, file: string, doc: Document, lineCounter: LineCounter): Finding[] {
  return findCutTexts(text, doc).map((cut) => {
    const { line, col } = lineCounter.linePos(cut.hash);
    const lost = text.slice(cut.hash, cut.lineEnd).trimEnd();
    const kept = text.slice(cut.start, cut.hash).trimEnd();
    return {
      rule: 'tekst-afgebroken',
      severity: 'waarschuwing',
      onderdeel: onderdeelOfPath(cut.path),
      file,
      line,
      column: col,
      path: cut.path,
      message: `Vanaf \` #\` leest YAML de rest van de regel als commentaar: \`${shorten(lost)}\` komt niet in het document${kept ? `, alleen \`${shorten(kept)}\`` : ''}. Hoort het bij de tekst, zet de hele tekst dan tussen aanhalingstekens${example(kept ? `${kept} ${lost}` : lost)}; \`swa check --herstel\` doet dat voor u. Is het commentaar, zet dan een spatie na #.`,
    };
  });
}

/** The whole text in quotes, when it is short enough to read in a message. */
function example(whole: string): string {
  return whole.length <= 80 ? ` (\`"${whole.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"\`)` : '';
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 28)} … ${text.slice(-28)}` : text;
}

function endOfLine(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  const lineEnd = end < 0 ? text.length : end;
  return text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
}

function startOfLine(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

type Guards = Pick<ReturnType<typeof yamlLibrary>, 'isMap' | 'isPair' | 'isScalar' | 'isSeq'>;

/** The data path of a value node; undefined for a key (a comment after a key is not text). */
function pathOf(ancestors: readonly unknown[], node: Node, { isMap, isPair, isScalar, isSeq }: Guards): PathSegment[] | undefined {
  const path: PathSegment[] = [];
  const chain = [...ancestors, node];
  for (let i = 0; i < chain.length - 1; i++) {
    const here = chain[i];
    const next = chain[i + 1];
    if (isPair(here)) {
      if (here.key === next) return undefined;
      const key = isScalar(here.key) ? here.key.value : here.key;
      path.push(String(key));
    } else if (isSeq(here)) {
      path.push(here.items.indexOf(next as never));
    } else if (isMap(here)) {
      // The pair itself follows in the chain.
    }
  }
  return path;
}
