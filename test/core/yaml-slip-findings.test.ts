import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSource } from '../../src/core/load/source.js';

// How a slip in the YAML reads to the beleidsmedewerker: one finding per slip, in Dutch, naming
// what is on the line. Each case is one edge of parse-yaml.ts that no other test reached.

const findings = (text: string) => {
  const loaded = loadSource('g.yaml', Buffer.from(text));
  return loaded.ok ? loaded.source.findings : loaded.findings;
};

describe('a YAML slip is one finding', () => {
  it('two errors yaml reports on the same line are one finding, the first of them', () => {
    // An invalid \-escape, and then text after the closing quote: both on line 1.
    const [first, ...rest] = findings('a: "\\q" x\n');
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ rule: 'yaml-syntax', severity: 'fout', line: 1, column: 5 });
    expect(first!.message).toMatch(/^Ongeldige \\-code/);
  });

  it('tabs on exactly two lines: the finding names the other line in the singular', () => {
    const [finding, ...rest] = findings('a: 1\nb:\n\tc: 2\n\td: 3\n');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ line: 3, column: 1 });
    expect(finding!.message).toMatch(/ Ook regel 4 springt in met een tab\.$/);
  });

  it('tabs on three lines: the finding counts and names the other lines in the plural', () => {
    const [finding, ...rest] = findings('a: 1\nb:\n\tc: 2\n\td: 3\n\te: 4\n');
    expect(rest).toEqual([]);
    expect(finding!.message).toMatch(/ Ook 2 andere regels: 4, 5 springen in met een tab\.$/);
  });

  it('a warning in a file with a wrongly indented line is still a warning', () => {
    expect(findings('a: 1\n  b: 2\nc: !foo x\n').map((f) => [f.line, f.column, f.severity])).toEqual([
      [2, 1, 'fout'],
      [3, 4, 'waarschuwing'],
    ]);
  });

  it('an alias as a key is named a verwijzing', () => {
    const [finding] = findings('a: &k x\n*k : y\nb: [1]\n');
    expect(finding).toMatchObject({ rule: 'yaml-syntax', line: 2, column: 1 });
    expect(finding!.message).toContain('Hier staat een verwijzing (*anker) als sleutel.');
  });

  it('an alias as a key is refused whatever else the file holds (it was let through without a [, { or ? in the file)', () => {
    const [finding] = findings('a: &k x\n*k : y\n');
    expect(finding).toMatchObject({ rule: 'yaml-syntax', line: 2, column: 1 });
    const key = fc.stringMatching(/^[a-z]{1,8}$/);
    const extra = fc.constantFrom('', 'c: [1]\n', 'c: {d: 1}\n', 'c: wat?\n', 'c: "*"\n');
    fc.assert(
      fc.property(fc.array(key, { maxLength: 4 }), fc.nat(4), key, extra, (before, indent, value, tail) => {
        const pad = ' '.repeat(indent);
        const nested = indent > 0 ? 'top:\n' : '';
        const lines = before.map((k, i) => `${pad}${k}${i}: ${value}`);
        const text = `${nested}${pad}anker: &k ${value}\n${lines.map((l) => `${l}\n`).join('')}${pad}*k : y\n${tail}`;
        const aliasLine = text.split('\n').findIndex((l) => l.startsWith(`${pad}*k`)) + 1;
        const [first] = findings(text);
        return first?.rule === 'yaml-syntax' && first.line === aliasLine && first.column === indent + 1 && first.message.includes('verwijzing (*anker)');
      }),
      { numRuns: Number(process.env.SWA_PROPERTY_RUNS ?? 1) * 200 },
    );
  });

  it('an alias whose anchor is not there, or only further on, is named as such at the alias (not as too many aliases)', () => {
    const [finding, ...rest] = findings('schema_versie: 1\na: *nergens\n');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ rule: 'yaml-verwijzingen', line: 2, column: 4 });
    expect(finding!.message).toBe(
      'De verwijzing `*nergens` wijst naar een anker `&nergens` dat er niet is (of pas verderop staat). Schrijf de waarde hier uit, of zet `&nergens` eerder in het bestand bij de waarde waarnaar ze verwijst.',
    );
    const name = fc.stringMatching(/^[a-z]{1,6}$/);
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 5 }), fc.nat(), fc.boolean(), (keys, pick, anchorFirst) => {
        const at = pick % keys.length;
        const lines = keys.map((k, i) => `${k}${i}: ${i === at ? '*ref' : 'waarde'}`);
        // The anchor on a line of its own, before or after the alias.
        const anchor = `anker: &ref tekst`;
        const text = `${(anchorFirst ? [anchor, ...lines] : [...lines, anchor]).join('\n')}\n`;
        const loaded = loadSource('g.yaml', Buffer.from(text));
        if (anchorFirst) return loaded.ok && (loaded.source.data as Record<string, unknown>)[`${keys[at]}${at}`] === 'tekst';
        const [first] = loaded.ok ? loaded.source.findings : loaded.findings;
        return first?.rule === 'yaml-verwijzingen' && first.line === at + 1 && first.message.startsWith('De verwijzing `*ref` wijst naar een anker');
      }),
      { numRuns: Number(process.env.SWA_PROPERTY_RUNS ?? 1) * 200 },
    );
  });

  it('only single curly quotes on the line: the hint says they are the single ones', () => {
    const [finding] = findings('a: 1\nb: ‘x’: y\n');
    expect(finding!.message).toContain('Let op: op deze regel staan gekrulde aanhalingstekens (‘ ’, enkele), zoals Word ze maakt;');
  });

  it('double and single curly quotes on the line: the hint names both', () => {
    const [finding] = findings('a: 1\nb: “x” ‘y’: z\n');
    expect(finding!.message).toContain('Let op: op deze regel staan gekrulde aanhalingstekens (“ ” en ‘ ’), zoals Word ze maakt;');
  });

  it('a missing space after the colon quotes a short value whole', () => {
    const [finding] = findings('a: 1\nwanneer:Bij elk\n  b: 2\n');
    expect(finding!.message).toBe(
      'Na `wanneer:` ontbreekt een spatie: YAML leest `wanneer:Bij elk` als één woord in plaats van een sleutel met een waarde. Schrijf `wanneer: Bij elk`.',
    );
  });

  it('a missing space after the colon quotes a value of more than three words by its first three', () => {
    expect(findings('a: 1\nwanneer:Bij elk overleg van het team\n  b: 2\n')[0]!.message).toBe(
      'Na `wanneer:` ontbreekt een spatie: YAML leest `wanneer:Bij elk overleg …` als één woord in plaats van een sleutel met een waarde. Schrijf `wanneer: Bij elk overleg …`.',
    );
    expect(findings('a: 1\nwanneer:Bij elk overleg\n  b: 2\n')[0]!.message).toContain('Schrijf `wanneer: Bij elk overleg`.');
  });

  it('an error swa has no wording of its own for gets the general message', () => {
    // Two anchors on one value (yaml: MULTIPLE_ANCHORS).
    expect(findings('a: &x &y 1\n')).toEqual([
      expect.objectContaining({
        rule: 'yaml-syntax',
        line: 1,
        column: 7,
        message: 'De YAML-opmaak klopt hier niet. Controleer de inspringing, de dubbele punten en de aanhalingstekens op deze regel en de regel erboven.',
      }),
    ]);
  });

  it('a text cut off by # is reported also in a file that takes the exact path (an anchor)', () => {
    expect(findings('x: &a 1\ntekst: iets #hashtag\n').map((f) => [f.rule, f.line, f.column])).toEqual([['tekst-afgebroken', 2, 13]]);
  });
});
