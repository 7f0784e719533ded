import type { Onderdeel, PathSegment } from '../../findings.js';
import { REQUIRED_ONDERDELEN } from './required-afspraken.js';

const PREFIXES: Array<[PathSegment[], Onderdeel]> = [
  ...REQUIRED_ONDERDELEN.map((r): [PathSegment[], Onderdeel] => [r.container, r.onderdeel]),
  [['afspraken', 'h_methoden_en_instrumenten'], 'h'],
  [['afspraken', 'i_escalatie'], 'i'],
  [['visie'], 'voorwaarde.visie'],
  [['evaluatie'], 'voorwaarde.evaluatie'],
];

/**
 * The onderdeel a place in the file belongs to, e.g. `afspraken.c_taakverdeling.wachtlijsten.0`
 * → `c`; null for places that belong to no onderdeel (gemeente, document, partner details).
 */
export function onderdeelOfPath(path: readonly PathSegment[]): Onderdeel | null {
  let best: [PathSegment[], Onderdeel] | undefined;
  for (const entry of PREFIXES) {
    const [prefix] = entry;
    if (prefix.length <= path.length && prefix.every((segment, i) => String(segment) === String(path[i])) && (!best || prefix.length > best[0].length))
      best = entry;
  }
  return best?.[1] ?? null;
}
