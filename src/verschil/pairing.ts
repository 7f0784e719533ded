/** Pairing the old and new items of a changed stretch: which old paragraph or agreement became which new one. */

/** Pairs below this similarity are not the same item changed, but one removed and another added. */
const PAIRING_THRESHOLD = 0.3;
/** Above this many comparisons a changed stretch is paired by position, not by the best alignment. */
const PAIRING_BUDGET = 40_000;

/** Dice coefficient of two lists of words: 1 the same words (in any order), 0 none in common. */
export function wordSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length + b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1);
  let common = 0;
  for (const word of b) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      common += 1;
      counts.set(word, left - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

/**
 * Pairs old and new items of a changed stretch, keeping their order, so that the paired items are
 * as similar as possible in total (an alignment by dynamic programming); returns [old, new] indices.
 */
export function pairUp<T>(olds: readonly T[], news: readonly T[], similar: (a: T, b: T) => number): Array<[number, number]> {
  if (olds.length * news.length > PAIRING_BUDGET) {
    const pairs: Array<[number, number]> = [];
    for (let i = 0; i < Math.min(olds.length, news.length); i += 1) if (similar(olds[i]!, news[i]!) >= PAIRING_THRESHOLD) pairs.push([i, i]);
    return pairs;
  }
  const score: number[][] = Array.from({ length: olds.length + 1 }, () => new Array<number>(news.length + 1).fill(0));
  for (let i = 1; i <= olds.length; i += 1) {
    for (let j = 1; j <= news.length; j += 1) {
      const s = similar(olds[i - 1]!, news[j - 1]!);
      score[i]![j] = Math.max(score[i - 1]![j]!, score[i]![j - 1]!, s >= PAIRING_THRESHOLD ? score[i - 1]![j - 1]! + s : 0);
    }
  }
  const pairs: Array<[number, number]> = [];
  for (let i = olds.length, j = news.length; i > 0 && j > 0; ) {
    if (score[i]![j] === score[i - 1]![j]) i -= 1;
    else if (score[i]![j] === score[i]![j - 1]) j -= 1;
    else {
      pairs.push([i - 1, j - 1]);
      i -= 1;
      j -= 1;
    }
  }
  return pairs.reverse();
}
