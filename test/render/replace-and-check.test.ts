import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/render/document-seal.js';
import { ROOT, swa } from '../helpers/cli.js';

const VOORBEELD = join(ROOT, 'examples/voorbeeldstad.yaml');
const CONCEPT = join(ROOT, 'examples/concept-middenwaard.yaml');
const DATUM = ['--datum', '2026-11-23'];
const INTEGRAAL = 'voorbeeldstad-samenwerkingsafspraken.docx';
// As the other LibreOffice tests: CI installs it (.ci/run); a machine without it skips the round trip.
const hasOffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

/** A directory with a copy of the example as afspraken.yaml, rendered once into uit/. */
function rendered(extra: string[] = []): { dir: string; input: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'swa-vervang-'));
  const input = join(dir, 'afspraken.yaml');
  copyFileSync(VOORBEELD, input);
  const out = join(dir, 'uit');
  const first = swa(['render', input, '--out', out, ...extra, ...DATUM]);
  expect(first.code, first.stderr).toBe(0);
  return { dir, input, out };
}

function edit(input: string, from: string, to: string): void {
  const text = readFileSync(input, 'utf8');
  expect(text).toContain(from);
  writeFileSync(input, text.replace(from, to));
}

/** What a user's edit in Word does to the package: other text in document.xml, the properties kept. */
function editInWord(path: string): Buffer {
  const files = unzipSync(readFileSync(path));
  files['word/document.xml'] = strToU8(strFromU8(files['word/document.xml']!).replace('Voorbeeldstad', 'Voorbeeldstad (aangepast door de jurist)'));
  const bytes = Buffer.from(zipSync(files));
  writeFileSync(path, bytes);
  return bytes;
}

function customProperties(path: string): Record<string, string> {
  const xml = strFromU8(unzipSync(readFileSync(path))['docProps/custom.xml']!);
  return Object.fromEntries([...xml.matchAll(/name="([^"]+)"><vt:lpwstr>([^<]*)</g)].map((m) => [m[1]!, m[2]!]));
}

describe('swa render: which existing documents it replaces', () => {
  it('marks each document with custom properties: which document it is and a hash of its content', () => {
    const { out } = rendered(['--per-partner']);
    const integral = join(out, INTEGRAAL);
    const properties = customProperties(integral);
    expect(properties['swa-document']).toBe('integraal');
    const { 'docProps/custom.xml': _custom, ...content } = unzipSync(readFileSync(integral));
    expect(properties['swa-inhoud-sha256']).toBe(contentHash(content));
    expect(customProperties(join(out, 'voorbeeldstad-samenwerkingsafspraken-gi-jbrv.docx'))['swa-document']).toBe('partner:gi.jbrv');
  });

  it('keeps a document edited since swa wrote it (exit 1, says so in Dutch); --force replaces it', () => {
    const { input, out } = rendered();
    const target = join(out, INTEGRAAL);
    const editedBytes = editInWord(target);
    edit(input, 'versie: "1.1"', 'versie: "1.2"');
    const kept = swa(['render', input, '--out', out, ...DATUM]);
    expect(kept.code).toBe(1);
    expect(kept.stderr).toContain(`${target} is bewerkt nadat swa het maakte en wordt niet vervangen`);
    expect(kept.stderr).toContain('--force');
    expect(kept.stderr).toContain('0 gerenderd (waarvan 0 concept), 1 geweigerd.');
    expect(readFileSync(target).equals(editedBytes)).toBe(true);

    const forced = swa(['render', input, '--out', out, '--force', ...DATUM]);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(target).equals(editedBytes)).toBe(false);
    expect(customProperties(target)['swa-document']).toBe('integraal');
  });

  it("keeps a file swa did not write, even if it has the document's name", () => {
    const dir = mkdtempSync(join(tmpdir(), 'swa-vreemd-'));
    const target = join(dir, INTEGRAAL);
    for (const theirs of [Buffer.from('een eigen document'), Buffer.from(zipSync({ 'word/document.xml': strToU8('<w:document/>') }))]) {
      writeFileSync(target, theirs);
      const result = swa(['render', VOORBEELD, '--out', dir, ...DATUM]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('bestaat al en is anders');
      expect(readFileSync(target).equals(theirs)).toBe(true);
    }
  });

  it("does not read a file of more than 64 MB in its place: it is kept as someone else's", () => {
    const dir = mkdtempSync(join(tmpdir(), 'swa-groot-'));
    const target = join(dir, INTEGRAAL);
    writeFileSync(target, Buffer.alloc(65 * 1024 * 1024));
    const result = swa(['render', VOORBEELD, '--out', dir, ...DATUM]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('bestaat al en is anders');
    expect(readFileSync(target).length).toBe(65 * 1024 * 1024);
  });

  it.runIf(hasOffice)(
    'counts a LibreOffice round trip as an edit: the swa properties survive it, the content hash no longer fits',
    () => {
      const { input, out } = rendered();
      const opened = join(out, 'geopend');
      const converted = spawnSync('soffice', ['--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', opened, join(out, INTEGRAAL)], {
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(converted.status, converted.stderr).toBe(0);
      copyFileSync(join(opened, INTEGRAAL), join(out, INTEGRAAL));
      expect(customProperties(join(out, INTEGRAAL))['swa-document']).toBe('integraal');
      edit(input, 'versie: "1.1"', 'versie: "1.2"');
      const kept = swa(['render', input, '--out', out, ...DATUM]);
      expect(kept.code).toBe(1);
      expect(kept.stderr).toContain('is bewerkt nadat swa het maakte');
    },
    180_000,
  );
});

describe('swa render --check', () => {
  it("reports a document of swa that no input gives any more (orphan), never someone else's file", () => {
    const { input, out } = rendered();
    writeFileSync(join(out, 'notulen.docx'), zipSync({ 'word/document.xml': strToU8('<w:document/>') }));
    mkdirSync(join(out, 'map.docx'));
    writeFileSync(join(out, 'lees-mij.txt'), 'tekst');
    const fresh = swa(['render', input, '--check', '--out', out, ...DATUM]);
    expect(fresh.code, fresh.stderr).toBe(0);

    // The gemeente gets another name: its documents get another name too; the old one is left behind.
    edit(input, 'naam: Voorbeeldstad', 'naam: Nieuwstad');
    const renamed = swa(['render', input, '--out', out, ...DATUM]);
    expect(renamed.code, renamed.stderr).toBe(0);
    const check = swa(['render', input, '--check', '--out', out, ...DATUM]);
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(new RegExp(`${INTEGRAAL} is gemaakt door swa, maar geen van de opgegeven bestanden maakt het nog \\(verweesd\\)`));
    expect(check.stderr).toContain('0 documenten zijn niet actueel, 1 document is verweesd. Verwijder de verweesde documenten.');
    expect(check.stderr).not.toMatch(/notulen|map\.docx|lees-mij/);
    expect(readdirSync(out)).toContain(INTEGRAAL);
  });

  it('with more inputs, only documents none of them gives are orphans; with an input it cannot render, it does not guess', () => {
    const dir = mkdtempSync(join(tmpdir(), 'swa-wees-'));
    const out = join(dir, 'uit');
    expect(swa(['render', VOORBEELD, CONCEPT, '--out', out, ...DATUM]).code).toBe(0);
    expect(swa(['render', VOORBEELD, CONCEPT, '--check', '--out', out, ...DATUM]).code).toBe(0);
    const one = swa(['render', VOORBEELD, '--check', '--out', out, ...DATUM]);
    expect(one.code).toBe(1);
    expect(one.stderr).toContain('middenwaard-samenwerkingsafspraken.docx is gemaakt door swa');

    const broken = join(dir, 'kapot.yaml');
    writeFileSync(broken, 'gemeente: [\n');
    const withBroken = swa(['render', broken, VOORBEELD, '--check', '--out', out, ...DATUM]);
    expect(withBroken.code).toBe(1);
    expect(withBroken.stderr).toContain('niet gezocht naar verweesde documenten');
    expect(withBroken.stderr).not.toContain('verweesd)');
  });

  it('compares the partner documents in --out also without --per-partner; requires them only with it', () => {
    const { input, out } = rendered(['--per-partner']);
    edit(input, 'versie: "1.1"', 'versie: "1.2"');
    const check = swa(['render', input, '--check', '--out', out, ...DATUM]);
    expect(check.code).toBe(1);
    for (const suffix of ['', '-veilig-thuis', '-rvdk', '-gi-jbrv', '-gi-wss']) {
      expect(check.stderr).toContain(`voorbeeldstad-samenwerkingsafspraken${suffix}.docx is verouderd`);
    }
    expect(check.stderr).toContain('5 documenten zijn niet actueel');

    // Without --per-partner, a partner document that is not there is not missing…
    expect(swa(['render', input, '--out', out, ...DATUM]).code).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'swa-partner-'));
    copyFileSync(join(out, INTEGRAAL), join(dir, INTEGRAAL));
    const withoutFlag = swa(['render', input, '--check', '--out', dir, ...DATUM]);
    expect(withoutFlag.code, withoutFlag.stderr).toBe(0);
    // …with it, it is.
    const withFlag = swa(['render', input, '--check', '--per-partner', '--out', dir, ...DATUM]);
    expect(withFlag.code).toBe(1);
    expect(withFlag.stderr).toContain('voorbeeldstad-samenwerkingsafspraken-rvdk.docx ontbreekt');
  });
});

describe('swa render: the same input gives the same bytes, seal included', () => {
  it('renders byte-identical documents in two runs and time zones', () => {
    const a = rendered(['--per-partner']);
    const b = mkdtempSync(join(tmpdir(), 'swa-zelfde-'));
    expect(swa(['render', a.input, '--per-partner', '--out', b, ...DATUM], { env: { TZ: 'Pacific/Auckland' } }).code).toBe(0);
    for (const name of readdirSync(a.out)) expect(readFileSync(join(b, name)).equals(readFileSync(join(a.out, name))), name).toBe(true);
  });

  it('gives the same bytes whether the file is named relatively or absolutely (the file has inherited open points)', () => {
    const relative = 'examples/regio-voorbeeld/gemeenten/oosterdijk.yaml';
    const [a, b] = [mkdtempSync(join(tmpdir(), 'swa-pad-')), mkdtempSync(join(tmpdir(), 'swa-pad-'))];
    expect(swa(['render', relative, '--out', a, ...DATUM]).code).toBe(0);
    expect(swa(['render', join(ROOT, relative), '--out', b, ...DATUM]).code).toBe(0);
    const [name] = readdirSync(a);
    // The appendix speaks to the partners and names no file; the points are there all the same.
    expect(strFromU8(unzipSync(readFileSync(join(a, name!)))['word/document.xml']!)).toContain('Bijlage 1 Open punten');
    expect(readFileSync(join(b, name!)).equals(readFileSync(join(a, name!)))).toBe(true);
  });
});
