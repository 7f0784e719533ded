/**
 * The pre-tests of the fast parse and of cut texts (cut-text.ts, fast-parse.ts) compare character
 * codes where their regular expressions use classes (\s, \p{L}, \p{N}, [ \t]). The random texts of
 * load-pretests.test.ts draw from a few characters; here every UTF-16 code unit stands once in
 * each place that matters, so a code at the edge of a range ('0', 'z', U+200A, …) is tried too.
 */
import { describe, expect, it } from 'vitest';
import { mayHaveCutText } from '../../src/core/load/cut-text.js';
import { hasAnchorOrAlias, hasDashOnlyLine, hasFlowKey } from '../../src/core/load/fast-parse.js';

const DASH_ONLY = /\n[ \t]*-[ \t]*(?:#[^\n]*)?\r?(?:\n|$)/;
const ANCHOR_OR_ALIAS = /(?:^|[\s[{,])[&*][^\s,[\]{}]/m;
const CUT_TEXT = /[ \t]#[\p{L}\p{N}]/u;
const FLOW_KEY = (bracket: string) => new RegExp(`\\${bracket}[ \\t]*:(?:[ \\t]|\\r?\\n|$)`);

/** Every UTF-16 code unit, lone surrogates included. */
const UNITS = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code));

type Case = [name: string, fast: (text: string) => boolean, oracle: RegExp, contexts: Array<(c: string) => string>];

const CASES: Case[] = [
  ['mayHaveCutText', mayHaveCutText, CUT_TEXT, [(c) => `a: b #${c}`, (c) => `a: b${c}#x`, (c) => `a: b${c}#${c}`]],
  [
    'hasAnchorOrAlias',
    hasAnchorOrAlias,
    ANCHOR_OR_ALIAS,
    [(c) => `a:${c}&x`, (c) => `a:${c}*x`, (c) => `a: &${c}`, (c) => `a: *${c}b`, (c) => `&${c}`, (c) => `a:${c}&`],
  ],
  [
    'hasDashOnlyLine',
    hasDashOnlyLine,
    DASH_ONLY,
    [(c) => `a:\n${c}-\n`, (c) => `a:\n-${c}\n`, (c) => `a:\n -${c}`, (c) => `a:\n-\r${c}b`, (c) => `a:\n-${c}#\n`],
  ],
  ['hasFlowKey ]', (text) => hasFlowKey(text, ']'), FLOW_KEY(']'), [(c) => `[a]${c}: b`, (c) => `[a]:${c}b`, (c) => `[a]:\r${c}b`, (c) => `[a] ${c}:`]],
  ['hasFlowKey }', (text) => hasFlowKey(text, '}'), FLOW_KEY('}'), [(c) => `{a}${c}: b`, (c) => `{a}:${c}b`, (c) => `{a}:\r${c}b`, (c) => `{a} ${c}:`]],
];

describe('the pre-tests agree with their regular expressions for every character', () => {
  it.each(CASES)('%s', (_, fast, oracle, contexts) => {
    const wrong: string[] = [];
    for (const context of contexts) {
      for (const c of UNITS) {
        const text = context(c);
        if (fast(text) !== oracle.test(text)) wrong.push(JSON.stringify(text));
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });
});
