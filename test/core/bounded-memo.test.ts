import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../src/core/domain/bounded-memo.js';

describe('boundedMemo', () => {
  it('computes each text once, null answers included, and forgets everything when it holds `limit` texts', () => {
    const asked: string[] = [];
    const memo = boundedMemo(3, (text) => {
      asked.push(text);
      return text === 'leeg' ? null : text.length;
    });
    expect([memo('a'), memo('leeg'), memo('a'), memo('leeg')]).toEqual([1, null, 1, null]);
    expect(asked).toEqual(['a', 'leeg']);
    memo('bb');
    memo('ccc'); // the fourth text: the memory was full and starts again
    memo('a');
    expect(asked).toEqual(['a', 'leeg', 'bb', 'ccc', 'a']);
  });
});
