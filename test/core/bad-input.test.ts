import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSource } from '../../src/core/check.js';
import { MAX_FILE_BYTES } from '../../src/core/load/decode.js';

const today = '2026-11-23';
const compleet = readFileSync(join(import.meta.dirname, '../fixtures/check/compleet/afspraken.yaml'));
const temp = mkdtempSync(join(tmpdir(), 'swa-bad-input-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('bad input never throws and gives one finding that says what is wrong', () => {
  it('a 10 MB file is refused before parsing', () => {
    const path = join(temp, 'groot.yaml');
    const line = `# ${'x'.repeat(97)}\n`;
    writeFileSync(path, compleet.toString('utf8') + line.repeat(Math.ceil((10 * 1024 * 1024) / line.length)));
    const result = checkSource(path, readFileSync(path), { today });
    expect(result.findings.map((f) => f.rule)).toEqual(['bestand-te-groot']);
    expect(result.findings[0]!.message).toMatch(/10\.\d MB/);
    expect(result.onderdelen).toBeNull();
  });

  it('a file just under the limit is still checked', () => {
    const padding = `# ${'x'.repeat(97)}\n`;
    const text = compleet.toString('utf8') + padding.repeat(Math.floor((MAX_FILE_BYTES - compleet.length) / padding.length));
    const result = checkSource('bijna.yaml', Buffer.from(text), { today });
    expect(result.findings).toEqual([]);
  });

  it('a BOM changes no position', () => {
    const withError = Buffer.from(compleet.toString('utf8').replace('status: vastgesteld', 'status: vastgestelt'));
    const plain = checkSource('a.yaml', withError, { today }).findings;
    const bom = checkSource('a.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), withError]), { today }).findings;
    expect(plain).toHaveLength(1);
    expect(bom).toEqual(plain);
  });

  it('UTF-16 (another editor default) is reported as an encoding problem, not as broken YAML', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('schema_versie: 1\n', 'utf16le')]);
    const findings = checkSource('a.yaml', utf16, { today }).findings;
    expect(findings.map((f) => [f.rule, f.line, f.column])).toEqual([['bestand-codering', 1, 1]]);
    expect(findings[0]!.message).toContain('UTF-16');
  });

  it.each([
    ['a scalar', 'Toetsdorp\n'],
    ['a number', '42\n'],
    ['null', '~\n'],
    ['a list of lists', '- - a\n'],
  ])('%s instead of a map: one finding, no onderdeel status', (_, text) => {
    const result = checkSource('a.yaml', Buffer.from(text), { today });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]!.message).not.toMatch(/het het|staat er leeg/);
    expect(result.onderdelen).toBeNull();
  });

  it('deep nesting does not overflow the stack', () => {
    const depth = 5000;
    const text = `schema_versie: 1\nafspraken:\n  e_nieuwe_zorgen_na_ots: ${'['.repeat(depth)}x${']'.repeat(depth)}\n`;
    expect(() => checkSource('diep.yaml', Buffer.from(text), { today })).not.toThrow();
  });

  it('many aliases to a small anchor are refused once, at the first alias', () => {
    const text = `schema_versie: 1\nx: &x kort\ny: [${Array.from({ length: 5000 }, () => '*x').join(', ')}]\n`;
    const result = checkSource('veel.yaml', Buffer.from(text), { today });
    expect(result.findings.map((f) => [f.rule, f.line, f.column])).toEqual([['yaml-verwijzingen', 3, 5]]);
  });

  it('a few aliases are ordinary YAML and are followed', () => {
    const text = compleet
      .toString('utf8')
      .replace('  naam: Toetsdorp\n', '  naam: &naam Toetsdorp\n')
      .replace('titel: Samenwerkingsafspraken Werken aan veiligheid Toetsdorp', 'titel: *naam');
    expect(checkSource('a.yaml', Buffer.from(text), { today }).findings).toEqual([]);
  });
});
