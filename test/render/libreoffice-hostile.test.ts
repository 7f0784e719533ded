import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, swa } from '../helpers/cli.js';

const hasOffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0 && spawnSync('pdftotext', ['-v']).status === 0;
const COMPLEET = readFileSync(join(ROOT, 'test/fixtures/check/compleet/afspraken.yaml'), 'utf8');
const E_LINE = '  e_nieuwe_zorgen_na_ots: Het wijkteam neemt binnen 5 werkdagen contact op met de Raad.\n';

/** The compleet fixture with onderdeel e's agreement replaced by `value` (a JSON string is a double-quoted YAML scalar). */
const withE = (value: string): string => COMPLEET.replace(E_LINE, `  e_nieuwe_zorgen_na_ots: ${JSON.stringify(value)}\n`);

/**
 * Issue 9's invariant, measured in a real office suite: a file swa check accepts (exit 0 or 1),
 * however hostile or large within the limits, renders into documents that LibreOffice opens. The
 * cases are the ones that once produced files LibreOffice could not open, or crashed render.
 */
const CASES: Record<string, string> = {
  tekens: withE('Het wijkteam \uFFFF\uFFFE\uFDD0\u0001\u001b[2J neemt \u202Elive\u202C contact op met de Raad.'),
  regeleinden: withE(`Het wijkteam neemt contact op met de Raad.${'\n'.repeat(5000)}Einde.`),
  'vijftig-gis': COMPLEET.replace('  gi:\n', `  gi:\n${Array.from({ length: 48 }, (_, i) => `    - { id: extra${i}, naam: GI ${i} }\n`).join('')}`),
  'tweehonderd-stappen': COMPLEET.replace(
    /    stappen:\n(      .*\n)+/,
    `    stappen:\n${Array.from({ length: 200 }, (_, i) => `      - { wie: Overleg ${i + 1}, termijn: binnen 2 werkdagen }\n`).join('')}`,
  ),
  'lange-tekst': withE(`${'Het wijkteam neemt contact op met de Raad. '.repeat(460)}`.slice(0, 19_990)),
};

describe.skipIf(!hasOffice)('LibreOffice opens what swa renders from hostile and large files that check accepts', () => {
  const out = mkdtempSync(join(tmpdir(), 'swa-office-vijandig-'));
  const pdfText: Record<string, string> = {};

  beforeAll(() => {
    for (const [name, text] of Object.entries(CASES)) {
      writeFileSync(join(out, `${name}.yaml`), text);
      const checked = swa(['check', `${name}.yaml`, '--datum', '2026-11-23'], { cwd: out });
      expect([0, 1], `${name}: ${checked.stdout}${checked.stderr}`).toContain(checked.code);
      // Fifty GIs make 52 documents; their integral one holds every table that could break.
      const perPartner = name === 'vijftig-gis' ? [] : ['--per-partner'];
      const rendered = swa(['render', `${name}.yaml`, ...perPartner, '--out', name, '--datum', '2026-11-23'], { cwd: out });
      expect([0, 1], `${name}: ${rendered.stderr}`).toContain(rendered.code);
      expect(rendered.stderr).not.toMatch(/interne fout|\n\s+at /);
    }
    const documents = Object.keys(CASES).flatMap((name) =>
      readdirSync(join(out, name))
        .filter((f) => f.endsWith('.docx'))
        .map((f) => join(out, name, f)),
    );
    expect(documents.length).toBeGreaterThanOrEqual((Object.keys(CASES).length - 1) * 4 + 1);
    const convert = spawnSync(
      'soffice',
      ['--headless', `-env:UserInstallation=file://${join(out, 'profiel')}`, '--convert-to', 'pdf', '--outdir', join(out, 'pdf'), ...documents],
      { encoding: 'utf8', timeout: 400_000 },
    );
    expect(convert.status, convert.stderr).toBe(0);
    for (const document of documents) {
      const pdf = join(out, 'pdf', document.replace(/^.*\//, '').replace(/\.docx$/, '.pdf'));
      // A document LibreOffice cannot read gives no PDF at all.
      expect(existsSync(pdf), `${document} opende niet in LibreOffice`).toBe(true);
      const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      pdfText[document.slice(out.length + 1)] = text.stdout.replace(/\s+/g, ' ');
    }
  }, 600_000);

  it.each(Object.keys(CASES))('%s: every document (integral and per partner) opens and shows the gemeente', (name) => {
    const texts = Object.entries(pdfText).filter(([path]) => path.startsWith(`${name}/`));
    expect(texts.length).toBeGreaterThanOrEqual(name === 'vijftig-gis' ? 1 : 4);
    for (const [path, text] of texts) expect(text, path).toContain('Toetsdorp');
  });

  it('shows characters XML cannot hold as U+FFFD and bidi controls as nothing that reverses text', () => {
    const integral = Object.entries(pdfText).find(([path]) => path.startsWith('tekens/') && !/-(veilig-thuis|rvdk|gi-[^/]*)\.docx$/.test(path))?.[1];
    expect(integral).toContain('neemt');
    expect(integral).not.toMatch(/[\uFFFE\uFFFF\uFDD0]/);
  });
});
