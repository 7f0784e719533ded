import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/core/check.js';
import { compareFindings, type Finding } from '../../src/findings.js';

// A report lists a file's findings from the top of the file down, also when the file cannot be
// read as agreements: the yaml library reports its errors first and its warnings after them, and
// a root that is not a map gets its schema finding after the warnings of the parse.

const today = '2026-11-23';
const check = (text: string) => checkSource('g.yaml', Buffer.from(text), { today });
const where = (findings: Finding[]) => findings.map((f) => `${f.line}:${f.column} ${f.severity}`);

describe('findings of a file that is not agreements come in line order', () => {
  it('a warning on line 1 comes before a syntax error on line 2', () => {
    const result = check('a: !foo b\nb: [\n');
    expect(result.onderdelen).toBeNull();
    expect(where(result.findings)).toEqual(['1:4 waarschuwing', '2:5 fout']);
  });

  it('a root that is a list: its schema finding on line 1 comes before a warning on line 2', () => {
    const result = check('- a\n- !foo b\n');
    expect(result.onderdelen).toBeNull();
    expect(where(result.findings)).toEqual(['1:1 fout', '2:3 waarschuwing']);
  });

  it('whatever lines a broken file is made of, its findings are sorted (property)', () => {
    // Lines that give an error, a warning (an unknown tag, a cut-off text) or nothing, in any order.
    const line = fc.constantFrom('a: 1', 'b: !foo x', '  c: 2', 'd: [', 'e: "x', '- f', '- !bar g', 'h: tekst #hashtag', 'i:', '  - j', '\tk: 3');
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (lines) => {
        const { findings } = check(`${lines.join('\n')}\n`);
        expect(where([...findings].sort(compareFindings))).toEqual(where(findings));
      }),
      { numRuns: Number(process.env.SWA_PROPERTY_RUNS ?? 1) * 200 },
    );
  });
});
