import jsYaml from 'js-yaml';
import type { PathSegment } from '../../findings.js';

/** A text offset for a path, as `locate` gives it, before it is turned into line and column. */
interface QuickLocated {
  offset: number;
  /** True when the path itself exists; false when the offset is that of its nearest ancestor. */
  exact: boolean;
}

export interface QuickPositions {
  /**
   * The 1-based line and column `locate` gives (counted as the `yaml` library's LineCounter counts
   * them). Undefined when this file's shape along the path is one the quick reader does not
   * handle: ask the `yaml` document.
   */
  locate(path: readonly PathSegment[], at: 'key' | 'value'): { line: number; col: number; exact: boolean } | undefined;
}

/** One node js-yaml composed: where its reading started and ended, and what it became. */
interface Span {
  open: number;
  close: number;
  kind: string | null;
  result: unknown;
  children: Span[];
  /** The entries of a block mapping by key text; null when the mapping is not one this reader handles. */
  pairs?: Map<string, { key: Span; value: Span }> | null;
}

/**
 * Positions for a file whose data came from js-yaml (fast-parse.ts), without the `yaml` library:
 * js-yaml reads the file once more and reports (its `listener`) where the reading of each node
 * started and ended and what the node became; `yaml`'s parseDocument costs about ten times that
 * read. Only a file with a finding is read again: recording the nodes during the first read cost
 * every clean file ~10% more (the recorded nodes outlive the young generation of the GC).
 *
 * The offsets are those the `yaml` document gives (locate.ts): the key of a map entry, the first
 * character of a value, for an empty value the place after the colon. Whatever is not plainly a
 * block mapping or block sequence of untagged nodes (flow collections, tags, explicit `?` keys,
 * empty list items) is left to the `yaml` document, so the two never disagree
 * (test/property/quick-positions.test.ts). Undefined when js-yaml cannot read the text.
 */
export function quickPositions(text: string): QuickPositions | undefined {
  const top: Span = { open: 0, close: 0, kind: null, result: undefined, children: [] };
  const stack: Span[] = [top];
  try {
    jsYaml.load(text, {
      schema: jsYaml.CORE_SCHEMA,
      json: false,
      listener(event, state) {
        if (event === 'open') {
          stack.push({ open: state.position, close: -1, kind: null, result: undefined, children: [] });
          return;
        }
        const span = stack.pop()!;
        span.close = state.position;
        span.kind = state.kind;
        span.result = state.result;
        stack[stack.length - 1]!.children.push(span);
      },
    });
  } catch {
    return undefined;
  }
  const root = top.children[0];
  if (stack.length !== 1 || top.children.length !== 1 || !root) return undefined;
  let lineStarts: number[] | undefined;
  return {
    locate(path, at) {
      const found = locateSpan(text, root, path, at);
      if (!found) return undefined;
      lineStarts ??= lineStartsOf(text);
      return { ...linePos(lineStarts, found.offset), exact: found.exact };
    },
  };
}

function locateSpan(text: string, root: Span, path: readonly PathSegment[], at: 'key' | 'value'): QuickLocated | undefined {
  let node = root;
  let pair: { key: Span; value: Span } | undefined;
  let exact = true;
  for (const segment of path) {
    const step = child(text, node, segment);
    if (step === undefined) return undefined;
    if (step === null) {
      exact = false;
      break;
    }
    if ('key' in step) {
      pair = step;
      node = step.value;
    } else {
      pair = undefined;
      node = step;
    }
  }
  if (pair) {
    // The value of an entry, asked for exactly: where the value starts; otherwise the key.
    if (!(exact && at === 'value')) return { offset: pair.key.open, exact };
    const offset = pair.value.result === null && isEmpty(text, pair.value) ? emptyValueOffset(text, pair.value.open) : nodeStart(text, pair.value);
    return offset === undefined ? undefined : { offset, exact };
  }
  if (node.result === null && isEmpty(text, node)) return undefined;
  const offset = nodeStart(text, node);
  return offset === undefined ? undefined : { offset, exact };
}

/** The entry or item under `segment`; null when there is none (as locate.ts), undefined when this reader cannot tell. */
function child(text: string, node: Span, segment: PathSegment): { key: Span; value: Span } | Span | null | undefined {
  if (node.kind === 'mapping') {
    const pairs = pairsOf(text, node);
    return pairs === null ? undefined : (pairs.get(String(segment)) ?? null);
  }
  if (node.kind === 'sequence') {
    const items = node.result as unknown[];
    // An item of a flow list, or an empty item js-yaml adds without reading a node: left to `yaml`.
    if (text.charCodeAt(contentStart(text, node.open)) !== DASH || node.children.length !== items.length) return undefined;
    const index = Number(segment);
    const item = Number.isInteger(index) ? node.children[index] : undefined;
    if (item === undefined) return null;
    return item.result === null && isEmpty(text, item) ? undefined : item;
  }
  return null;
}

/**
 * The children of a block mapping are its keys and values in turn. js-yaml may end with one more
 * attempt at a key that read nothing. Anything else (a flow mapping, an explicit `?` key, a key
 * that is not plain text, a tag) makes the mapping one to leave to `yaml`.
 */
function pairsOf(text: string, node: Span): Map<string, { key: Span; value: Span }> | null {
  if (node.pairs !== undefined) return node.pairs;
  node.pairs = null;
  if (text.charCodeAt(contentStart(text, node.open)) === OPEN_BRACE) return null;
  const children = node.children.length % 2 === 1 && isEmpty(text, node.children.at(-1)!) ? node.children.slice(0, -1) : node.children;
  if (children.length % 2 === 1) return null;
  const pairs = new Map<string, { key: Span; value: Span }>();
  for (let i = 0; i < children.length; i += 2) {
    const key = children[i]!;
    const value = children[i + 1]!;
    const keyType = typeof key.result;
    if (key.result !== null && keyType !== 'string' && keyType !== 'number' && keyType !== 'boolean') return null;
    if (isProperty(text.charCodeAt(key.open)) || text.charCodeAt(value.open - 1) !== COLON) return null;
    pairs.set(String(key.result), { key, value });
  }
  const keys = Object.keys(node.result as object);
  if (keys.length !== pairs.size || !keys.every((key) => pairs.has(key))) return null;
  node.pairs = pairs;
  return pairs;
}

/** Where a node's own text starts (after spaces, line breaks and comments); undefined for a tag, anchor, alias or explicit key. */
function nodeStart(text: string, node: Span): number | undefined {
  const start = contentStart(text, node.open);
  return isProperty(text.charCodeAt(start)) ? undefined : start;
}

/**
 * js-yaml read nothing for this node (an empty value): its reading stopped where the next content
 * starts. (js-yaml reads the text with a line break added at the end when it has none.)
 */
function isEmpty(text: string, node: Span): boolean {
  return node.result === null && contentStart(text, node.open) >= Math.min(node.close, text.length);
}

/**
 * `yaml` places an empty value right after the colon and the spaces that follow it on the same
 * line; when something else follows on that line (a flow collection's comma), `yaml` decides.
 */
function emptyValueOffset(text: string, afterColon: number): number | undefined {
  let offset = afterColon;
  while (text.charCodeAt(offset) === SPACE || text.charCodeAt(offset) === TAB) offset += 1;
  const next = text.charCodeAt(offset);
  return Number.isNaN(next) || next === LF || next === CR || next === HASH ? offset : undefined;
}

/** The first offset at or after `from` that is not a space, tab, line break or part of a comment. */
function contentStart(text: string, from: number): number {
  let offset = from;
  for (;;) {
    const ch = text.charCodeAt(offset);
    if (ch === SPACE || ch === TAB || ch === LF || ch === CR) offset += 1;
    else if (ch === HASH) {
      while (offset < text.length && text.charCodeAt(offset) !== LF && text.charCodeAt(offset) !== CR) offset += 1;
    } else return offset;
  }
}

/** A tag, anchor, alias or explicit-key indicator: node shapes whose offsets `yaml` computes its own way. */
function isProperty(ch: number): boolean {
  return ch === EXCLAMATION || ch === AMPERSAND || ch === ASTERISK || ch === QUESTION;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** As the `yaml` library's LineCounter.linePos, step for step. */
function linePos(lineStarts: readonly number[], offset: number): { line: number; col: number } {
  let low = 0;
  let high = lineStarts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (lineStarts[mid]! < offset) low = mid + 1;
    else high = mid;
  }
  if (lineStarts[low] === offset) return { line: low + 1, col: 1 };
  if (low === 0) return { line: 0, col: offset };
  return { line: low, col: offset - lineStarts[low - 1]! + 1 };
}

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const EXCLAMATION = 33;
const HASH = 35;
const AMPERSAND = 38;
const ASTERISK = 42;
const DASH = 45;
const COLON = 58;
const QUESTION = 63;
const OPEN_BRACE = 123;
