/**
 * A small YAML emitter of our own that records where every key and value lands (1-based line and
 * column), so the property tests have an oracle for positions that does not share code with
 * src/core/load/locate.ts. It writes block style with two-space indentation, flow style for short
 * lists and maps where the generator asks for it, comment lines before entries, and `>-` folded
 * scalars for long texts.
 */

export type Scalar = string | number | boolean | null;

export interface YScalar {
  kind: 'scalar';
  value: Scalar;
  /** How a string is written; the emitter falls back to double quotes when plain is not safe. */
  style?: 'plain' | 'double' | 'folded';
  /** How null is written: nothing after the colon (`key:`), `~` or `null`. */
  nullStyle?: 'leeg' | 'tilde' | 'null';
}
export interface YEntry {
  key: string;
  value: YNode;
  /** A comment line written just before the entry. */
  comment?: string;
}
export interface YMap {
  kind: 'map';
  entries: YEntry[];
  flow?: boolean;
}
export interface YSeq {
  kind: 'seq';
  items: YNode[];
  flow?: boolean;
}
export type YNode = YScalar | YMap | YSeq;

export type PathSegment = string | number;

export interface Pos {
  line: number;
  column: number;
}

/** Where a path stands: its key (for a map entry) and the start of its value. */
export interface NodePos {
  key: Pos | null;
  value: Pos;
  /** The value is written as nothing at all (`key:`), so it has no text of its own to point at. */
  emptyValue: boolean;
}

export interface Emitted {
  text: string;
  positions: Map<string, NodePos>;
}

export const pathKey = (path: readonly PathSegment[]): string => JSON.stringify(path.map(String));

export function toData(node: YNode): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(toData);
  const result: Record<string, unknown> = {};
  for (const entry of node.entries) result[entry.key] = toData(entry.value);
  return result;
}

const RESERVED = /^(null|Null|NULL|~|true|True|TRUE|false|False|FALSE|\.inf|\.nan|-?\.Inf|\.NaN|y|n)$/;
const NUMBER_LIKE = /^[-+]?(\.?[0-9])/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a string can be written without quotes and reads back as the same string. */
export function plainSafe(text: string, flow: boolean): boolean {
  if (text === '' || text !== text.trim() || /[\n\t]/.test(text)) return false;
  if (RESERVED.test(text)) return false;
  if (NUMBER_LIKE.test(text) && !DATE.test(text)) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(text)) return false;
  if (/: |:$| #/.test(text)) return false;
  if (flow && /[,[\]{}]/.test(text)) return false;
  return true;
}

function scalarText(node: YScalar, flow: boolean): string {
  const { value } = node;
  if (value === null) return node.nullStyle === 'tilde' ? '~' : node.nullStyle === 'null' || flow ? 'null' : '';
  if (typeof value !== 'string') return String(value);
  if (node.style !== 'double' && plainSafe(value, flow)) return value;
  return JSON.stringify(value);
}

function flowable(node: YNode): boolean {
  if (node.kind === 'scalar') return node.style !== 'folded';
  if (node.kind === 'seq') return node.items.every((item) => item.kind === 'scalar');
  return node.entries.every((entry) => entry.value.kind === 'scalar' && entry.comment === undefined);
}

class Emitter {
  readonly lines: string[] = [];
  readonly positions = new Map<string, NodePos>();

  private get line(): number {
    return this.lines.length;
  }

  private append(text: string): void {
    this.lines[this.lines.length - 1] += text;
  }

  private column(): number {
    return this.lines[this.lines.length - 1]!.length + 1;
  }

  private record(path: readonly PathSegment[], key: Pos | null, value: Pos, emptyValue = false): void {
    this.positions.set(pathKey(path), { key, value, emptyValue });
  }

  /** A flow collection or scalar written at the end of the current line; returns where it starts. */
  private inline(node: YNode, path: readonly PathSegment[], key: Pos | null): void {
    const start = { line: this.line, column: this.column() };
    if (node.kind === 'scalar') {
      this.append(scalarText(node, true));
      this.record(path, key, start);
      return;
    }
    if (node.kind === 'seq') {
      this.append('[');
      node.items.forEach((item, index) => {
        if (index > 0) this.append(', ');
        this.inline(item, [...path, index], null);
      });
      this.append(']');
      this.record(path, key, start);
      return;
    }
    this.append('{ ');
    node.entries.forEach((entry, index) => {
      if (index > 0) this.append(', ');
      const keyPos = { line: this.line, column: this.column() };
      this.append(`${entry.key}: `);
      this.inline(entry.value, [...path, entry.key], keyPos);
    });
    this.append(node.entries.length ? ' }' : '}');
    this.record(path, key, start);
  }

  /** The value of `key:` (already written at the end of the current line). */
  private value(node: YNode, indent: number, path: readonly PathSegment[], key: Pos): void {
    if (node.kind === 'scalar') {
      if (node.value === null && scalarText(node, false) === '') {
        this.record(path, key, key, true);
        return;
      }
      if (node.style === 'folded' && typeof node.value === 'string' && /^\S(.*\S)?$/.test(node.value) && !/ {2}/.test(node.value)) {
        this.append(' ');
        this.record(path, key, { line: this.line, column: this.column() });
        this.append('>-');
        for (const chunk of foldInto(node.value, 60)) this.lines.push(`${' '.repeat(indent + 2)}${chunk}`);
        return;
      }
      this.append(' ');
      this.record(path, key, { line: this.line, column: this.column() });
      this.append(scalarText(node, false));
      return;
    }
    const empty = node.kind === 'seq' ? node.items.length === 0 : node.entries.length === 0;
    if (empty || (node.flow && flowable(node))) {
      this.append(' ');
      this.inline(node, path, key);
      return;
    }
    if (node.kind === 'map') {
      this.map(node, indent + 2, path, null);
      const first = this.positions.get(pathKey([...path, node.entries[0]!.key]))!.key!;
      this.record(path, key, first);
      return;
    }
    this.seq(node, indent + 2, path);
    const first = this.firstDash.get(pathKey(path))!;
    this.record(path, key, first);
  }

  private readonly firstDash = new Map<string, Pos>();

  private seq(node: YSeq, indent: number, path: readonly PathSegment[]): void {
    node.items.forEach((item, index) => {
      this.lines.push(`${' '.repeat(indent)}- `);
      if (index === 0) this.firstDash.set(pathKey(path), { line: this.line, column: indent + 1 });
      const itemPath = [...path, index];
      const start = { line: this.line, column: indent + 3 };
      if (item.kind === 'map' && item.entries.length > 0 && !(item.flow && flowable(item))) {
        this.map(item, indent + 2, itemPath, start);
        this.record(itemPath, null, start);
      } else if (item.kind === 'seq' && item.items.length > 0 && !(item.flow && flowable(item))) {
        // A list directly inside a list item: "- - a" is legal but unusual; write it on the next lines.
        this.seq(item, indent + 2, itemPath);
        this.record(itemPath, null, this.firstDash.get(pathKey(itemPath))!);
      } else if (item.kind === 'scalar') {
        this.append(scalarText(item, false) || 'null');
        this.record(itemPath, null, start);
      } else {
        this.inline(item, itemPath, null);
      }
    });
  }

  /** A block map; `inlineFirst` when its first key goes right after a "- " on the current line. */
  map(node: YMap, indent: number, path: readonly PathSegment[], inlineFirst: Pos | null): void {
    node.entries.forEach((entry, index) => {
      const onDashLine = index === 0 && inlineFirst !== null;
      if (entry.comment !== undefined && !onDashLine) this.lines.push(`${' '.repeat(indent)}# ${entry.comment}`);
      if (!onDashLine) this.lines.push(' '.repeat(indent));
      const keyPos = { line: this.line, column: this.column() };
      this.append(`${entry.key}:`);
      this.value(entry.value, indent, [...path, entry.key], keyPos);
    });
  }
}

function foldInto(text: string, width: number): string[] {
  const words = text.split(' ');
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    if (current && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  lines.push(current);
  return lines;
}

/** Writes a root map as YAML text, with the position of every path in it. */
export function emit(root: YMap, header: string[] = []): Emitted {
  const emitter = new Emitter();
  emitter.lines.push(...header);
  // The first entry of the root goes on a fresh line like every other.
  emitter.map(root, 0, [], null);
  emitter.positions.set(pathKey([]), { key: null, value: emitter.positions.get(pathKey([root.entries[0]!.key]))!.key!, emptyValue: false });
  return { text: `${emitter.lines.join('\n')}\n`, positions: emitter.positions };
}
