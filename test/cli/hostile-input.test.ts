import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ROOT, swa } from '../helpers/cli.js';
import { firstNonXmlChar } from '../helpers/xml-chars.js';

/**
 * Hostile and oversized input through the built CLI (issue 9): no "interne fout", a documented exit
 * code, bounded output, and never a document Word or LibreOffice cannot open. Big inputs are
 * generated here, not committed.
 */
const COMPLEET = readFileSync(join(ROOT, 'test/fixtures/check/compleet/afspraken.yaml'), 'utf8');
const DATUM = ['--datum', '2026-11-23'];

function dirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'swa-hostile-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const withSteps = (text: string, n: number): string => text.replace(/    stappen:\n(      .*\n)+/, `    stappen:\n${'      - x\n'.repeat(n)}`);
const withGis = (n: number): string =>
  COMPLEET.replace('  gi:\n', `  gi:\n${Array.from({ length: n - 2 }, (_, i) => `    - { id: extra${i}, naam: GI ${i} }\n`).join('')}`);

/** Every XML part of a .docx holds only XML characters and is well-formed. */
function expectWellFormedDocx(path: string): void {
  const parts = unzipSync(new Uint8Array(readFileSync(path)));
  const xmlParts = Object.keys(parts).filter((name) => name.endsWith('.xml') || name.endsWith('.rels'));
  expect(xmlParts).toContain('word/document.xml');
  for (const name of xmlParts) {
    const text = strFromU8(parts[name]!);
    expect(firstNonXmlChar(text), `${path}: ${name}`).toBeUndefined();
    expect(XMLValidator.validate(text), `${path}: ${name}`).toBe(true);
  }
}

const noInternalError = (result: { stderr: string; stdout: string }): void => {
  expect(result.stderr).not.toMatch(/interne fout|Maximum call stack|at .*\.js:\d+/);
  expect(result.stdout).not.toMatch(/interne fout|Maximum call stack/);
};

describe('many findings', () => {
  it('50,000 escalation steps: exit 1, at most 1000 findings plus one that counts the rest, a bounded report', () => {
    const dir = dirWith({ 'stappen.yaml': withSteps(COMPLEET, 50_000) });
    const text = swa(['check', 'stappen.yaml', ...DATUM], { cwd: dir });
    noInternalError(text);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/Er zijn nog \d+ meldingen weggelaten .*te-veel-meldingen/);
    const json = swa(['check', 'stappen.yaml', '--format', 'json', ...DATUM], { cwd: dir });
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).files[0].findings).toHaveLength(1001);
    // The input is 0.5 MB; the report stays of the same order, not 100 times larger.
    expect(json.stdout.length).toBeLessThan(1024 * 1024);
  });

  it('a base file with 150,000 findings: the gemeente file that extends it is checked, exit 1', () => {
    const dir = dirWith({
      'basis.yaml': withSteps(COMPLEET, 150_000).replace('schema_versie: 1', 'schema_versie: 1\nbasis: true'),
      'gemeente.yaml': 'schema_versie: 1\nextends: basis.yaml\n',
    });
    const result = swa(['check', 'gemeente.yaml', ...DATUM], { cwd: dir });
    noInternalError(result);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('te-veel-meldingen');
  });
});

describe('characters XML does not allow', () => {
  const hostile = COMPLEET.replace('naam: Toetsdorp', 'naam: "Toets\\uFFFFdorp"').replace(
    '  e_nieuwe_zorgen_na_ots: Het wijkteam neemt binnen 5 werkdagen contact op met de Raad.',
    '  e_nieuwe_zorgen_na_ots: "Het \\uFFFE\\x01\\ud800\\uFDD0 wijkteam \\u202Eneemt contact op."',
  );

  it('check: teken-ongeldig is a fout on the line of the value; render still makes documents that are well-formed in every part', () => {
    const dir = dirWith({ 'afspraken.yaml': hostile });
    const check = swa(['check', 'afspraken.yaml', '--format', 'json', ...DATUM], { cwd: dir });
    expect(check.code).toBe(1);
    const findings = JSON.parse(check.stdout).files[0].findings as Array<{ rule: string; line: number; severity: string }>;
    expect(findings.filter((f) => f.rule === 'teken-ongeldig').map((f) => [f.line, f.severity])).toEqual([
      [4, 'fout'],
      [66, 'fout'],
    ]);
    expect(findings.filter((f) => f.rule === 'teken-bidi').map((f) => f.line)).toEqual([66]);

    const render = swa(['render', 'afspraken.yaml', '--per-partner', '--out', 'uit', ...DATUM], { cwd: dir });
    noInternalError(render);
    expect(render.code, render.stderr).toBe(0);
    const documents = readdirSync(join(dir, 'uit'));
    expect(documents).toHaveLength(5);
    for (const name of documents) expectWellFormedDocx(join(dir, 'uit', name));
  });

  it('a template with &#xFFFF; and &#x110000; renders a well-formed document, no "Invalid code point"', () => {
    const dir = dirWith({ 'afspraken.yaml': COMPLEET });
    mkdirSync(join(dir, 'sjablonen'));
    writeFileSync(join(dir, 'sjablonen', 'koptekst.hbs'), '<p>kop &#xFFFF; &#x110000; &#1; &#99999999999999999999; {{document.titel}}</p>\n');
    const render = swa(['render', 'afspraken.yaml', '--templates', 'sjablonen', '--out', 'uit', ...DATUM], { cwd: dir });
    noInternalError(render);
    expect(render.code, render.stderr).toBe(0);
    for (const name of readdirSync(join(dir, 'uit'))) expectWellFormedDocx(join(dir, 'uit', name));
  });

  it('overzicht of a gemeente with U+FFFF in its name is well-formed', () => {
    const dir = dirWith({ 'afspraken.yaml': hostile });
    const result = swa(['overzicht', 'afspraken.yaml', '--out', 'overzicht.docx', ...DATUM], { cwd: dir });
    noInternalError(result);
    expect(result.code, result.stderr).toBe(0);
    expectWellFormedDocx(join(dir, 'overzicht.docx'));
  });
});

describe('limits', () => {
  it("138 GI's: check reports bestand-grens on partners.gi; render refuses the file with that finding instead of a template error", () => {
    const dir = dirWith({ 'veel.yaml': withGis(138) });
    const check = swa(['check', 'veel.yaml', ...DATUM], { cwd: dir });
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/28:3 +fout +- +Onder `partners.gi` staan 138 GI's; .* bestand-grens/);
    const render = swa(['render', 'veel.yaml', '--out', 'uit', ...DATUM], { cwd: dir });
    noInternalError(render);
    expect(render.stderr).not.toContain('sjabloonfout');
    expect(render.code).toBe(1);
    expect(render.stderr).toContain('bestand-grens');
  });

  it("50 GI's, the limit itself, render to a well-formed document", () => {
    const dir = dirWith({ 'vijftig.yaml': withGis(50) });
    const render = swa(['render', 'vijftig.yaml', '--out', 'uit', ...DATUM], { cwd: dir });
    noInternalError(render);
    expect(render.code, render.stderr).toBe(0);
    for (const name of readdirSync(join(dir, 'uit'))) expectWellFormedDocx(join(dir, 'uit', name));
  });
});

describe('GI ids that give the same file name', () => {
  const colliding = COMPLEET.replace('    - id: wss', '    - id: j_bt')
    .replace('[gi.jbt, gi.wss]', '[gi.jbt, gi.j_bt]')
    .replace('    - id: jbt', '    - id: j-bt')
    .replace('[gi.jbt, gi.j_bt]', '[gi.j-bt, gi.j_bt]');

  it('check: gi-bestandsnaam-dubbel on the second id; render --per-partner --force still writes one document per GI', () => {
    const dir = dirWith({ 'afspraken.yaml': colliding });
    const check = swa(['check', 'afspraken.yaml', ...DATUM], { cwd: dir });
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/32:11 +waarschuwing +voorwaarde\.aansluiting .*gi-bestandsnaam-dubbel/);
    const render = swa(['render', 'afspraken.yaml', '--per-partner', '--force', '--out', 'uit', ...DATUM], { cwd: dir });
    noInternalError(render);
    expect(render.code, render.stderr).toBe(0);
    const gi = readdirSync(join(dir, 'uit'))
      .filter((name) => name.includes('-gi-'))
      .sort();
    expect(gi).toEqual(['toetsdorp-samenwerkingsafspraken-gi-j-bt-2.docx', 'toetsdorp-samenwerkingsafspraken-gi-j-bt.docx']);
  });
});
