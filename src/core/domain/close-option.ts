import { createRequire } from 'node:module';
import type * as Levenshtein from 'fastest-levenshtein';

let levenshtein: typeof Levenshtein | undefined;

/**
 * fastest-levenshtein, loaded on the first typo: a correct file has none. An ESM import of this
 * CommonJS package ran Node's cjs-module-lexer at every start (≈ 1.5 ms, CPU profile on Node 20).
 */
function loadLevenshtein(): typeof Levenshtein {
  levenshtein ??= createRequire(import.meta.url)('fastest-levenshtein') as typeof Levenshtein;
  return levenshtein;
}

/** The option a typo most likely meant, if it is close enough to be a typo at all. */
export function closeOption(given: string, options: readonly string[]): string | undefined {
  if (options.length === 0) return undefined;
  const { closest, distance } = loadLevenshtein();
  const best = closest(given, options as string[]);
  if (distance(given.toLowerCase(), best.toLowerCase()) <= Math.max(2, Math.floor(best.length / 3))) return best;
  return knownPrefix(given.toLowerCase(), options);
}

/**
 * A shortened key: `g_jeugdhulp` for `g_jeugdhulp_op_indicatie`, or `c_taken` for
 * `c_taakverdeling` (the onderdeel letters a–j start one key each). Only when one option fits.
 */
function knownPrefix(given: string, options: readonly string[]): string | undefined {
  const starting = given.length >= 4 ? options.filter((option) => option.toLowerCase().startsWith(given)) : [];
  if (starting.length === 1) return starting[0];
  const letter = /^([a-j])_[a-z]/.exec(given)?.[1];
  const sameLetter = letter ? options.filter((option) => option.startsWith(`${letter}_`)) : [];
  return sameLetter.length === 1 ? sameLetter[0] : undefined;
}
