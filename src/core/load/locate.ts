import type { Document, LineCounter, Node, Pair } from 'yaml';
import { yamlLibrary } from './yaml-library.js';
import type { PathSegment, SourcePosition } from '../../findings.js';
import type { LoadedSource } from './source.js';

export interface Located {
  position: SourcePosition;
  /** True when the path itself exists; false when the position is that of its nearest ancestor. */
  exact: boolean;
}

/**
 * `locate` for a loaded file: from the quick positions when the file has them and they can tell
 * (locate-quick.ts, the same answer without the `yaml` library), otherwise from the document.
 */
export function locateIn(source: LoadedSource, path: readonly PathSegment[], at: 'key' | 'value' = 'key'): Located {
  const found = source.quick?.locate(path, at);
  if (found) return { position: { file: source.file, line: found.line, column: found.col }, exact: found.exact };
  return locate(source.doc, source.lineCounter, source.file, path, at);
}

/**
 * Finds where a data path stands in the YAML source. Keys are compared as strings because
 * `2024:` is a number in YAML but "2024" in an ajv instancePath. Points at the key of a map
 * entry (that is the line a user reads), and at the nearest existing ancestor when the path is
 * missing, so "ontbreekt" findings land on the parent.
 */
export function locate(doc: Document, lineCounter: LineCounter, file: string, path: readonly PathSegment[], at: 'key' | 'value' = 'key'): Located {
  let node: unknown = doc.contents;
  let anchor: Node | Pair | null = (doc.contents as Node | null) ?? null;
  let exact = true;
  for (const segment of path) {
    const step = child(node, segment);
    if (!step) {
      exact = false;
      break;
    }
    node = step.value;
    anchor = step.anchor;
  }
  const offset = (exact && at === 'value' ? valueStart(anchor) : undefined) ?? startOf(anchor) ?? 0;
  const { line, col } = lineCounter.linePos(offset);
  return { position: { file, line, column: col }, exact };
}

function child(node: unknown, segment: PathSegment): { value: unknown; anchor: Node | Pair } | null {
  if (yamlLibrary().isMap(node)) {
    const pair = node.items.find((item) => keyText(item.key) === String(segment));
    return pair ? { value: pair.value, anchor: pair } : null;
  }
  if (yamlLibrary().isSeq(node)) {
    const index = Number(segment);
    const item = Number.isInteger(index) ? node.items[index] : undefined;
    return item === undefined ? null : { value: item, anchor: item as Node };
  }
  return null;
}

function keyText(key: unknown): string {
  return yamlLibrary().isScalar(key) ? String(key.value) : String(key);
}

function startOf(anchor: Node | Pair | null): number | undefined {
  if (!anchor) return undefined;
  if (yamlLibrary().isPair(anchor)) {
    const key = anchor.key as Node | null;
    return key?.range?.[0] ?? (anchor.value as Node | null)?.range?.[0];
  }
  return anchor.range?.[0];
}

function valueStart(anchor: Node | Pair | null): number | undefined {
  if (anchor && yamlLibrary().isPair(anchor)) return (anchor.value as Node | null)?.range?.[0];
  return anchor?.range?.[0];
}

/** The exact source text of the scalar at a path, e.g. `1.0` where the data holds the number 1. */
export function scalarSource(doc: Document, text: string, path: readonly PathSegment[]): string | undefined {
  let node: unknown = doc.contents;
  for (const segment of path) {
    const step = child(node, segment);
    if (!step) return undefined;
    node = step.value;
  }
  return yamlLibrary().isScalar(node) && node.range ? text.slice(node.range[0], node.range[1]) : undefined;
}
