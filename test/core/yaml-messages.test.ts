import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/core/check.js';
import type { Finding } from '../../src/findings.js';

// What a user sees for a YAML slip: one finding, on the line (and column) where the slip is, in
// Dutch words that name the slip, never yaml's English.

const findings = (text: string): Finding[] => checkSource('a.yaml', Buffer.from(text), { today: '2026-11-23' }).findings;
const first = (text: string): Finding => findings(text)[0]!;

describe('references (&anker, *anker)', () => {
  it('one that lies inside what it refers to is reported at the reference', () => {
    expect(findings('schema_versie: 1\nlijst: &x\n  - een\n  - *x\n')).toEqual([
      {
        rule: 'yaml-verwijzingen',
        severity: 'fout',
        onderdeel: null,
        file: 'a.yaml',
        line: 4,
        column: 5,
        path: [],
        message: 'De verwijzing `*x` staat binnen het stuk waar ze naar verwijst, zodat het nooit ophoudt. Schrijf de waarde hier uit.',
      },
    ]);
  });

  it('one to a value before it is fine', () => {
    expect(findings('schema_versie: 1\na: &x [een]\nb: [*x]\n').filter((f) => f.rule.startsWith('yaml-'))).toEqual([]);
  });

  it('so many that writing them out explodes is reported at the first reference', () => {
    const lines = ['schema_versie: 1', 'a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    expect(findings(`${lines.join('\n')}\n`)).toEqual([
      {
        rule: 'yaml-verwijzingen',
        severity: 'fout',
        onderdeel: null,
        file: 'a.yaml',
        line: 3,
        column: 8,
        path: [],
        message:
          'Het bestand gebruikt zoveel verwijzingen (&anker en *anker) dat het uitgeschreven te groot wordt. Schrijf de waarden uit in plaats van ze te laten verwijzen.',
      },
    ]);
  });
});

describe('syntax', () => {
  it('a missing closing bracket is reported at the end of the line that opened it', () => {
    expect(first('schema_versie: 1\nlijst: [een, twee  \nnaam: x\n')).toMatchObject({
      rule: 'yaml-syntax',
      line: 2,
      column: 18,
      path: [],
      message: expect.stringMatching(/^Aan het eind van deze regel ontbreekt een afsluitende \]/),
    });
  });

  it('an unclosed quote is named as such, not as a missing colon', () => {
    const finding = first('schema_versie: 1\nnaam: "Toetsdorp\n');
    expect(finding).toMatchObject({ rule: 'yaml-syntax', severity: 'fout', path: [] });
    expect(finding.message).toBe('Er ontbreekt een teken, bijvoorbeeld een afsluitend aanhalingsteken of haakje.');
  });

  it('a message without curly quotes on the line has no hint about them; with them, it has', () => {
    expect(first('schema_versie: 1\nnaam: a: b\n').message).toBe(
      'Op deze regel staat een tweede dubbele punt. Staat er een dubbele punt in de tekst, zet de tekst dan tussen aanhalingstekens: `naam: "a: b"`. `swa check --herstel` doet dat voor u.',
    );
    expect(first('schema_versie: 1\nnaam: “a”: b\n').message).toMatch(/ Let op: op deze regel staan gekrulde aanhalingstekens/);
  });

  it('a duplicate key names the key as written', () => {
    expect(findings('schema_versie: 1\n"naam x": 1\n"naam x": 2\n')).toEqual([
      {
        rule: 'yaml-dubbele-sleutel',
        severity: 'fout',
        onderdeel: null,
        file: 'a.yaml',
        line: 3,
        column: 1,
        path: [],
        message: 'De sleutel `"naam x"` staat twee keer in dezelfde groep. Voeg de twee samen of verwijder er één.',
      },
    ]);
  });

  it('errors on several lines are each reported, in line order, one per line', () => {
    const lines = findings('schema_versie: 1\na: b: c\nd: "x\n')
      .filter((f) => f.rule === 'yaml-syntax')
      .map((f) => f.line);
    expect(lines).toEqual([...new Set(lines)].sort((x, y) => x - y));
    expect(lines.length).toBeGreaterThan(0);
  });
});
