import { isAlias, isCollection, isScalar, parseDocument, Scalar, type Document } from 'yaml';
import type { PathSegment } from '../findings.js';

/** One text value to write into the YAML; `value` holds no leading or trailing whitespace. */
export interface TextEdit {
  path: PathSegment[];
  value: string;
}

export type EditResult = { ok: true; text: string } | { ok: false; path: PathSegment[]; reason: string };

/**
 * Writes text values into a YAML file by replacing only the characters of each value: comments,
 * key order, quoting and layout of everything else stay byte for byte. The yaml library's Document
 * API finds each value's node and its exact source range; the new value keeps the node's style
 * where that style can hold it (plain, 'single', "double", a block scalar), a value of several lines
 * becomes a literal block (|-), inside { } or [ ] a "double-quoted" one. Every result is parsed
 * again: the value must read back exactly and nothing else may have changed, or the edit is refused.
 */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): EditResult {
  const doc = parseDocument(text, { logLevel: 'error' });
  const before = doc.toJS() as unknown;
  const placed: Array<{ start: number; end: number; replacement: string; edit: TextEdit }> = [];
  for (const edit of edits) {
    const node = doc.getIn(edit.path, true);
    if (isAlias(node)) return { ok: false, path: edit.path, reason: 'de waarde staat er via een verwijzing (*anker); pas het anker zelf aan' };
    if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return { ok: false, path: edit.path, reason: 'op deze plek staat geen tekst' };
    placed.push({ ...replacementFor(text, doc, node, edit), edit });
  }
  // From the end backwards: each replacement leaves the offsets before it as they were.
  placed.sort((a, b) => b.start - a.start);
  let result = text;
  for (const { start, end, replacement } of placed) result = result.slice(0, start) + replacement + result.slice(end);
  const failed = verify(result, before, edits);
  if (failed === null) return { ok: true, text: result };
  // A style that could not hold the value (a plain text with ": " in it): the safe form, double-quoted.
  let fallback = text;
  for (const { start, end, edit } of placed) {
    const node = doc.getIn(edit.path, true) as Scalar;
    const quoted = doubleQuoted(edit.value);
    const blockEnd = isBlock(node) && text[end - 1] === '\n' ? '\n' : '';
    fallback = fallback.slice(0, start) + quoted + blockEnd + fallback.slice(end);
  }
  const failedAgain = verify(fallback, before, edits);
  if (failedAgain === null) return { ok: true, text: fallback };
  return { ok: false, path: failedAgain, reason: 'de nieuwe tekst kon niet veilig in het bestand worden gezet' };
}

function isBlock(node: Scalar): boolean {
  return node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED;
}

function replacementFor(text: string, doc: Document, node: Scalar, edit: TextEdit): { start: number; end: number; replacement: string } {
  const [start, end] = node.range!;
  const multiLine = edit.value.includes('\n');
  const inFlow = insideFlow(doc, edit.path);
  if (isBlock(node) && !inFlow) {
    const headerEnd = text.indexOf('\n', start);
    let header = text.slice(start, headerEnd === -1 ? end : headerEnd);
    // Folding would join the lines the partner typed: a value of several lines becomes literal.
    if (multiLine && header.startsWith('>')) header = `|${header.slice(1)}`;
    const indent = ' '.repeat(blockIndent(text, start));
    // A folded block keeps its look: the text wrapped at the width its lines had (folding joins them again with a space).
    const value = header.startsWith('>') ? fold(edit.value, widthOf(text.slice(headerEnd + 1, end)) - indent.length) : edit.value;
    return { start, end, replacement: `${header}\n${indentLines(value, indent)}\n` };
  }
  if (!multiLine || inFlow || /^\s/.test(edit.value)) {
    return { start, end, replacement: inlineScalar(node, edit.value) };
  }
  // A plain or quoted value that now has several lines: a literal block, its comment in the header.
  const lineEnd = text.indexOf('\n', end);
  const tail = text.slice(end, lineEnd === -1 ? text.length : lineEnd);
  const indent = ' '.repeat(blockIndent(text, start));
  const comment = /^\s*#/.test(tail) ? tail : '';
  return { start, end: comment ? end + tail.length : end, replacement: `|-${comment}\n${indentLines(edit.value, indent)}${lineEnd === -1 ? '\n' : ''}` };
}

function widthOf(lines: string): number {
  return Math.max(80, ...lines.split('\n').map((line) => line.length));
}

/** Breaks one line of text at single spaces so no line is longer than `width` (a word longer than that stays whole). */
function fold(value: string, width: number): string {
  if (value.includes('\n') || /  /.test(value)) return value;
  const lines: string[] = [];
  let line = '';
  for (const word of value.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.join('\n');
}

function inlineScalar(node: Scalar, value: string): string {
  if (value.includes('\n')) return doubleQuoted(value);
  if (node.type === Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
  if (node.type === Scalar.PLAIN) return value;
  return doubleQuoted(value);
}

/** JSON's string syntax is valid YAML double-quoted text. */
function doubleQuoted(value: string): string {
  return JSON.stringify(value);
}

function indentLines(value: string, indent: string): string {
  return value
    .split('\n')
    .map((line) => (line === '' ? '' : `${indent}${line}`))
    .join('\n');
}

/** Two more than where the key (or the list item's text) of the value's line starts: deeper than its parent. */
function blockIndent(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const line = text.slice(lineStart, offset);
  const match = /^[ -]*/.exec(line)![0];
  return match.length + 2;
}

function insideFlow(doc: Document, path: readonly PathSegment[]): boolean {
  for (let depth = 0; depth < path.length; depth++) {
    const parent = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isCollection(parent) && parent.flow) return true;
  }
  return false;
}

/** null when `edited` holds exactly the edits and nothing else changed; else the path that went wrong. */
function verify(edited: string, before: unknown, edits: readonly TextEdit[]): PathSegment[] | null {
  const doc = parseDocument(edited, { logLevel: 'error' });
  if (doc.errors.length > 0) return edits[0]?.path ?? [];
  const after = doc.toJS() as unknown;
  let expected = structuredClone(before);
  for (const edit of edits) {
    const value = getIn(after, edit.path);
    // A block scalar that keeps its line end (`>` or `|` without -) reads back with one.
    if (typeof value !== 'string' || value.replace(/\n$/, '') !== edit.value) return edit.path;
    expected = setIn(expected, edit.path, value);
  }
  return deepEqual(expected, after) ? null : (edits[0]?.path ?? []);
}

function getIn(data: unknown, path: readonly PathSegment[]): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[String(segment)];
  }
  return node;
}

function setIn(data: unknown, path: readonly PathSegment[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const copy = (Array.isArray(data) ? [...data] : { ...(data as Record<string, unknown>) }) as Record<string, unknown>;
  copy[String(head)] = setIn(copy[String(head)], rest, value);
  return copy;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    keysA.length === keysB.length &&
    keysA.every((key) => Object.hasOwn(b, key) && deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}
