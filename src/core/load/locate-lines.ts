import type { PathSegment } from '../../findings.js';
import type { QuickPositions } from './locate-quick.js';

/**
 * Positions for a file in plain block style, read from its lines: keys with their indentation,
 * `- ` items, and values that end on their own line (plain or quoted text, or the header of a
 * block text `|`/`>` whose lines are skipped by their indentation, a flow list or map on one
 * line). One pass over the lines, no YAML parse: measured (CPU profile, 342 files with one finding
 * each) 242 ms for js-yaml's listener (locate-quick.ts) → 29 ms. Whatever else the file holds
 * (multi-line flow collections or quoted texts, quoted or complex keys, anchors, aliases, tags,
 * tabs, document markers, a text on a line of its own, an empty list item) makes the reader give
 * up for the whole file, and the caller asks locate-quick.ts; a path into a flow map it leaves to
 * the caller as well. Every answer is checked against the data (js-yaml's) on the way: a reader
 * that misread a line gives up rather than point elsewhere. The offsets are those of `yaml`
 * (locate.ts; test/property/quick-positions.test.ts).
 */
export function linePositions(text: string, data: unknown): QuickPositions | undefined {
  const lines = scan(text);
  if (!lines) return undefined;
  return { locate: (path, at) => locateLine(text, lines, data, path, at) };
}

/** The structural lines of a file: one record of FIELDS numbers per line with a key or a `- `. */
interface Lines {
  records: Int32Array;
  count: number;
  /** Per map, list and flow list (by its first record) what entriesOf, itemsOf and flowItems read; null when they could not. */
  entries: Map<number, Map<string, number> | null>;
  items: Map<number, number[]>;
  flowItems: Map<number, number[] | null>;
}

// Fields of a record.
const LINE_START = 0;
const LINE_NO = 1;
/** The column of the line's first character: its `-`, or its key. */
const INDENT = 2;
const DASH = 3;
/** The offset of the key, or -1 (a `- ` item with a value or nothing after it). */
const KEY = 4;
const KEY_END = 5;
/** What stands on this line as the value (of the key, or of the item): EMPTY_HERE when nothing, or the kind inlineValue gives. */
const INLINE = 6;
/** Where the value stands; for an empty value where `yaml` places it (after the colon and spaces). */
const VALUE = 7;
const FIELDS = 8;

function scan(text: string): Lines | undefined {
  // Tabs (indentation or separation), and a carriage return that is no CRLF (a line break of its own).
  if (text.includes('\t')) return undefined;
  for (let cr = text.indexOf('\r'); cr !== -1; cr = text.indexOf('\r', cr + 1)) if (text.charCodeAt(cr + 1) !== LF) return undefined;
  let records = new Int32Array(FIELDS * 256);
  let count = 0;
  /** Lines indented deeper than this belong to the value on a line before (a block text, or plain text going on). */
  let owner = -1;
  let lineNo = 0;
  for (let start = 0; start <= text.length; ) {
    lineNo += 1;
    const newline = text.indexOf('\n', start);
    const next = newline === -1 ? text.length + 1 : newline + 1;
    const end = newline === -1 ? text.length : text.charCodeAt(newline - 1) === CR ? newline - 1 : newline;
    let p = start;
    while (p < end && text.charCodeAt(p) === SPACE) p += 1;
    const indent = p - start;
    const first = text.charCodeAt(p);
    if (p === end || (indent > owner && owner >= 0) || first === HASH) {
      start = next;
      continue;
    }
    owner = -1;
    // A document marker or directive.
    if (indent === 0 && (first === PERCENT || text.startsWith('---', p) || text.startsWith('...', p))) return undefined;
    let dash = 0;
    let at = p;
    if (first === MINUS && (p + 1 === end || text.charCodeAt(p + 1) === SPACE)) {
      dash = 1;
      at = p + 1;
      while (at < end && text.charCodeAt(at) === SPACE) at += 1;
      // An empty item (`yaml` and js-yaml differ on what follows it), or a list in a list on one line.
      if (at === end || text.charCodeAt(at) === HASH) {
        if (!nestedFollows(text, next, indent)) return undefined;
      } else if (text.charCodeAt(at) === MINUS && (at + 1 === end || text.charCodeAt(at + 1) === SPACE)) return undefined;
    }
    const keyEnd = at < end ? plainKeyEnd(text, at, end) : -1;
    let inline = 0;
    let value = at;
    if (keyEnd >= 0) {
      value = keyEnd + 1;
      while (value < end && text.charCodeAt(value) === SPACE) value += 1;
      if (value < end && text.charCodeAt(value) !== HASH) {
        inline = inlineValue(text, value, end);
        if (inline === NOT_UNDERSTOOD) return undefined;
        owner = at - start;
      }
    } else if (dash === 0) {
      // A text on a line of its own, or a key that is not plain.
      return undefined;
    } else if (at < end && text.charCodeAt(at) !== HASH) {
      inline = inlineValue(text, at, end);
      if (inline === NOT_UNDERSTOOD) return undefined;
      owner = indent;
    }
    if ((count + 1) * FIELDS > records.length) {
      const grown = new Int32Array(records.length * 2);
      grown.set(records);
      records = grown;
    }
    const r = count * FIELDS;
    records[r + LINE_START] = start;
    records[r + LINE_NO] = lineNo;
    records[r + INDENT] = indent;
    records[r + DASH] = dash;
    records[r + KEY] = keyEnd >= 0 ? at : -1;
    records[r + KEY_END] = keyEnd;
    records[r + INLINE] = inline;
    records[r + VALUE] = value;
    count += 1;
    start = next;
  }
  // The root is a map (fast-parse.ts takes no other); its first line is a key.
  if (count === 0 || records[DASH] === 1) return undefined;
  return { records, count, entries: new Map(), items: new Map(), flowItems: new Map() };
}

/** After an empty item, a line with content indented deeper than its dash: the item holds that. */
function nestedFollows(text: string, from: number, indent: number): boolean {
  for (let start = from; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : text.charCodeAt(newline - 1) === CR ? newline - 1 : newline;
    let p = start;
    while (p < end && text.charCodeAt(p) === SPACE) p += 1;
    if (p < end && text.charCodeAt(p) !== HASH) return p - start > indent;
    if (newline === -1) return false;
    start = newline + 1;
  }
  return false;
}

/**
 * The offset of the colon after a plain key that the data holds as the same text: a name
 * (`lokaal_team`, `b.i`, `a-b`) that YAML does not read as null or a yes/no, or a whole number
 * written as `String(number)` writes it (`2024`). -1 for anything else, also a text without a key.
 */
function plainKeyEnd(text: string, from: number, end: number): number {
  const first = text.charCodeAt(from);
  const digits = first >= DIGIT_0 && first <= DIGIT_9;
  if (!digits && !isLetter(first) && first !== UNDERSCORE) return -1;
  let p = from + 1;
  for (; p < end; p += 1) {
    const ch = text.charCodeAt(p);
    if (
      digits
        ? !(ch >= DIGIT_0 && ch <= DIGIT_9)
        : !(isLetter(ch) || (ch >= DIGIT_0 && ch <= DIGIT_9) || ch === UNDERSCORE || ch === MINUS || ch === DOT || ch === SLASH)
    )
      break;
  }
  if (text.charCodeAt(p) !== COLON || (p + 1 < end && text.charCodeAt(p + 1) !== SPACE)) return -1;
  if (digits) return (first === DIGIT_0 && p > from + 1) || p - from > 15 ? -1 : p;
  return p - from <= 5 && SPECIAL_WORDS.has(text.slice(from, p)) ? -1 : p;
}

/** Plain keys the core schema reads as null or yes/no. */
const SPECIAL_WORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

const EMPTY_HERE = 0;
const NOT_UNDERSTOOD = 0;
const SCALAR = 1;
const FLOW_LIST = 2;
const FLOW_MAP = 3;

/**
 * A value that starts at `from` and, as far as its line shows, ends on it or goes on only on lines
 * indented deeper: plain text without `: `, a quoted text closed on this line, a block text header,
 * a flow list or map closed on this line. NOT_UNDERSTOOD for anything else.
 */
function inlineValue(text: string, from: number, end: number): number {
  const ch = text.charCodeAt(from);
  if (ch === PIPE || ch === GREATER) {
    let p = from + 1;
    while (p < end && (text.charCodeAt(p) === PLUS || text.charCodeAt(p) === MINUS || (text.charCodeAt(p) >= DIGIT_0 && text.charCodeAt(p) <= DIGIT_9))) p += 1;
    return p === end || (text.charCodeAt(p) === SPACE && restIsComment(text, p, end)) ? SCALAR : NOT_UNDERSTOOD;
  }
  if (ch === DOUBLE_QUOTE || ch === SINGLE_QUOTE) {
    const close = quoteEnd(text, from, end);
    return close !== -1 && (close === end || (text.charCodeAt(close) === SPACE && restIsComment(text, close, end))) ? SCALAR : NOT_UNDERSTOOD;
  }
  if (ch === OPEN_BRACKET || ch === OPEN_BRACE) {
    const close = flowEnd(text, from, end);
    return close !== -1 && (close === end || (text.charCodeAt(close) === SPACE && restIsComment(text, close, end)))
      ? ch === OPEN_BRACKET
        ? FLOW_LIST
        : FLOW_MAP
      : NOT_UNDERSTOOD;
  }
  if (isIndicator(ch)) return NOT_UNDERSTOOD;
  if ((ch === MINUS || ch === QUESTION || ch === COLON) && (from + 1 === end || text.charCodeAt(from + 1) === SPACE)) return NOT_UNDERSTOOD;
  // `: ` in plain text (before a comment) is a second key on the line: left to the parsers.
  for (let colon = text.indexOf(':', from); colon !== -1 && colon < end; colon = text.indexOf(':', colon + 1)) {
    if (colon + 1 < end && text.charCodeAt(colon + 1) !== SPACE) continue;
    const hash = text.indexOf(' #', from);
    return hash !== -1 && hash < colon ? SCALAR : NOT_UNDERSTOOD;
  }
  return SCALAR;
}

/** Just after the quote that closes the quoted text at `from`; -1 when it is not closed on this line. */
function quoteEnd(text: string, from: number, end: number): number {
  const quote = text.charCodeAt(from);
  for (let p = from + 1; p < end; p += 1) {
    const c = text.charCodeAt(p);
    if (quote === DOUBLE_QUOTE && c === BACKSLASH) p += 1;
    else if (c === quote) {
      if (quote === SINGLE_QUOTE && text.charCodeAt(p + 1) === SINGLE_QUOTE) p += 1;
      else return p + 1;
    }
  }
  return -1;
}

/** Just after the bracket that closes the flow collection at `from`; -1 when it is not closed on this line or holds a comment. */
function flowEnd(text: string, from: number, end: number): number {
  let depth = 0;
  for (let p = from; p < end; p += 1) {
    const c = text.charCodeAt(p);
    if (c === OPEN_BRACKET || c === OPEN_BRACE) depth += 1;
    else if (c === CLOSE_BRACKET || c === CLOSE_BRACE) {
      depth -= 1;
      if (depth === 0) return p + 1;
    } else if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      const close = quoteEnd(text, p, end);
      if (close === -1) return -1;
      p = close - 1;
    } else if (c === HASH && text.charCodeAt(p - 1) === SPACE) return -1;
  }
  return -1;
}

/**
 * The offsets where the items of a one-line flow list start, when each is a plain or quoted text;
 * undefined for anything else in it (a map, a list, a `key: value` pair, an anchor or tag).
 */
function flowItems(text: string, from: number): number[] | undefined {
  const items: number[] = [];
  let p = from + 1;
  for (;;) {
    while (text.charCodeAt(p) === SPACE) p += 1;
    const c = text.charCodeAt(p);
    if (c === CLOSE_BRACKET) return items;
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      items.push(p);
      p = quoteEnd(text, p, text.length);
    } else {
      if (
        isIndicator(c) ||
        c === OPEN_BRACKET ||
        c === OPEN_BRACE ||
        c === PIPE ||
        c === GREATER ||
        c === COLON ||
        ((c === MINUS || c === QUESTION) && text.charCodeAt(p + 1) === SPACE)
      )
        return undefined;
      items.push(p);
      for (; p < text.length; p += 1) {
        const d = text.charCodeAt(p);
        if (d === COMMA || d === CLOSE_BRACKET) break;
        if (d === COLON || d === OPEN_BRACKET || d === OPEN_BRACE || d === CLOSE_BRACE || d === HASH) return undefined;
      }
    }
    while (text.charCodeAt(p) === SPACE) p += 1;
    const after = text.charCodeAt(p);
    if (after === CLOSE_BRACKET) return items;
    if (after !== COMMA) return undefined;
    p += 1;
  }
}

/** Only spaces, then a comment or the end of the line. */
function restIsComment(text: string, from: number, end: number): boolean {
  let p = from;
  while (p < end && text.charCodeAt(p) === SPACE) p += 1;
  return p === end || (p > from && text.charCodeAt(p) === HASH);
}

/** Characters that cannot start plain text and start no node this reader knows: closing brackets, anchors, aliases, tags, directives, reserved. */
function isIndicator(ch: number): boolean {
  return (
    ch === CLOSE_BRACKET ||
    ch === CLOSE_BRACE ||
    ch === COMMA ||
    ch === AMPERSAND ||
    ch === ASTERISK ||
    ch === EXCLAMATION ||
    ch === PERCENT ||
    ch === AT ||
    ch === BACKTICK ||
    ch === HASH
  );
}

/**
 * A node found along a path: a map or list (by its first record and column), a value on a line
 * (a text, a flow list or a flow map), an empty value, or an item of a flow list (at its offset).
 */
interface Node {
  kind: 'map' | 'seq' | 'inline' | 'flowList' | 'flowMap' | 'flowItem' | 'empty';
  /** The first record of a map or list; the record of an inline or empty value, or of the line a flow item stands on. */
  record: number;
  column: number;
  /** The offset of a flow item. */
  offset?: number;
}

function locateLine(
  text: string,
  lines: Lines,
  data: unknown,
  path: readonly PathSegment[],
  at: 'key' | 'value',
): { line: number; col: number; exact: boolean } | undefined {
  const { records } = lines;
  let node: Node = { kind: 'map', record: 0, column: records[INDENT]! };
  let value = data;
  let pair = -1;
  let exact = true;
  for (const segment of path) {
    if (node.kind === 'map') {
      if (!isPlainMap(value)) return undefined;
      const key = String(segment);
      const entries = entriesOf(text, lines, node);
      if (!entries) return undefined;
      const entry = entries.get(key) ?? -1;
      if (entry >= 0 !== Object.hasOwn(value, key)) return undefined;
      if (entry < 0) {
        exact = false;
        break;
      }
      pair = entry;
      value = value[key];
      const found = valueNode(lines, entry, keyColumn(records, entry), false);
      if (!found) return undefined;
      node = found;
    } else if (node.kind === 'seq') {
      if (!Array.isArray(value)) return undefined;
      const index = Number(segment);
      const items = itemsOf(lines, node);
      if (items.length !== value.length) return undefined;
      const item = Number.isInteger(index) ? items[index] : undefined;
      if (item === undefined) {
        exact = false;
        break;
      }
      pair = -1;
      value = value[index];
      const found =
        records[item * FIELDS + KEY]! >= 0
          ? { kind: 'map' as const, record: item, column: keyColumn(records, item) }
          : valueNode(lines, item, records[item * FIELDS + INDENT]!, true);
      if (!found || found.kind === 'empty') return undefined;
      node = found;
    } else if (node.kind === 'flowList') {
      if (!Array.isArray(value)) return undefined;
      let items = lines.flowItems.get(node.record);
      if (items === undefined) {
        items = flowItems(text, records[node.record * FIELDS + VALUE]!) ?? null;
        lines.flowItems.set(node.record, items);
      }
      if (items?.length !== value.length) return undefined;
      const index = Number(segment);
      const offset = Number.isInteger(index) ? items[index] : undefined;
      if (offset === undefined) {
        exact = false;
        break;
      }
      pair = -1;
      value = value[index];
      node = { kind: 'flowItem', record: node.record, column: node.column, offset };
    } else if (node.kind === 'flowMap') {
      // Only a key the flow map does not have: the entries' own positions are left to the listener.
      if (!isPlainMap(value) || Object.hasOwn(value, String(segment))) return undefined;
      exact = false;
      break;
    } else {
      if (typeof value === 'object' && value !== null) return undefined;
      exact = false;
      break;
    }
  }
  if (exact && !matches(node, value)) return undefined;
  if (pair >= 0) {
    const r = pair * FIELDS;
    if (!(exact && at === 'value')) return position(records, pair, records[r + KEY]!, exact);
    return node.kind === 'empty' ? position(records, pair, records[r + VALUE]!, exact) : nodeStart(records, node, exact);
  }
  return nodeStart(records, node, exact);
}

/** Line and column of an offset on the line of a record, as the `yaml` library's LineCounter counts them. */
function position(records: Int32Array, record: number, offset: number, exact: boolean): { line: number; col: number; exact: boolean } {
  const r = record * FIELDS;
  return { line: records[r + LINE_NO]!, col: offset - records[r + LINE_START]! + 1, exact };
}

function isPlainMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The kind of node the lines show is the kind of value the data holds. */
function matches(node: Node, value: unknown): boolean {
  if (node.kind === 'map') return isPlainMap(value);
  if (node.kind === 'seq' || node.kind === 'flowList') return Array.isArray(value);
  if (node.kind === 'flowMap') return isPlainMap(value);
  if (node.kind === 'empty') return value === null;
  return typeof value !== 'object' || value === null;
}

function keyColumn(records: Int32Array, record: number): number {
  const r = record * FIELDS;
  return records[r + KEY]! - records[r + LINE_START]!;
}

function nodeStart(records: Int32Array, node: Node, exact: boolean): { line: number; col: number; exact: boolean } {
  const r = node.record * FIELDS;
  const offset =
    node.kind === 'map'
      ? records[r + KEY]!
      : node.kind === 'seq'
        ? records[r + LINE_START]! + records[r + INDENT]!
        : node.kind === 'flowItem'
          ? node.offset!
          : records[r + VALUE]!;
  return position(records, node.record, offset, exact);
}

/**
 * The entries of a map by key, each the record of its key; undefined when the lines are not as
 * expected. Read once per map and kept: a file with thousands of findings in one long list asks
 * the same maps and lists thousands of times, and a search per question would make that quadratic.
 */
function entriesOf(text: string, lines: Lines, map: Node): Map<string, number> | undefined {
  const cached = lines.entries.get(map.record);
  if (cached !== undefined) return cached ?? undefined;
  const { records, count } = lines;
  const entries = new Map<string, number>();
  for (let i = map.record; i < count; i += 1) {
    const r = i * FIELDS;
    const indent = records[r + INDENT]!;
    if (i > map.record) {
      if (indent < map.column) break;
      // Deeper lines, and a list at the map's own indent, belong to the value of an entry before.
      if (indent > map.column || records[r + DASH] === 1) continue;
    }
    const start = records[r + KEY]!;
    if (start < 0 || start - records[r + LINE_START]! !== map.column) {
      lines.entries.set(map.record, null);
      return undefined;
    }
    entries.set(text.slice(start, records[r + KEY_END]), i);
  }
  lines.entries.set(map.record, entries);
  return entries;
}

/** The records of the items of a list, read once per list (see entriesOf). */
function itemsOf(lines: Lines, seq: Node): number[] {
  const cached = lines.items.get(seq.record);
  if (cached) return cached;
  const { records, count } = lines;
  const items: number[] = [];
  for (let i = seq.record; i < count; i += 1) {
    const r = i * FIELDS;
    const indent = records[r + INDENT]!;
    if (indent < seq.column || (indent === seq.column && records[r + DASH] !== 1)) break;
    if (indent === seq.column) items.push(i);
  }
  lines.items.set(seq.record, items);
  return items;
}

/**
 * The value of an entry (its key at `column`) or of an item (its dash at `column`): on its own line,
 * or the map or list on the lines below it; a list under a key may stand at the key's own indent.
 */
function valueNode({ records, count }: Lines, record: number, column: number, item: boolean): Node | undefined {
  const r = record * FIELDS;
  const inline = records[r + INLINE];
  if (inline !== EMPTY_HERE) return { kind: inline === FLOW_LIST ? 'flowList' : inline === FLOW_MAP ? 'flowMap' : 'inline', record, column };
  const next = record + 1;
  if (next < count) {
    const n = next * FIELDS;
    const indent = records[n + INDENT]!;
    const dash = records[n + DASH] === 1;
    if (indent > column || (!item && indent === column && dash)) {
      if (dash) return { kind: 'seq', record: next, column: indent };
      return records[n + KEY]! - records[n + LINE_START]! === indent ? { kind: 'map', record: next, column: indent } : undefined;
    }
  }
  return { kind: 'empty', record, column };
}

function isLetter(ch: number): boolean {
  return (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122);
}

const LF = 10;
const CR = 13;
const SPACE = 32;
const EXCLAMATION = 33;
const DOUBLE_QUOTE = 34;
const HASH = 35;
const PERCENT = 37;
const COMMA = 44;
const AMPERSAND = 38;
const SINGLE_QUOTE = 39;
const ASTERISK = 42;
const PLUS = 43;
const MINUS = 45;
const DOT = 46;
const SLASH = 47;
const DIGIT_0 = 48;
const DIGIT_9 = 57;
const COLON = 58;
const GREATER = 62;
const QUESTION = 63;
const AT = 64;
const OPEN_BRACKET = 91;
const BACKSLASH = 92;
const CLOSE_BRACKET = 93;
const UNDERSCORE = 95;
const BACKTICK = 96;
const OPEN_BRACE = 123;
const PIPE = 124;
const CLOSE_BRACE = 125;
