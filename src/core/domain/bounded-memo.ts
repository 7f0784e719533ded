/**
 * `compute` with a memory of its answers per text, emptied when it holds `limit` texts. The rules
 * ask about the same texts again and again (≈ 40 times per text in a check); the limit keeps a
 * long batch from holding every text it ever saw.
 */
export function boundedMemo<T>(limit: number, compute: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    if (seen.has(text)) return seen.get(text) as T;
    if (seen.size >= limit) seen.clear();
    const answer = compute(text);
    seen.set(text, answer);
    return answer;
  };
}
