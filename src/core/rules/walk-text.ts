import type { PathSegment } from '../../findings.js';
import { isMap } from '../domain/data-access.js';
import { perData } from './per-data.js';

/**
 * Calls `visit` for every string in the data, in document order: each map key (`key: true`, the
 * path ends in that key) and each value (`key: false`). Iterative with its own stack, so no nesting
 * the YAML parser accepts can exhaust the call stack. `visit` gets one path that changes as the
 * walk goes on (building a fresh path for each of the hundreds of texts of a file was most of
 * the cost): copy it to keep it.
 */
function walkTextSharedPath(data: unknown, visit: (text: string, path: readonly PathSegment[], key: boolean) => void): void {
  // Each entry is a node with the length of its path and the last segment of that path.
  const stack: Array<{ node: unknown; depth: number; segment?: PathSegment; key?: string }> = [{ node: data, depth: 0 }];
  const path: PathSegment[] = [];
  while (stack.length > 0) {
    const { node, depth, segment, key } = stack.pop()!;
    path.length = depth;
    if (segment !== undefined) path[depth - 1] = segment;
    if (key !== undefined) visit(key, path, true);
    if (typeof node === 'string') visit(node, path, false);
    else if (Array.isArray(node)) for (let i = node.length - 1; i >= 0; i--) stack.push({ node: node[i], depth: depth + 1, segment: i });
    else if (isMap(node)) {
      const keys = Object.keys(node);
      for (let i = keys.length - 1; i >= 0; i--) stack.push({ node: node[keys[i]!], depth: depth + 1, segment: keys[i]!, key: keys[i]! });
    }
  }
}

/** As walkTextSharedPath, with a path of its own for each text. */
export function walkText(data: unknown, visit: (text: string, path: PathSegment[], key: boolean) => void): void {
  walkTextSharedPath(data, (text, path, key) => visit(text, [...path], key));
}

export interface TextAt {
  text: string;
  path: PathSegment[];
  /** A map key (the path ends in it), not a value. */
  key: boolean;
}

/**
 * Characters of ordinary Dutch text: printable ASCII, tab and line ends, Latin-1 and Latin
 * Extended-A (ë, é, ĳ), dashes, the ellipsis and the euro sign. None of the text rules reports
 * any of them: invalid XML characters (teken-ongeldig), bidi controls (teken-bidi) and curly
 * quotes (gekrulde-aanhalingstekens) all lie outside.
 */
const ORDINARY = /^[\t\n\r\x20-\x7E\u00A0-\u017F\u2010-\u2015\u2026\u20AC]*$/;

/** Texts up to this length can be passed over; longer ones go to the rules (bestand-grens counts length, with a limit far above this). */
export const ORDINARY_LENGTH = 1_000;

/**
 * The texts a text rule could report on, in document order as walkText yields them: every key or
 * value with a character outside ORDINARY or longer than ORDINARY_LENGTH. One walk per data
 * object, shared by the rules that look at every text (each used to walk all texts itself), and
 * in an ordinary file an empty list.
 */
export const unusualTexts: (data: Record<string, unknown>) => readonly TextAt[] = perData(collectUnusual);

function collectUnusual(data: unknown): TextAt[] {
  const found: TextAt[] = [];
  walkTextSharedPath(data, (text, path, key) => {
    if (text.length > ORDINARY_LENGTH || !ORDINARY.test(text)) found.push({ text, path: [...path], key });
  });
  return found;
}

/**
 * Calls `visit` for every list and map with its path and nesting depth (the root is depth 0);
 * iterative as above, and like walkTextSharedPath with one path that changes as the walk goes on.
 */
export function walkContainersSharedPath(
  data: unknown,
  visit: (node: unknown[] | Record<string, unknown>, path: readonly PathSegment[], depth: number) => boolean | undefined,
): void {
  const stack: Array<{ node: unknown; depth: number; segment?: PathSegment }> = [{ node: data, depth: 0 }];
  const path: PathSegment[] = [];
  while (stack.length > 0) {
    const { node, depth, segment } = stack.pop()!;
    if (!Array.isArray(node) && !isMap(node)) continue;
    path.length = depth;
    if (segment !== undefined) path[depth - 1] = segment;
    // A visitor returning false stops the walk below this node (e.g. past the depth limit).
    if (visit(node, path, depth) === false) continue;
    if (Array.isArray(node)) for (let i = node.length - 1; i >= 0; i--) stack.push({ node: node[i], depth: depth + 1, segment: i });
    else {
      const keys = Object.keys(node);
      for (let i = keys.length - 1; i >= 0; i--) stack.push({ node: node[keys[i]!], depth: depth + 1, segment: keys[i]! });
    }
  }
}

/** As walkContainersSharedPath, with a path of its own for each list and map. */
export function walkContainers(
  data: unknown,
  visit: (node: unknown[] | Record<string, unknown>, path: PathSegment[], depth: number) => boolean | undefined,
): void {
  walkContainersSharedPath(data, (node, path, depth) => visit(node, [...path], depth));
}
