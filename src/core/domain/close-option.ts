import { closest, distance } from 'fastest-levenshtein';

/** The option a typo most likely meant, if it is close enough to be a typo at all. */
export function closeOption(given: string, options: readonly string[]): string | undefined {
  if (options.length === 0) return undefined;
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
