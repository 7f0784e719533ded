import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/core/check.js';
import { findIndentProblems } from '../../src/core/load/indentation.js';
import { agreementFile, PROPERTY_TIMEOUT, settings } from '../property/arbitraries.js';

const check = (text: string) => checkSource('gegenereerd.yaml', new TextEncoder().encode(text), { today: '2026-06-01' });

/** Lines of a generated file that hold a key or list item in block style: the lines a slip of indentation hits. */
function structuralLines(text: string): number[] {
  const lines = text.split('\n');
  return lines.flatMap((line, index) => (/^ +(?:- )?[a-z_]+:(?: |$)/.test(line) ? [index] : []));
}

type Slip = 'verder' | 'minder' | 'tab';

function slip(text: string, index: number, how: Slip): string {
  const lines = text.split('\n');
  const line = lines[index]!;
  const spaces = /^ */.exec(line)![0].length;
  lines[index] = how === 'verder' ? ` ${line}` : how === 'minder' ? line.slice(1) : `\t${line.slice(spaces)}`;
  return lines.join('\n');
}

describe('indentation', () => {
  it(
    'a slip of one space or a tab on one line of a valid file is reported on that line, once, and nowhere else',
    () => {
      fc.assert(
        fc.property(agreementFile(), fc.nat(), fc.constantFrom<Slip>('verder', 'minder', 'tab'), (file, pick, how) => {
          const candidates = structuralLines(file.text);
          fc.pre(candidates.length > 0);
          const index = candidates[pick % candidates.length]!;
          const broken = slip(file.text, index, how);
          const syntax = check(broken).findings.filter((f) => f.rule === 'yaml-syntax');
          // Some slips are still valid YAML (a key one space less, now under another parent): nothing to point at.
          fc.pre(syntax.length > 0);
          const context = broken
            .split('\n')
            .slice(Math.max(0, index - 3), index + 3)
            .join('\n');
          expect(
            syntax.map((f) => f.line),
            `${context}\n${syntax.map((f) => `${f.line}:${f.column} ${f.message}`).join('\n')}`,
          ).toEqual([index + 1]);
          expect(syntax[0]!.message, context).toMatch(how === 'tab' ? /tab/ : /springt \d+ spaties? in/);
        }),
        settings(300),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'finds nothing in a file that is indented right',
    () => {
      fc.assert(
        fc.property(agreementFile(), (file) => {
          expect(findIndentProblems(file.text)).toEqual([]);
        }),
        settings(200),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('names expected and found spaces, and the sibling line', () => {
    const [problem] = findIndentProblems('a:\n  b: 1\n   c: 2\n');
    expect(problem).toMatchObject({ kind: 'te-ver', line: 3, found: '   ', expected: 2, sibling: { line: 2, label: 'b:' } });
  });

  it('a tab before a key with a block text puts the key left of its text, not beside the last key above (seed 466753307)', () => {
    const text = 'gemeente:\n  contactpersoon:\n    telefoon: "0999"\n\trol: >-\n    Het wijkteam belt.\n    Elke week.\nvisie:\n  toelichting: x\n';
    expect(findIndentProblems(text)).toMatchObject([{ kind: 'tab', line: 4, expected: 2 }]);
    const syntax = check(text).findings.filter((f) => f.rule === 'yaml-syntax');
    expect(syntax.map((f) => f.line)).toEqual([4]);
  });

  it('leaves block texts, multi-line quotes and flow collections alone', () => {
    const text = 'a:\n  b: |\n     vrij\n   ingesprongen\n  c: "twee\n regels"\n  d: [een,\n twee]\n  e: x\n';
    expect(findIndentProblems(text)).toEqual([]);
  });

  it('a list at the same indentation as its key', () => {
    expect(findIndentProblems('a:\n- x\n- y\nb: 1\n')).toEqual([]);
  });
});
