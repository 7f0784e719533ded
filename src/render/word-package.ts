import { SHARED_PARTS } from '../generated/word-shared-parts.js';
import type { PackageParts } from './normalise.js';

/**
 * The parts every document shares (see word-shared-compile.ts), compiled by docx when swa was
 * built. Loading docx and compiling them took ≈ 140 ms of CPU at the start of every render process
 * and worker (CPU profile, Node 20). Each variant becomes a map once per process; the writer copies it.
 */
const cached = new Map<boolean, PackageParts>();

export function sharedParts(withList: boolean): PackageParts {
  let parts = cached.get(withList);
  if (parts === undefined) {
    parts = new Map(withList ? SHARED_PARTS.list : SHARED_PARTS.plain);
    cached.set(withList, parts);
  }
  return parts;
}

/** The part's text around its content: an empty root (`<w:hdr …/>`) opened and closed. */
export function aroundContent(parts: PackageParts, name: string): { open: string; close: string } {
  const xml = parts.get(name);
  const root = typeof xml === 'string' ? /<([\w:]+)(?:\s[^<>]*)?\/>$/.exec(xml) : null;
  if (!root || typeof xml !== 'string') throw new Error(`docx: ${name} heeft niet de verwachte vorm`);
  return { open: `${xml.slice(0, -2)}>`, close: `</${root[1]}>` };
}
