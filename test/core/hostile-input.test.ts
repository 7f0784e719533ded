import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/core/check.js';
import { capFindings, MAX_FINDINGS_PER_FILE } from '../../src/core/rules/finding-cap.js';
import { GRENZEN } from '../../src/core/rules/grenzen.js';
import { SEVERITIES, type Finding, type Severity } from '../../src/findings.js';
import { firstNonXmlChar, hasNonCharacter } from '../helpers/xml-chars.js';

const COMPLEET = readFileSync(join(import.meta.dirname, '../fixtures/check/compleet/afspraken.yaml'), 'utf8');
const TODAY = '2026-11-23';
const check = (text: string, readFile?: (path: string) => Uint8Array) => checkSource('afspraken.yaml', Buffer.from(text, 'utf8'), { today: TODAY, readFile });
const rules = (text: string): string[] => check(text).findings.map((f) => f.rule);

/** The compleet fixture with one value replaced (written as a JSON string, which YAML reads as a double-quoted scalar). */
const withValue = (value: string): string =>
  // A function, not a string: a generated value with `$&` or "$`" in it would be read as a replacement pattern.
  COMPLEET.replace(
    'e_nieuwe_zorgen_na_ots: Het wijkteam neemt binnen 5 werkdagen contact op met de Raad.',
    () => `e_nieuwe_zorgen_na_ots: ${JSON.stringify(value)}`,
  );

/** The compleet fixture with the escalation ladder replaced by n one-line steps (each a schema error). */
const withSteps = (n: number): string => COMPLEET.replace(/    stappen:\n(      .*\n)+/, `    stappen:\n${'      - x\n'.repeat(n)}`);

describe('a cap on findings per file', () => {
  const finding = (severity: Severity, line: number): Finding => ({
    rule: 'r',
    severity,
    onderdeel: null,
    message: 'm',
    file: 'a.yaml',
    line,
    column: 1,
    path: [],
  });

  it('keeps the first findings and counts the rest in one closing finding with their highest severity', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SEVERITIES), { maxLength: 60 }), fc.integer({ min: 1, max: 40 }), (severities, max) => {
        const findings = severities.map((s, i) => finding(s, i + 1));
        const capped = capFindings(findings, max);
        if (findings.length <= max) {
          expect(capped).toEqual(findings);
          return;
        }
        expect(capped.slice(0, max)).toEqual(findings.slice(0, max));
        expect(capped).toHaveLength(max + 1);
        const closing = capped.at(-1)!;
        const left = severities.slice(max);
        expect(closing.rule).toBe('te-veel-meldingen');
        expect(closing.severity).toBe(left.includes('fout') ? 'fout' : left.includes('waarschuwing') ? 'waarschuwing' : 'info');
        expect(closing.message).toContain(`nog ${left.length} meldingen`);
        expect(closing.line).toBe(max + 1);
      }),
    );
  });

  // The 50,000-finding file and the base with 150,000 findings run end to end in test/cli/hostile-input.test.ts.
  it('a file with thousands of findings gives the cap plus one closing finding', () => {
    const result = check(withSteps(3_000));
    expect(result.findings).toHaveLength(MAX_FINDINGS_PER_FILE + 1);
    expect(result.findings.at(-1)).toMatchObject({ rule: 'te-veel-meldingen', severity: 'fout' });
    expect(result.findings.some((f) => f.rule === 'bestand-grens')).toBe(true);
  });
});

describe('characters a Word document cannot hold', () => {
  it('are a fout exactly when a value holds one (C0 controls, U+FFFE/U+FFFF, non-characters, lone surrogates)', () => {
    const tricky = fc.constantFrom(
      '\u0000',
      '\u0001',
      '\u0008',
      '\u000b',
      '\u000c',
      '\u001f',
      '\t',
      '\n',
      '\r',
      '\ufffe',
      '\uffff',
      '\ufdd0',
      '\ufdef',
      '\ud800',
      '\udfff',
      '\u{1fffe}',
      '\u{10ffff}',
      '\u{1f600}',
      'é',
      '\u202e',
    );
    const value = fc
      .tuple(fc.string(), fc.array(tricky, { maxLength: 2 }), fc.string({ unit: 'binary', maxLength: 8 }))
      .map(([a, t, b]) => `${a}${t.join('')}${b}`.trim())
      .filter((v) => v.length > 0);
    fc.assert(
      fc.property(value, (v) => {
        const invalid = firstNonXmlChar(v) !== undefined || hasNonCharacter(v);
        const findings = check(withValue(v)).findings.filter((f) => f.rule === 'teken-ongeldig');
        expect(findings.length, JSON.stringify(v)).toBe(invalid ? 1 : 0);
        if (invalid) expect(findings[0]).toMatchObject({ severity: 'fout', onderdeel: 'e', line: 66 });
      }),
      { numRuns: 150 },
    );
  });

  it('in a key as well, pointing at the key', () => {
    const findings = check(COMPLEET.replace('  frequentie: jaarlijks', '  "frequ\\x01entie": jaarlijks')).findings;
    expect(findings.filter((f) => f.rule === 'teken-ongeldig')).toMatchObject([{ line: 87, column: 3 }]);
  });
});

describe('bidi controls', () => {
  it('an override or isolate is a warning on its line; the marks that Arabic and Hebrew text need are not', () => {
    for (const char of ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069']) {
      expect(check(withValue(`Het wijkteam ${char}neemt contact op.`)).findings.filter((f) => f.rule === 'teken-bidi')).toMatchObject([
        { severity: 'waarschuwing', line: 66 },
      ]);
    }
    for (const char of ['\u200e', '\u200f', '\u061c']) expect(rules(withValue(`Het wijkteam ${char}neemt contact op.`))).not.toContain('teken-bidi');
  });
});

describe('limits', () => {
  const gis = (n: number): string =>
    COMPLEET.replace('  gi:\n', `  gi:\n${Array.from({ length: n - 2 }, (_, i) => `    - { id: extra${i}, naam: GI ${i} }\n`).join('')}`);

  it(`more than ${GRENZEN.gis} GI's is one finding on partners.gi, not a crash later`, () => {
    expect(rules(gis(GRENZEN.gis))).not.toContain('bestand-grens');
    const over = check(gis(138)).findings.filter((f) => f.rule === 'bestand-grens');
    expect(over).toMatchObject([{ severity: 'fout', line: 28, column: 3 }]);
    expect(over[0]!.message).toContain('138 GI');
  });

  it(`a list of more than ${GRENZEN.lijst} items and a text of more than ${GRENZEN.tekst} characters`, () => {
    const list = (n: number): string =>
      COMPLEET.replace(
        '    - naam: Signs of Safety',
        `${Array.from({ length: n - 2 }, (_, i) => `    - { naam: Instrument ${i}, gebruikt_door: [rvdk] }\n`).join('')}    - naam: Signs of Safety`,
      );
    expect(rules(list(GRENZEN.lijst))).not.toContain('bestand-grens');
    expect(check(list(GRENZEN.lijst + 1)).findings.filter((f) => f.rule === 'bestand-grens')).toMatchObject([{ line: 71, onderdeel: 'h' }]);
    expect(rules(withValue('x'.repeat(GRENZEN.tekst)))).not.toContain('bestand-grens');
    expect(rules(withValue('x'.repeat(GRENZEN.tekst + 1)))).toContain('bestand-grens');
  });

  it('one value with 100,000 line breaks is over the text limit', () => {
    expect(check(withValue('regel\n'.repeat(100_000))).findings.filter((f) => f.rule === 'bestand-grens')).toHaveLength(1);
  });
});

describe('per-GI document names', () => {
  const twoGis = (a: string, b: string): string =>
    COMPLEET.replace('    - id: jbt', `    - id: ${a}`).replace('    - id: wss', `    - id: ${b}`).replace('[gi.jbt, gi.wss]', `[gi.${a}, gi.${b}]`);

  it('ids that give the same file name are a warning on the second id (render keeps both documents, the second with -2)', () => {
    for (const [a, b] of [
      ['a_b', 'a-b'],
      ['a-b', 'a_b'],
      ['jb__t', 'jb-t'],
      [`${'x'.repeat(60)}a`, `${'x'.repeat(60)}b`],
    ] as const) {
      const findings = check(twoGis(a, b)).findings.filter((f) => f.rule === 'gi-bestandsnaam-dubbel');
      expect(findings, `${a} ${b}`).toMatchObject([{ severity: 'waarschuwing', line: 32, column: 11 }]);
    }
  });

  it("different names, and the same id twice (gi-dubbel-id's finding), are not", () => {
    expect(rules(twoGis('ab', 'a-b'))).not.toContain('gi-bestandsnaam-dubbel');
    expect(rules(twoGis('jbt', 'jbt'))).toEqual(expect.arrayContaining(['gi-dubbel-id']));
    expect(rules(twoGis('jbt', 'jbt'))).not.toContain('gi-bestandsnaam-dubbel');
  });
});

describe('YAML edge cases', () => {
  const first = (input: string | Buffer) =>
    checkSource('x.yaml', typeof input === 'string' ? Buffer.from(input, 'utf8') : input, { today: TODAY }).findings[0]!;

  it('a UTF-32 file is called UTF-32, in both byte orders, and UTF-16 still UTF-16', () => {
    expect(first(Buffer.from([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0])).message).toContain('UTF-32');
    expect(first(Buffer.from([0, 0, 0xfe, 0xff, 0, 0, 0, 0x61])).message).toContain('UTF-32');
    expect(first(Buffer.from([0xff, 0xfe, 0x61, 0])).message).toContain('UTF-16');
    expect(first(Buffer.from([0xfe, 0xff, 0, 0x61])).message).toContain('UTF-16');
  });

  it('a surrogate encoded as UTF-8 bytes is bestand-codering at its line, never a silent U+FFFD', () => {
    const bytes = Buffer.concat([Buffer.from('schema_versie: 1\ngemeente:\n  naam: a'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('\n')]);
    expect(first(bytes)).toMatchObject({ rule: 'bestand-codering', line: 3, column: 10 });
  });

  it('nesting deeper than the parser can follow is "te diep genest" with a line', () => {
    const finding = first(`schema_versie: 1\nx: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`);
    expect(finding).toMatchObject({ rule: 'yaml-syntax', severity: 'fout', line: 2 });
    expect(finding.message).toContain('te diep genest');
  });

  it('nesting the parser reads but past the limit is one bestand-grens finding (indentation or brackets)', () => {
    let indented = '';
    for (let i = 0; i < 200; i++) indented += `${' '.repeat(i + 2)}b${i}:\n`;
    for (const extra of [`extra:\n${indented}`, `extra: ${'['.repeat(500)}${']'.repeat(500)}\n`]) {
      const findings = check(COMPLEET.replace('\nevaluatie:\n', `\n${extra}evaluatie:\n`)).findings;
      expect(findings.filter((f) => f.rule === 'bestand-grens')).toMatchObject([{ severity: 'fout' }]);
      expect(findings.filter((f) => f.rule === 'bestand-grens')[0]!.line).toBeGreaterThanOrEqual(82);
    }
  });

  it.each([
    ['!!binary aGVsbG8=', 'binaire gegevens'],
    ['!!timestamp 2020-01-01', 'tijdstip'],
    ['!!set {a, b}', 'verzameling'],
    ['!!omap [a: 1]', 'geordende groep'],
    ['!!pairs [a: 1]', 'lijst van paren'],
  ])('%s is refused by name, not described as "een groep sleutels"', (value, words) => {
    const findings = check(`schema_versie: 1\ngemeente:\n  naam: ${value}\n`).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'yaml-syntax', severity: 'fout', line: 3 });
    expect(findings[0]!.message).toContain(words);
    expect(findings[0]!.message).not.toContain('groep sleutels');
  });
});
