/**
 * What parseYaml tells a user about a file that is not valid YAML: one finding, on the line and
 * column where the slip is, in Dutch, naming the slip and how to mend it. The fixtures cover the
 * common slips through the whole check; these cases hold each message of parse-yaml.ts to its
 * part of the advice (the line as it should be written, the bracket that is missing, the lines
 * that also use a tab).
 */
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/core/load/parse-yaml.js';

function onlyFinding(text: string) {
  const parsed = parseYaml(text, 'f.yaml');
  expect(parsed.data).toBeUndefined();
  expect(parsed.findings, JSON.stringify(text)).toHaveLength(1);
  const [finding] = parsed.findings;
  expect(finding).toMatchObject({ rule: 'yaml-syntax', severity: 'fout', file: 'f.yaml', path: [] });
  return finding!;
}

describe('parseYaml: one finding per slip, where it is, with its advice', () => {
  it.each([
    ['a dash right after a key', 'a: - x\n', 1, 4, ['Een streepje - direct achter een sleutel', 'tussen aanhalingstekens: "-".']],
    [
      'a line of text without a colon between keys',
      'a: 1\nlosse tekst\nb: 2\n',
      2,
      1,
      ['Een sleutel moet op één regel staan en eindigen met een dubbele punt.'],
    ],
    [
      'a second colon in a plain text',
      'termijn: binnen 5 dagen: daarna x\n',
      1,
      10,
      ['een tweede dubbele punt', ': `termijn: "binnen 5 dagen: daarna x"`.', '`swa check --herstel` doet dat voor u.'],
    ],
    ['a second colon, with two spaces after the first', 'termijn:  binnen 5 dagen: daarna x\n', 1, 11, [': `termijn: "binnen 5 dagen: daarna x"`.']],
    ['a second colon in a text with quotes, under a list dash', 'a:\n  - wie: team: "de GI"\n', 2, 10, [': `wie: "team: \\"de GI\\""`.']],
    [
      'a second colon after a quoted key',
      'a:\n  - wie: "x": y\n',
      2,
      10,
      ['tussen aanhalingstekens, bijvoorbeeld termijn: "binnen 5 werkdagen: daarna de teamleider".'],
    ],
    [
      'no space after the colon of a key',
      'wanneer:Bij elk overleg\n  wie: x\n',
      1,
      1,
      ['Na `wanneer:` ontbreekt een spatie', 'YAML leest `wanneer:Bij elk overleg` als één woord', 'Schrijf `wanneer: Bij elk overleg`.'],
    ],
    [
      'no space after the colon of a deeper key with a long text',
      'a:\n  wanneer:Bij elk van de drie overleggen\n    wie: x\n',
      2,
      3,
      ['Na `wanneer:` ontbreekt een spatie', 'Schrijf `wanneer: Bij elk van …`.'],
    ],
    ['a list not closed with ]', 'a: [x, y\nb: 1\n', 1, 9, ['ontbreekt een afsluitende ]:']],
    ['a group not closed with }, a blank line before the next key', 'a: {x: 1\n\nb: 1\n', 1, 9, ['ontbreekt een afsluitende }:']],
    [
      'a flow list as a key with a block below it',
      '[a, b]:\n  c: 1\n',
      1,
      1,
      ['Een sleutel moet een woord zijn, geen lijst of groep.', 'Hier staat een lijst als sleutel.'],
    ],
    ['a flow map as a key of a list item', '- {x: 1}:\n    c: 1\n', 1, 3, ['Hier staat een groep als sleutel.']],
    ['a text opened with " and closed with ”', 'a: "tekst”\nb: 1\n', 1, 4, ['eindigt met een gekruld aanhalingsteken (”)']],
    ['a value starting with a backtick', 'a: x\nb: `y`\n', 2, 4, ['Deze waarde begint met een teken dat YAML een speciale betekenis geeft']],
    ['an unknown escape in a double-quoted text', 'a: "\\q"\n', 1, 5, ['Ongeldige \\-code tussen dubbele aanhalingstekens.']],
    ['two documents', 'a: 1\n---\nb: 2\n', 2, 1, ['Het bestand bevat meer dan één document']],
    ['a double quote that is never closed', 'a: "x\n', 2, 1, ['Er ontbreekt een teken, bijvoorbeeld een afsluitend aanhalingsteken']],
    ['a key longer than 1024 characters', `${'k'.repeat(1100)}: 1\n`, 1, 1, ['Deze sleutel is langer dan 1024 tekens.']],
    ['bytes (!!binary)', 'a: !!binary aGVsbG8=\n', 1, 13, ['Deze waarde is binaire gegevens (!!binary);', 'Haal de markering met !! weg']],
    ['a timestamp (!!timestamp)', 'a: !!timestamp 2025-01-01\n', 1, 16, ['Deze waarde is een tijdstip (!!timestamp);']],
    ['a set (!!set)', 'a: !!set {x}\n', 1, 10, ['Deze waarde is een verzameling (!!set);']],
    ['an ordered map (!!omap)', 'a: !!omap [x: 1]\n', 1, 11, ['Deze waarde is een geordende groep (!!omap);']],
    ['pairs (!!pairs)', 'a: !!pairs [x: 1]\n', 1, 12, ['Deze waarde is een lijst van paren (!!pairs);']],
  ])('%s', (_, text, line, column, parts) => {
    const finding = onlyFinding(text);
    expect({ line: finding.line, column: finding.column }).toEqual({ line, column });
    for (const part of parts) expect(finding.message).toContain(part);
  });

  it('a file indented with tabs is one finding that names the first five other lines and counts the rest', () => {
    const text = `a:\n${Array.from({ length: 7 }, (_, i) => `\t- ${i}\n`).join('')}`;
    const finding = onlyFinding(text);
    expect(finding.line).toBe(2);
    expect(finding.message).toMatch(/ Ook 6 andere regels: 3, 4, 5, 6, 7 … springen in met een tab\.$/);
  });

  it('five other lines with a tab are all named, without an ellipsis', () => {
    const text = `a:\n${Array.from({ length: 6 }, (_, i) => `\t- ${i}\n`).join('')}`;
    expect(onlyFinding(text).message).toMatch(/ Ook 5 andere regels: 3, 4, 5, 6, 7 springen in met een tab\.$/);
  });

  it('a line exactly between two levels names first the level under which the rest of the file reads with fewer errors', () => {
    // Both levels read: the nearer deeper one first.
    expect(onlyFinding('a:\n  b:\n    c: 1\n   d: 2\n').message).toContain('springen 4 of 2 spaties in');
    // Neither level reads better (a list item among keys at either): still the nearer deeper one first.
    const tie = parseYaml('a:\n  b:\n    c: 1\n   - d\n', 'f.yaml').findings;
    expect(tie[0]).toMatchObject({ line: 4, column: 1 });
    expect(tie[0]!.message).toContain('springen 4 of 2 spaties in');
    // A list after it cannot follow `d: 2` at 4 spaces (among keys) nor so well at 2: the outer level is named first.
    const finding = onlyFinding('a:\n  b:\n    c: 1\n   d: 2\n    - x\n');
    expect({ line: finding.line, column: finding.column }).toEqual({ line: 4, column: 1 });
    expect(finding.message).toContain('springen 2 of 4 spaties in');
  });
});
