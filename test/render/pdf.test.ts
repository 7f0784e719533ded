import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, swa, type CliResult } from '../helpers/cli.js';
import { openDocx } from './docx-reader.js';

const tools = ['soffice', 'pdftotext', 'pdfinfo', 'pdffonts'];
const missing = tools.filter((tool) => spawnSync(tool, [tool === 'soffice' ? '--version' : '-v'], { encoding: 'utf8' }).error !== undefined);
// Visible in the test report when it is skipped, with what is missing.
const suite = `swa render --pdf makes PDF/A for signing and archiving${missing.length ? ` (overgeslagen: ${missing.join(', ')} niet gevonden)` : ''}`;

/** Like swa(), with room for LibreOffice on a busy machine. */
function swaWithOffice(args: string[], timeout: number): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, GITHUB_ACTIONS: undefined },
    encoding: 'utf8',
    timeout,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const run = (tool: string, args: string[]): string => {
  const result = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(result.status, `${tool} ${args.join(' ')}: ${result.stderr}`).toBe(0);
  return result.stdout;
};

/** The PDF's pages as pdftotext -layout shows them. */
const pages = (pdf: string): string[] => run('pdftotext', ['-layout', pdf, '-']).split('\f');

interface TocEntry {
  text: string;
  page: number;
}

const words = (line: string): string => line.replace(/\s+/g, ' ').trim();

/** Lines of the table of contents: "1.2 Uitgangspunten ........ 3", "Bijlage 1 Open punten ..... 14". */
function tocEntries(pageTexts: string[]): { entries: TocEntry[]; lastTocPage: number } {
  const entries: TocEntry[] = [];
  let lastTocPage = -1;
  pageTexts.forEach((text, index) => {
    for (const line of text.split('\n')) {
      const match = /^\s*(\S.*?)\s*\.{4,}\s*(\d+)\s*$/.exec(line);
      if (!match) continue;
      entries.push({ text: words(match[1]!), page: Number(match[2]) });
      lastTocPage = index;
    }
  });
  return { entries, lastTocPage };
}

/** The page (1-based) after the table of contents where the entry's text stands as a line of its own, as a heading does. */
function headingPage(pageTexts: string[], entry: TocEntry, after: number): number | null {
  for (let index = after + 1; index < pageTexts.length; index += 1) {
    if (pageTexts[index]!.split('\n').some((line) => /^\S/.test(line) && words(line) === entry.text)) return index + 1;
  }
  return null;
}

describe.skipIf(missing.length > 0)(suite, () => {
  const out = mkdtempSync(join(tmpdir(), 'swa-pdf-test-'));
  const names = ['voorbeeldstad-samenwerkingsafspraken', 'middenwaard-samenwerkingsafspraken', 'voorbeeldstad-samenwerkingsafspraken-rvdk'];
  let rendered: CliResult;

  beforeAll(() => {
    rendered = swaWithOffice(
      ['render', 'examples/voorbeeldstad.yaml', 'examples/concept-middenwaard.yaml', '--per-partner', '--pdf', '--out', out, '--datum', '2026-11-23'],
      600_000,
    );
  }, 660_000);

  it('writes a PDF beside every Word document and names both', () => {
    expect(rendered.code, rendered.stderr).toBe(0);
    const files = readdirSync(out);
    const words = files.filter((f) => f.endsWith('.docx'));
    expect(words.length).toBeGreaterThan(5);
    for (const word of words) expect(files).toContain(word.replace(/\.docx$/, '.pdf'));
    expect(rendered.stderr).toContain(`${names[0]}.pdf`);
    // No temporary file of the conversion is left in --out.
    expect(files.filter((f) => !f.endsWith('.docx') && !f.endsWith('.pdf'))).toEqual([]);
  });

  it.each(names)('%s.pdf is PDF/A-2, tagged, in Dutch, with every font embedded and the title of the Word document', (name) => {
    const pdf = join(out, `${name}.pdf`);
    const meta = run('pdfinfo', ['-meta', pdf]);
    expect(meta).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(meta).toMatch(/<pdfaid:conformance>[AB]<\/pdfaid:conformance>/);
    const info = run('pdfinfo', [pdf]);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    const title = /<dc:title>([^<]+)<\/dc:title>/.exec(openDocx(join(out, `${name}.docx`)).parts['docProps/core.xml']!)?.[1];
    expect(title).toBeTruthy();
    expect(info).toContain(`Title:           ${title}`);
    expect(readFileSync(pdf).toString('latin1')).toContain('/Lang(nl-NL)');
    const fonts = run('pdffonts', [pdf])
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '');
    expect(fonts.length).toBeGreaterThan(0);
    // Columns: name, type, encoding, emb, sub, uni, object, generation; a font name has no spaces.
    for (const line of fonts) expect(line.trim().split(/\s+/).at(-5), line).toBe('yes');
  });

  it.each(names)('%s.pdf: every entry of the table of contents has the page its heading stands on', (name) => {
    const pageTexts = pages(join(out, `${name}.pdf`));
    const { entries, lastTocPage } = tocEntries(pageTexts);
    // Every entry the Word document's table of contents lists, none lost.
    const wordToc = openDocx(join(out, `${name}.docx`))
      .paragraphs.filter((p) => /^TOC\d$/.test(p.style ?? ''))
      .map((p) => p.text.replace(/\t.*$/, '').replace(/\s+/g, ' ').trim());
    expect(entries.map((e) => e.text)).toEqual(wordToc);
    expect(entries.length).toBeGreaterThan(10);
    for (const entry of entries) {
      expect(headingPage(pageTexts, entry, lastTocPage), entry.text).toBe(entry.page);
    }
  });

  it('gives the same text when made again, for every document (the bytes differ: the moment of making is in them)', () => {
    const again = mkdtempSync(join(tmpdir(), 'swa-pdf-again-'));
    const second = swaWithOffice(
      ['render', 'examples/concept-middenwaard.yaml', 'examples/voorbeeldstad.yaml', '--per-partner', '--alleen-pdf', '--out', again, '--datum', '2026-11-23'],
      600_000,
    );
    expect(second.code, second.stderr).toBe(0);
    const first = readdirSync(out)
      .filter((f) => f.endsWith('.pdf'))
      .sort();
    expect(readdirSync(again).sort()).toEqual(first);
    for (const pdf of first) {
      expect(run('pdftotext', ['-layout', join(again, pdf), '-']), pdf).toBe(run('pdftotext', ['-layout', join(out, pdf), '-']));
    }
  }, 660_000);

  it('leaves a PDF alone when made again unchanged, and replaces a different one only with --force', () => {
    const pdf = join(out, `${names[0]}.pdf`);
    const before = statSync(pdf).mtimeMs;
    const again = swaWithOffice(['render', 'examples/voorbeeldstad.yaml', '--pdf', '--out', out, '--datum', '2026-11-23'], 300_000);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain(`${names[0]}.pdf (ongewijzigd)`);
    expect(statSync(pdf).mtimeMs).toBe(before);

    // The same gemeente with another version number: its PDF is another document.
    const dir = mkdtempSync(join(tmpdir(), 'swa-pdf-versie-'));
    const changed = join(dir, 'voorbeeldstad.yaml');
    writeFileSync(changed, readFileSync('examples/voorbeeldstad.yaml', 'utf8').replace(/versie: "[^"]*"/, 'versie: "9.9"'));
    const target = join(dir, 'uit');
    mkdirSync(target);
    copyFileSync(pdf, join(target, `${names[0]}.pdf`));
    const refused = swaWithOffice(['render', changed, '--alleen-pdf', '--out', target, '--datum', '2026-11-23'], 300_000);
    expect(refused.code, refused.stderr).toBe(1);
    expect(refused.stderr).toContain('bestaat al en is anders');
    expect(readFileSync(join(target, `${names[0]}.pdf`)).equals(readFileSync(pdf))).toBe(true);
    const forced = swaWithOffice(['render', changed, '--alleen-pdf', '--force', '--out', target, '--datum', '2026-11-23'], 300_000);
    expect(forced.code, forced.stderr).toBe(0);
    expect(run('pdftotext', [join(target, `${names[0]}.pdf`), '-'])).toMatch(/Versie\s+9\.9/);
  }, 900_000);
});

describe('swa render --pdf without LibreOffice', () => {
  it('says in Dutch how to install it, exits 2 and writes nothing', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'swa-pdf-none-')), 'documenten');
    const result = swa(['render', 'examples/voorbeeldstad.yaml', '--pdf', '--out', out], { env: { SWA_SOFFICE: join(tmpdir(), 'bestaat-niet', 'soffice') } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('LibreOffice niet gevonden');
    expect(result.stderr).toContain('SWA_SOFFICE');
    for (const way of ['apt-get install', 'brew install', 'winget install']) expect(result.stderr).toContain(way);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    // Readable: no line break shown as an escape.
    expect(result.stderr).not.toContain('\\n');
    expect(existsSync(out)).toBe(false);
  });

  it('looks on PATH when SWA_SOFFICE is not set', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'swa-pdf-none-')), 'documenten');
    const result = swa(['render', 'examples/voorbeeldstad.yaml', '--alleen-pdf', '--out', out], {
      env: { SWA_SOFFICE: undefined, PATH: mkdtempSync(join(tmpdir(), 'swa-leeg-pad-')) },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('LibreOffice niet gevonden');
    expect(existsSync(out)).toBe(false);
  });

  it('writes nothing of a file whose PDF fails, and says which', () => {
    const dir = mkdtempSync(join(tmpdir(), 'swa-pdf-fake-'));
    // A "LibreOffice" that starts and ends without doing anything.
    const fake = join(dir, 'soffice');
    writeFileSync(fake, '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    const out = join(dir, 'documenten');
    const result = swa(['render', 'examples/voorbeeldstad.yaml', 'examples/concept-middenwaard.yaml', '--pdf', '--out', out], { env: { SWA_SOFFICE: fake } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('startte niet goed');
    expect(result.stderr).toContain('2 niet geschreven');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it('refuses --check together with --pdf (exit 2)', () => {
    const result = swa(['render', 'examples/voorbeeldstad.yaml', '--check', '--pdf', '--out', mkdtempSync(join(tmpdir(), 'swa-pdf-check-'))]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--check');
  });
});
