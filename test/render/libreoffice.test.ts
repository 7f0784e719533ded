import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { swa } from '../helpers/cli.js';

const hasOffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0 && spawnSync('pdftotext', ['-v']).status === 0;

/** A round trip through a real office suite: what a partner sees when the document is opened and printed. */
describe.skipIf(!hasOffice)('LibreOffice opens the documents (soffice → PDF → pdftotext)', () => {
  const pdfText: Record<string, string> = {};
  beforeAll(() => {
    const out = mkdtempSync(join(tmpdir(), 'swa-office-'));
    const rendered = swa([
      'render',
      'examples/voorbeeldstad.yaml',
      'examples/concept-middenwaard.yaml',
      '--per-partner',
      '--out',
      out,
      '--datum',
      '2026-11-23',
    ]);
    expect(rendered.code, rendered.stderr).toBe(0);
    const names = ['voorbeeldstad-samenwerkingsafspraken', 'middenwaard-samenwerkingsafspraken', 'voorbeeldstad-samenwerkingsafspraken-rvdk'];
    // One soffice call for all documents: each start of LibreOffice costs seconds.
    const convert = spawnSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${join(out, 'profiel')}`,
        '--convert-to',
        'pdf',
        '--outdir',
        out,
        ...names.map((n) => join(out, `${n}.docx`)),
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(convert.status, convert.stderr).toBe(0);
    for (const name of names) {
      const text = spawnSync('pdftotext', [join(out, `${name}.pdf`), '-'], { encoding: 'utf8' });
      expect(text.status).toBe(0);
      // Lines wrap where the page ends them; compare text, not layout.
      pdfText[name] = text.stdout.replace(/\s+/g, ' ');
    }
  }, 180_000);

  it('shows title, chapters, tables, footnotes and "Pagina X van Y" in the complete document', () => {
    const text = pdfText['voorbeeldstad-samenwerkingsafspraken']!;
    expect(text).toContain('Samenwerkingsafspraken Werken aan veiligheid Voorbeeldstad 2025–2027');
    for (const chapter of ['Advies en ondersteuning', 'Methoden en instrumenten', 'Escalatie', 'Ondertekening']) expect(text).toContain(chapter);
    expect(text).toContain('Methode of instrument');
    expect(text).toContain('teamleider en gedragswetenschapper');
    expect(text).toContain('Leidraad Werken aan veiligheid (VNG, januari 2024), §6c onderdeel d.ii.');
    const pages = /Pagina 2 van (\d+)/.exec(text);
    expect(Number(pages?.[1])).toBeGreaterThan(8);
    expect(text).toContain(`Pagina ${pages![1]} van ${pages![1]}`);
    expect(text).not.toContain('CONCEPT');
  });

  it('shows the CONCEPT marking, placeholders and open points in the draft', () => {
    const text = pdfText['middenwaard-samenwerkingsafspraken']!;
    expect(text).toContain('CONCEPT — nog niet vastgesteld');
    expect(text).toMatch(/CONCEPT · Samenwerkingsafspraken Werken aan veiligheid Middenwaard/);
    expect(text).toContain('[nog af te spreken]');
    expect(text).toContain('Open punten');
  });

  it("shows only the Raad's part in the Raad's document", () => {
    const text = pdfText['voorbeeldstad-samenwerkingsafspraken-rvdk']!;
    expect(text).toContain('Deelafspraken tussen het Sociaal Wijkteam Voorbeeldstad en de Raad voor de Kinderbescherming, regio Waterland-Zuid');
    expect(text).toContain('Nieuwe zorgen nadat een ondertoezichtstelling is opgeheven');
    expect(text).not.toContain('Overdracht door Veilig Thuis');
    expect(text).not.toContain('Ingrid Hoekstra');
  });
});
