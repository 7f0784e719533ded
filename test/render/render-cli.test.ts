import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ONDERDELEN } from '../../src/findings.js';
import { ROOT, swa } from '../helpers/cli.js';
import { bodyText, headings, openDocx, paragraphBefore, type OpenedDocx } from './docx-reader.js';

const VOORBEELD = join(ROOT, 'examples/voorbeeldstad.yaml');
const CONCEPT = join(ROOT, 'examples/concept-middenwaard.yaml');
const FIXTURES = join(ROOT, 'test/fixtures/render');
const DATUM = ['--datum', '2026-11-23'];

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'swa-render-'));
}

/** The text of every body paragraph that starts a new page ("page break before"). */
function pageStarts(doc: OpenedDocx): string[] {
  const paragraphs = doc.parts['word/document.xml']!.match(/<w:p>(?:(?!<\/w:p>).)*<\/w:p>/g) ?? [];
  return paragraphs.filter((p) => p.includes('<w:pageBreakBefore/>')).map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
}

function sha(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

describe('swa render: the integral document of a complete file', () => {
  let out: string;
  let doc: OpenedDocx;
  beforeAll(() => {
    out = tempDir();
    const result = swa(['render', VOORBEELD, '--out', out, ...DATUM]);
    expect(result.code, result.stderr).toBe(0);
    doc = openDocx(join(out, 'voorbeeldstad-samenwerkingsafspraken.docx'));
  });

  it('has a chapter per onderdeel with the leidraad wording, in the leidraad order', () => {
    const chapters = headings(doc, 1).map((h) => h.replace(/^\d+\u2003/, ''));
    expect(chapters).toEqual([
      'Inleiding',
      'Partijen en contactpersonen',
      'Begrippen',
      'Meldcode',
      'Advies en ondersteuning',
      'Informeren van direct betrokkenen',
      'Taakverdeling',
      'Betrokkenheid, overdracht en zicht op veiligheid',
      'Nieuwe zorgen nadat een ondertoezichtstelling is opgeheven',
      'Terugkoppeling van het verzoek tot onderzoek',
      'Jeugdhulp op indicatie van de GI',
      'Methoden en instrumenten',
      'Escalatie',
      'Gezamenlijk leren van casuïstiek',
      'Informatiedeling',
      'Evaluatie en looptijd',
      'Ondertekening',
      'Bijlagen bij deze afspraken',
    ]);
    expect(headings(doc, 2)).toEqual(
      expect.arrayContaining(['6.1\u2003Informeren over de melding bij Veilig Thuis', '8.5\u2003Kwaliteit van de veiligheidsbeoordeling']),
    );
    const leidraad = doc.paragraphs.filter((p) => p.style === 'leidraad').map((p) => p.text);
    for (const letter of ['a', 'b.i', 'b.ii', 'c', 'd.i', 'd.ii', 'd.iii', 'd.iv', 'd.v', 'e', 'f', 'g', 'h', 'i', 'j']) {
      expect(
        leidraad.some((text) => text.includes(`(onderdeel ${letter})`)),
        letter,
      ).toBe(true);
    }
    expect(leidraad.join('\n')).toContain('Hoe casuïstiek met elkaar wordt geëvalueerd zodat gezamenlijk wordt geleerd.');
  });

  it("has a subtitle that does not repeat the title's \"Samenwerkingsafspraken\", with the GI's in the plural for two GI's", () => {
    const titel = doc.paragraphs.find((p) => p.style === 'Title')!.text;
    expect(titel).toMatch(/^Samenwerkingsafspraken /);
    const ondertitel = doc.paragraphs.find((p) => p.style === 'ondertitel')!.text;
    expect(ondertitel).toBe('Afspraken tussen het lokaal team, Veilig Thuis, de Raad voor de Kinderbescherming en de gecertificeerde instellingen');
  });

  it("reads as Dutch prose: a partner's kind not repeating its role, the organiser in the table, agreements as sentences", () => {
    const partners = doc.tables.find((t) => t.rows[0]?.cells[0] === 'Organisatie')!;
    const cell = (name: string): string => partners.rows.find((r) => r.cells[0]!.startsWith(name))!.cells[0]!;
    expect(cell('Jeugdbescherming Randstad Voorbeeld').split('\n')[1]).toBe('Gecertificeerde instelling (regionaal)');
    expect(cell('Veilig Thuis Waterland-Zuid').split('\n')[1]).toMatch(/^Veilig Thuis — Advies- en meldpunt/);
    expect(bodyText(doc)).not.toMatch(/Gecertificeerde instelling — Gecertificeerde instelling/i);

    const evaluatie = doc.tables.find((t) => t.rows[1]?.cells[0] === 'Organisatie van de evaluatie')!;
    expect(evaluatie.rows[0]).toMatchObject({ header: true, cells: ['Gezamenlijke evaluatie'] });
    expect(evaluatie.rows[1]!.cells[1]).toMatch(/^De beleidsadviseur jeugd van de gemeente Voorbeeldstad/);
    expect(bodyText(doc)).not.toMatch(/georganiseerd door:/i);

    const agreements = doc.paragraphs.filter((p) => p.style === 'afspraak').map((p) => p.text.split('\t')[1] ?? '');
    expect(agreements.filter((text) => /^\p{Ll}/u.test(text))).toEqual([]);
    expect(doc.paragraphs.find((p) => p.style === 'afspraak' && p.text.startsWith('j.2'))?.text).toBe(
      'j.2\tElk kwartaal, en daarnaast na elke calamiteit of elk ernstig incident.',
    );
  });

  it('has example text that fits the document: no annexes it lacks, articles before who adopted what', () => {
    const text = bodyText(doc);
    expect(text).not.toMatch(/bijlage [12]/i);
    expect(text).toContain('Vastgesteld door het college van burgemeester en wethouders van Voorbeeldstad op 18 februari 2025');
    expect(text).toContain('door het regionaal bestuurlijk overleg Zorg en Veiligheid Waterland-Zuid');
    expect(text).toContain('door de gemeenteraad van Voorbeeldstad');
    const check = swa(['check', VOORBEELD, '--format', 'json', ...DATUM]);
    expect(check.code, check.stdout).toBe(0);
    expect(JSON.parse(check.stdout).files[0].findings).toEqual([]);
  });

  it('shows every agreement with its number, responsible partner and termijn', () => {
    const afspraak = doc.paragraphs.find((p) => p.style === 'afspraak' && p.text.startsWith('d.ii.1'));
    expect(afspraak?.text).toContain('Veilig Thuis draagt over in een driegesprek');
    const index = doc.paragraphs.indexOf(afspraak!);
    const detail = doc.paragraphs[index + 1]!;
    expect(detail.style).toBe('afspraak-detail');
    expect(detail.text).toContain('Verantwoordelijk: Veilig Thuis Waterland-Zuid');
    expect(detail.text).toContain('Termijn: binnen 10 werkdagen na het besluit tot overdracht');
    // Refs resolve to names: gi.jbrv is the GI's own name.
    expect(bodyText(doc)).toContain('Verantwoordelijk: Jeugdbescherming Randstad Voorbeeld');
    expect(bodyText(doc)).not.toContain('[nog af te spreken]');
  });

  it('has the instruments table (instrument × organisation) and the escalation ladder, with repeated header rows', () => {
    const instruments = doc.tables.find((t) => t.rows[0]?.cells[0] === 'Methode of instrument')!;
    expect(instruments.rows[0]).toMatchObject({ header: true, cells: ['Methode of instrument', 'Lokaal team', 'Veilig Thuis', 'RvdK', 'JBRV', 'WSS'] });
    const delta = instruments.rows.find((r) => r.cells[0]!.startsWith('Deltamethode'))!;
    // Words, not a ✓ and an empty cell: the meaning is not in a symbol alone.
    expect(delta.cells.slice(1)).toEqual(['nee', 'nee', 'nee', 'ja', 'ja']);
    const signs = instruments.rows.find((r) => r.cells[0]!.startsWith('Signs of Safety'))!;
    expect(signs.cells.slice(1)).toEqual(['ja', 'ja', 'nee', 'ja', 'ja']);

    const ladder = doc.tables.find((t) => t.rows[0]?.cells[0] === 'Stap')!;
    expect(ladder.rows[0]!.header).toBe(true);
    expect(ladder.rows.slice(1).map((r) => r.cells[1])).toEqual([
      'uitvoerend professional',
      'teamleider en gedragswetenschapper',
      'manager',
      'bestuurder en gemeente',
    ]);
    expect(ladder.rows[1]!.cells[3]).toBe('binnen 2 werkdagen na het signaleren van de stagnatie');
  });

  it('has a signature table per partner and one for the gemeente, each headed by whom it signs for', () => {
    const signatures = doc.tables.filter((t) => t.rows[1]?.cells[0] === 'Vertegenwoordigd door');
    expect(signatures.map((t) => t.rows[1]!.cells[1])).toEqual([
      'drs. M.J. (Marieke) de Vries',
      'Ingrid Hoekstra',
      'mr. A.C. (Annelies) Jansen',
      'Gert-Jan Mulder',
      'Ruud Smits',
    ]);
    for (const table of signatures)
      expect(table.rows.slice(1).map((r) => r.cells[0])).toEqual(['Vertegenwoordigd door', 'Functie', 'Plaats', 'Datum', 'Handtekening']);
    const heads = doc.tables.filter((t) => ['Vertegenwoordigd door', 'Naam'].includes(t.rows[1]?.cells[0] ?? '')).map((t) => t.rows[0]!);
    expect(heads.every((row) => row.header)).toBe(true);
    expect(heads.map((row) => row.cells[0])).toHaveLength(6);
    expect(heads.at(-1)!.cells[0]).toContain('Gemeente Voorbeeldstad');
  });

  it("names the wethouder from gemeente.ondertekenaar in the gemeente's signature block", () => {
    const gemeente = doc.tables.find((t) => t.rows[1]?.cells[0] === 'Naam')!;
    expect(gemeente.rows.slice(1).map((r) => r.cells)).toEqual([
      ['Naam', 'H. (Hanneke) Visser'],
      ['Functie', 'wethouder jeugd en zorg'],
      ['Plaats', 'Voorbeeldstad'],
      ['Datum', ''],
      ['Handtekening', ''],
    ]);
  });

  it('lets tables with a header row break between rows; only the header and the sentence before stay with the first row', () => {
    for (const first of ['Stap', 'Methode of instrument', 'Organisatie']) {
      const table = doc.tables.find((t) => t.rows[0]?.cells[0] === first)!;
      expect(
        table.rows.every((r) => r.cantSplit),
        first,
      ).toBe(true);
      expect(table.rows[0]!.header && table.rows[0]!.keepNext, first).toBe(true);
      expect(
        table.rows.slice(1).filter((r) => r.keepNext),
        first,
      ).toEqual([]);
      expect(paragraphBefore(doc, table)?.keepNext, first).toBe(true);
    }
    expect(paragraphBefore(doc, doc.tables.find((t) => t.rows[0]?.cells[0] === 'Stap')!)?.text).toMatch(/^Komen de betrokken medewerkers/);
    expect(paragraphBefore(doc, doc.tables.find((t) => t.rows[0]?.cells[0] === 'Methode of instrument')!)?.text).toContain(
      'Per organisatie staat of zij de methode of het instrument gebruikt: ja of nee.',
    );
    // A signature block is headed by one cell across both columns: it stays in one piece.
    for (const table of doc.tables.filter((t) => t.rows[1]?.cells[0] === 'Vertegenwoordigd door')) {
      expect(table.rows.map((r) => r.keepNext)).toEqual([true, true, true, true, true, false]);
      expect(paragraphBefore(doc, table)?.keepNext).toBe(true);
    }
  });

  it('keeps an agreement only with its own details, so chapters flow on instead of jumping to the next page', () => {
    const body = doc.paragraphs;
    const agreements = body.filter((p) => p.style === 'afspraak');
    expect(agreements.length).toBeGreaterThan(30);
    for (const [index, p] of body.entries()) {
      if (p.style !== 'afspraak' && p.style !== 'afspraak-detail') continue;
      const next = body[index + 1];
      expect(p.keepNext, p.text.slice(0, 30)).toBe(next?.style === 'afspraak-detail');
    }
    // Plain paragraphs keep with the next only when a table or list follows.
    const plain = body.filter((p) => p.style === null && p.keepNext).map((p) => p.text);
    expect(
      plain.every((text) => /:$|^Komen de betrokken|^De volgende organisaties|^De partners (gebruiken|evalueren)|^Aldus/.test(text)),
      plain.join('\n'),
    ).toBe(true);
    // No chapter starts on a new page of its own: only the TOC and the first chapter do, each by
    // "page break before" on its first paragraph, never by an empty break paragraph (a blank page).
    expect(pageStarts(doc)).toEqual(['Inhoud', '1\u2003Inleiding']);
    expect(doc.parts['word/document.xml']).not.toContain('w:type="page"');
    expect(doc.parts['word/styles.xml']).not.toContain('pageBreakBefore');
  });

  it('keeps each chapter heading with the leidraad box, which stays in one piece with its footnote on the label', () => {
    for (const index of doc.paragraphs.keys()) {
      const p = doc.paragraphs[index]!;
      if (p.style !== 'leidraad') continue;
      expect(p.keepLines, p.text.slice(0, 40)).toBe(true);
      // One link only: LibreOffice breaks longer keep chains on pages with footnotes.
      expect(p.keepNext, p.text.slice(0, 40)).toBe(false);
      expect(doc.paragraphs[index - 1]!.style).toMatch(/^Heading[12]$/);
      expect(doc.paragraphs[index - 1]!.keepNext).toBe(true);
    }
    const boxes = doc.parts['word/document.xml']!.match(/<w:p>(?:(?!<\/w:p>).)*<w:pStyle w:val="leidraad"\/>(?:(?!<\/w:p>).)*<\/w:p>/g) ?? [];
    expect(boxes.length).toBe(doc.paragraphs.filter((p) => p.style === 'leidraad').length);
    expect(boxes.length).toBeGreaterThanOrEqual(16);
    for (const box of boxes) {
      const reference = box.indexOf('<w:footnoteReference');
      expect(reference).toBeGreaterThan(box.indexOf('Wat de leidraad vraagt'));
      expect(reference).toBeLessThan(box.indexOf('<w:br/>'));
    }
  });

  it('cites the leidraad in footnotes', () => {
    const footnotes = openDocx(join(out, 'voorbeeldstad-samenwerkingsafspraken.docx')).parts['word/footnotes.xml']!;
    for (const letter of ['a', 'b.i', 'd.v', 'h', 'i', 'j'])
      expect(footnotes).toContain(`Leidraad Werken aan veiligheid (VNG, januari 2024), §6c onderdeel ${letter}.`);
    expect((doc.parts['word/document.xml']!.match(/<w:footnoteReference /g) ?? []).length).toBeGreaterThanOrEqual(17);
  });

  it('is Dutch, has core properties from the file, a TOC Word updates, and headers/footers with page numbers', () => {
    expect(doc.parts['word/styles.xml']).toContain('<w:lang w:val="nl-NL"/>');
    const core = doc.parts['docProps/core.xml']!;
    expect(core).toContain('<dc:title>Samenwerkingsafspraken Werken aan veiligheid Voorbeeldstad 2025–2027</dc:title>');
    expect(core).toContain('<dc:creator>Gemeente Voorbeeldstad</dc:creator>');
    expect(core).toContain('<cp:version>1.1</cp:version>');
    expect(core).toContain('<cp:contentStatus>Vastgesteld</cp:contentStatus>');
    expect(core).toContain('<dc:language>nl-NL</dc:language>');
    expect(core).toMatch(/<dcterms:created[^>]*>2026-03-15T00:00:00Z</);
    expect(core).toMatch(/<dc:subject>[^<]*§6c/);
    expect(doc.parts['word/settings.xml']).toContain('<w:updateFields/>');
    expect(doc.parts['word/document.xml']).toContain('TOC \\h \\o &quot;1-2&quot;');
    const headerXml = Object.entries(doc.parts)
      .filter(([name]) => /^word\/header\d+\.xml$/.test(name))
      .map(([, xml]) => xml)
      .join('');
    expect(headerXml).toContain('Samenwerkingsafspraken Werken aan veiligheid Voorbeeldstad 2025–2027');
    // The name is a value from the file: its own run, inside a content control.
    expect(headerXml.replace(/<[^>]+>/g, '')).toContain('Gemeente Voorbeeldstad');
    expect(headerXml).not.toContain('CONCEPT');
    const footerXml = Object.entries(doc.parts)
      .filter(([name]) => /^word\/footer\d+\.xml$/.test(name))
      .map(([, xml]) => xml)
      .join('');
    expect(footerXml).toMatch(/Pagina <\/w:t>.*PAGE.*van <\/w:t>.*NUMPAGES/s);
  });

  it('writes the same bytes again, whatever the time zone or the position in a batch', () => {
    const other = tempDir();
    const result = swa(['render', CONCEPT, VOORBEELD, '--out', other, ...DATUM], { env: { TZ: 'Pacific/Auckland' } });
    expect(result.code, result.stderr).toBe(0);
    expect(sha(join(other, 'voorbeeldstad-samenwerkingsafspraken.docx'))).toBe(sha(join(out, 'voorbeeldstad-samenwerkingsafspraken.docx')));
  });
});

describe('swa render: a draft', () => {
  let out: string;
  let doc: OpenedDocx;
  beforeAll(() => {
    out = tempDir();
    const result = swa(['render', CONCEPT, '--out', out, ...DATUM]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('1 gerenderd (waarvan 1 concept), 0 geweigerd');
    doc = openDocx(join(out, 'middenwaard-samenwerkingsafspraken.docx'));
  });

  it('is marked CONCEPT on the title page, in the header and in the properties', () => {
    expect(doc.paragraphs.find((p) => p.style === 'concept')?.text).toContain('CONCEPT');
    const headerXml = Object.entries(doc.parts)
      .filter(([name]) => /^word\/header\d+\.xml$/.test(name))
      .map(([, xml]) => xml)
      .join('');
    expect(headerXml).toContain('CONCEPT');
    expect(doc.parts['docProps/core.xml']).toContain('<cp:contentStatus>Concept</cp:contentStatus>');
  });

  it('names the one GI in the singular in the subtitle', () => {
    expect(doc.paragraphs.find((p) => p.style === 'ondertitel')!.text).toBe(
      'Afspraken tussen het lokaal team, Veilig Thuis, de Raad voor de Kinderbescherming en de gecertificeerde instelling',
    );
  });

  it("leaves the wethouder's name empty, to fill in by hand, when gemeente.ondertekenaar is not given", () => {
    const gemeente = doc.tables.find((t) => t.rows[1]?.cells[0] === 'Naam')!;
    // Empty like Datum and Handtekening: a row of dots was a cell a screen reader reads as "…" eighteen times.
    expect(gemeente.rows[1]!.cells[1]).toBe('');
    expect(gemeente.rows.slice(2, 4).map((r) => r.cells)).toEqual([
      ['Functie', 'wethouder'],
      ['Plaats', 'Middenwaard'],
    ]);
  });

  it('shows a placeholder for every open agreement', () => {
    // Middenwaard leaves a.rvdk.hoe and a.gi open and has "nog invullen" / "TODO" texts.
    const open = doc.paragraphs.filter((p) => p.style === 'afspraak' && p.text.includes('[nog af te spreken]')).map((p) => p.text.split('\t')[0]);
    expect(open).toEqual(expect.arrayContaining(['a.3', 'a.4', 'a.5', 'a.6', 'b.ii.1', 'b.ii.2', 'd.iii.1', 'e.1', 'j.1', 'j.2']));
    const agreements = doc.paragraphs
      .filter((p) => p.style === 'afspraak')
      .map((p) => p.text)
      .join('\n');
    expect(agreements).not.toMatch(/\bTODO\b|nog invullen|n\.t\.b\./);
  });

  it('starts the appendix on a new page by its heading, with no empty break paragraph that could make a blank page', () => {
    expect(pageStarts(doc)).toEqual(['Inhoud', '1\u2003Inleiding', 'Bijlage 1 Open punten']);
    expect(doc.parts['word/document.xml']).not.toContain('w:type="page"');
    // The only body paragraphs without text: the one that closes the TOC field, right after the last
    // TOC entry, and the small spaces between two tables (without one, Word joins them into one table).
    const empty = doc.paragraphs.flatMap((p, index) => (p.text === '' && p.style !== 'tussenruimte' ? [doc.paragraphs[index - 1]?.style] : []));
    expect(empty).toHaveLength(1);
    expect(empty[0]).toMatch(/^TOC\d$/);
    const spaces = doc.body.flatMap((block, index) =>
      block.kind === 'paragraph' && doc.paragraphs[block.index]!.style === 'tussenruimte' ? [[doc.body[index - 1]?.kind, doc.body[index + 1]?.kind]] : [],
    );
    expect(spaces.length).toBeGreaterThan(0);
    expect(spaces.every(([before, after]) => before === 'table' && after === 'table')).toBe(true);
  });

  it('lists every finding of swa check in the appendix "Open punten", per onderdeel in leidraad order', () => {
    const check = swa(['check', CONCEPT, '--format', 'json', ...DATUM]);
    const findings = JSON.parse(check.stdout).files[0].findings as Array<{ line: number; onderdeel: string | null; severity: string }>;
    expect(headings(doc, 1).at(-1)).toBe('Bijlage 1 Open punten');
    const table = doc.tables.find((t) => t.rows[0]?.cells[0] === 'Open punt')!;
    // For the partners: no column of line numbers (swa check has those).
    expect(table.rows[0]).toMatchObject({ header: true, cells: ['Open punt', 'Ernst'] });
    const groups = table.rows.filter((r) => r.cells.length === 1);
    const points = table.rows.slice(1).filter((r) => r.cells.length === 2);
    expect(points.length).toBe(findings.length);
    // A sub-heading row names the onderdeel readably and stays with its first point.
    const order = [...ONDERDELEN, null].filter((o) => findings.some((f) => f.onderdeel === o));
    expect(order.length).toBeGreaterThan(10);
    const readable = (o: string | null): string =>
      o === null ? 'Algemeen' : o.startsWith('voorwaarde.') ? o.slice('voorwaarde.'.length).replace(/^./, (c) => c.toUpperCase()) : `Onderdeel ${o}`;
    const names = groups.map((r) => r.cells[0]!.split(' — ')[0]);
    expect(names).toEqual(order.map(readable));
    expect(groups.every((r) => r.keepNext)).toBe(true);
    expect(bodyText(doc)).not.toMatch(/^voorwaarde$|^–$/m);
    // Within an onderdeel by line; the severity is a word that fits its column.
    const expected = order.flatMap((o) =>
      findings
        .filter((f) => f.onderdeel === o)
        .sort((x, y) => x.line - y.line)
        .map((f) => f.severity),
    );
    expect(points.map((r) => r.cells[1])).toEqual(expected);
    expect(doc.paragraphs.some((p) => p.text.includes('Een fout moet zijn opgelost') && p.text.includes('Een waarschuwing'))).toBe(true);
  });

  it('is refused with --strict (exit 1), and nothing is written', () => {
    const strictOut = tempDir();
    const result = swa(['render', CONCEPT, '--strict', '--out', strictOut, ...DATUM]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--strict');
    expect(result.stderr).toMatch(/\d+:\d+\s+fout/);
    expect(readdirSync(strictOut)).toEqual([]);
    expect(swa(['render', VOORBEELD, '--strict', '--out', strictOut, ...DATUM]).code).toBe(0);
  });
});

describe('swa render: a draft without instruments', () => {
  it('shows onderdeel h as an open point: no table and no sentence about the ✓', () => {
    const out = tempDir();
    const input = join(out, 'zonder-instrumenten.yaml');
    const yaml = readFileSync(CONCEPT, 'utf8');
    const withoutInstruments = yaml.replace(/\n  h_methoden_en_instrumenten:\n(?:    .*\n)+/, '\n  h_methoden_en_instrumenten: []\n');
    expect(withoutInstruments).not.toBe(yaml);
    writeFileSync(input, withoutInstruments);
    const result = swa(['render', input, '--out', out, ...DATUM]);
    expect(result.code, result.stderr).toBe(0);
    const doc = openDocx(join(out, 'middenwaard-samenwerkingsafspraken.docx'));
    const heading = doc.paragraphs.findIndex((p) => p.style === 'Heading1' && p.text.endsWith('Methoden en instrumenten'));
    const next = doc.paragraphs.findIndex((p, index) => index > heading && p.style === 'Heading1');
    const chapter = doc.paragraphs
      .slice(heading + 1, next)
      .filter((p) => p.style !== 'leidraad')
      .map((p) => p.text);
    // Which instruments the partners use is a fact to fill in, not something to agree on.
    expect(chapter).toEqual(['[nog in te vullen: welke methoden en instrumenten de partners gebruiken]']);
    expect(doc.tables.some((t) => t.rows[0]?.cells[0] === 'Methode of instrument')).toBe(false);
    expect(bodyText(doc)).not.toContain('Een ✓ betekent');
  });
});

describe('swa render: open points in a base file', () => {
  it('lists a point that lies in the base file among the others, in onderdeel order, without file names or line numbers', () => {
    const out = tempDir();
    const file = join(FIXTURES, 'basisbestand/gemeenten/zuiderpolder.yaml');
    const result = swa(['render', file, '--out', out, ...DATUM]);
    expect(result.code, result.stderr).toBe(0);
    const doc = openDocx(join(out, 'zuiderpolder-samenwerkingsafspraken.docx'));
    const table = doc.tables.find((t) => t.rows[0]?.cells[0] === 'Open punt')!;
    const rows = table.rows.slice(1).map((r) => r.cells);
    expect(rows.filter((cells) => cells.length === 2).length).toBeGreaterThan(1);
    expect(rows.flat().filter((cell) => /regio-basis|\.yaml|^\d+$/.test(cell))).toEqual([]);
    // Onderdeel a (base) before c (own file) before Algemeen.
    expect(rows.filter((cells) => cells.length === 1).map((cells) => cells[0]!.split(' — ')[0])).toEqual(['Onderdeel a', 'Onderdeel c', 'Algemeen']);
  });
});

describe('swa render: a base file', () => {
  it('skips a base file with a line saying why, renders the gemeenten built on it, exit 0', () => {
    const out = tempDir();
    const result = swa(['render', 'examples/regio-voorbeeld', '--out', out, ...DATUM]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(
      'examples/regio-voorbeeld/regio-waterland-zuid.yaml: overgeslagen, dit is een basisbestand; maak de documenten van de gemeenten die erop voortbouwen',
    );
    expect(result.stderr).toContain('3 gerenderd (waarvan 2 concept), 1 overgeslagen, 0 geweigerd');
    expect(readdirSync(out).sort()).toEqual([
      'oosterdijk-samenwerkingsafspraken.docx',
      'waterstad-samenwerkingsafspraken.docx',
      'zuiderpolder-samenwerkingsafspraken.docx',
    ]);

    const check = swa(['render', 'examples/regio-voorbeeld', '--check', '--out', out, ...DATUM]);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stderr).toContain('3 bestanden gecontroleerd (1 basisbestand overgeslagen)');
  });

  it('writes nothing for a base file given on its own', () => {
    const out = tempDir();
    const result = swa(['render', join(FIXTURES, 'basisbestand/regio-basis.yaml'), '--out', out, ...DATUM]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('0 gerenderd (waarvan 0 concept), 1 overgeslagen, 0 geweigerd');
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('swa render: safety of the output', () => {
  it('never renders a file with schema errors: prints the check report, exit 1', () => {
    const out = tempDir();
    const result = swa(['render', join(FIXTURES, 'schemafout/afspraken.yaml'), '--out', out, ...DATUM]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/341:15\s+fout\s+\S+\s+`frequentie` is `elke maandag`/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('replaces its own unedited document without --force, names it, and leaves an identical one alone', () => {
    const out = tempDir();
    const input = join(out, 'voorbeeldstad.yaml');
    copyFileSync(VOORBEELD, input);
    expect(swa(['render', input, '--out', out, ...DATUM]).code).toBe(0);
    const target = join(out, 'voorbeeldstad-samenwerkingsafspraken.docx');
    const before = sha(target);
    const again = swa(['render', input, '--out', out, ...DATUM]);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('voorbeeldstad-samenwerkingsafspraken.docx (ongewijzigd)');

    writeFileSync(input, readFileSync(input, 'utf8').replace('versie: "1.1"', 'versie: "1.2"'));
    const replaced = swa(['render', input, '--out', out, ...DATUM]);
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(replaced.stderr).toMatch(/gemaakt → .*voorbeeldstad-samenwerkingsafspraken\.docx\n/);
    expect(sha(target)).not.toBe(before);
    expect(readdirSync(out).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('an --out that cannot be written is exit 2 and counted as "niet geschreven", not as refused', () => {
    const dir = tempDir();
    const blocker = join(dir, 'geen-map.txt');
    writeFileSync(blocker, 'een bestand, geen map');
    // A path below a file fails with ENOTDIR, also for root (tests may run as root, where chmod does not stop writes).
    const result = swa(['render', VOORBEELD, CONCEPT, '--out', join(blocker, 'sub'), ...DATUM]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('examples/voorbeeldstad.yaml: niet geschreven');
    expect(result.stderr).toMatch(/voorbeeldstad-samenwerkingsafspraken\.docx kan niet worden geschreven/);
    expect(result.stderr).toContain('✖ 0 gerenderd (waarvan 0 concept), 0 geweigerd, 2 niet geschreven.');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(dir)).toEqual(['geen-map.txt']);
  });

  it('--check: exit 0 when the documents are up to date, 1 naming the stale or missing ones', () => {
    const out = tempDir();
    const input = join(out, 'voorbeeldstad.yaml');
    copyFileSync(VOORBEELD, input);
    const missing = swa(['render', input, '--check', '--out', out, ...DATUM]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('voorbeeldstad-samenwerkingsafspraken.docx ontbreekt');

    expect(swa(['render', input, '--out', out, ...DATUM]).code).toBe(0);
    const fresh = swa(['render', input, '--check', '--out', out, ...DATUM]);
    expect(fresh.code, fresh.stderr).toBe(0);

    writeFileSync(input, readFileSync(input, 'utf8').replace('Sanne Bakker', 'Sanne de Bakker'));
    const stale = swa(['render', input, '--check', '--out', out, ...DATUM]);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('voorbeeldstad-samenwerkingsafspraken.docx is verouderd');
    expect(existsSync(join(out, 'voorbeeldstad-samenwerkingsafspraken.docx'))).toBe(true);
  });

  it('names files after the gemeente as a slug that stays inside --out', () => {
    const out = tempDir();
    const result = swa(['render', join(FIXTURES, 'bijzondere-tekens/afspraken.yaml'), '--out', out, ...DATUM]);
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(out)).toEqual(['sint-oedenrode-zuid-samenwerkingsafspraken.docx']);
  });

  it('prints values literally, whatever characters they hold', () => {
    const out = tempDir();
    swa(['render', join(FIXTURES, 'bijzondere-tekens/afspraken.yaml'), '--out', out, ...DATUM]);
    const doc = openDocx(join(out, 'sint-oedenrode-zuid-samenwerkingsafspraken.docx'));
    const text = bodyText(doc);
    expect(text).toContain(`*Vet?* # geen kop | geen tabel <b>geen tag</b> &amp; {{geen.sjabloon}} "aanhalingstekens" 'enkel'`);
    expect(text).toContain('Eerste regel </p><h1>geen kop</h1>\nTweede regel &#10; blijft letterlijk\nDe casusregisseur');
    expect(text).toContain('Gemeente Sint-Oedenrode & <Zuid>');
    expect(headings(doc, 1)).not.toContain('geen kop');
    expect(doc.parts['docProps/core.xml']).toContain('<dc:creator>Gemeente Sint-Oedenrode &amp; &lt;Zuid&gt;</dc:creator>');
  });
});

describe('swa render --per-partner', () => {
  let out: string;
  const open = (suffix: string): OpenedDocx => openDocx(join(out, `voorbeeldstad-samenwerkingsafspraken${suffix}.docx`));
  const letters = (doc: OpenedDocx): string[] =>
    doc.paragraphs.flatMap((p) => (p.style === 'leidraad' ? (/\(onderdeel ([a-z.]+)\)/.exec(p.text)?.[1] ?? []) : []));
  beforeAll(() => {
    out = tempDir();
    const result = swa(['render', VOORBEELD, '--per-partner', '--out', out, ...DATUM]);
    expect(result.code, result.stderr).toBe(0);
  });

  it('writes the integral document and one per partner relation', () => {
    expect(readdirSync(out).sort()).toEqual([
      'voorbeeldstad-samenwerkingsafspraken-gi-jbrv.docx',
      'voorbeeldstad-samenwerkingsafspraken-gi-wss.docx',
      'voorbeeldstad-samenwerkingsafspraken-rvdk.docx',
      'voorbeeldstad-samenwerkingsafspraken-veilig-thuis.docx',
      'voorbeeldstad-samenwerkingsafspraken.docx',
    ]);
  });

  it('puts in each partner document the onderdelen that concern that partner, and every agreement that names it', () => {
    // b.ii goes to the RvdK, and also to VT and the GI's: one of its agreements names them (verantwoordelijk).
    // d.iii names only Veilig Thuis and the lokaal team: the others' documents leave it out instead of pointing elsewhere.
    expect(letters(open('-veilig-thuis'))).toEqual(['a', 'b.i', 'b.ii', 'c', 'd.i', 'd.ii', 'd.iii', 'd.iv', 'd.v', 'h', 'i', 'j']);
    expect(letters(open('-rvdk'))).toEqual(['a', 'b.ii', 'c', 'd.i', 'd.iv', 'e', 'f', 'h', 'i', 'j']);
    expect(letters(open('-gi-jbrv'))).toEqual(['a', 'b.ii', 'c', 'd.i', 'd.iv', 'g', 'h', 'i', 'j']);
  });

  it('filters agreements by verantwoordelijk and signs only lokaal team, partner and gemeente', () => {
    const jbrv = open('-gi-jbrv');
    const text = bodyText(jbrv);
    expect(text).toContain('consultatielijn van Jeugdbescherming Randstad Voorbeeld');
    expect(text).not.toContain('consultatie aan bij de William Schrikker Stichting');
    expect(text).not.toContain('0800-2000');
    const signers = jbrv.tables.filter((t) => t.rows[1]?.cells[0] === 'Vertegenwoordigd door').map((t) => t.rows[1]!.cells[1]);
    expect(signers).toEqual(['drs. M.J. (Marieke) de Vries', 'Gert-Jan Mulder']);
    const instruments = jbrv.tables.find((t) => t.rows[0]?.cells[0] === 'Methode of instrument')!;
    expect(instruments.rows[0]!.cells).toEqual(['Methode of instrument', 'Lokaal team', 'JBRV']);
    expect(jbrv.parts['docProps/core.xml']).toContain('— Jeugdbescherming Randstad Voorbeeld</dc:title>');
  });
});

describe('swa render --templates', () => {
  it('replaces only the templates given; the rest stays built in', () => {
    const out = tempDir();
    const result = swa(['render', VOORBEELD, '--templates', join(FIXTURES, 'sjablonen-eigen'), '--out', out, ...DATUM]);
    expect(result.code, result.stderr).toBe(0);
    const doc = openDocx(join(out, 'voorbeeldstad-samenwerkingsafspraken.docx'));
    expect(headings(doc, 1)[0]).toBe('1\u2003Woord vooraf');
    expect(bodyText(doc)).toContain('Gemeente Voorbeeldstad maakt deze afspraken samen met haar partners in Regio Waterland-Zuid.');
    expect(headings(doc, 1)).toContain('2\u2003Partijen en contactpersonen');
  });

  it.each([
    ['sjablonen-kapot', 'onderdeel.hbs:4', /\{\{#if\}\} wordt afgesloten met \{\{\/each\}\}/],
    ['sjablonen-onbekende-helper', 'partijen.hbs:3', /onbekende helper "hoofdletters"/],
    ['sjablonen-onbekende-naam', 'bijlage.hbs', /onbekend sjabloon "bijlage\.hbs"/],
    ['sjablonen-opmaakfout', 'evaluatie.hbs:3', /<p> wordt niet afgesloten met <\/p> voordat <h2> begint/],
  ])('%s: a Dutch error naming the template file and line, exit 2, nothing written', (fixture, where, message) => {
    const out = tempDir();
    const result = swa(['render', VOORBEELD, '--templates', join(FIXTURES, fixture), '--out', out, ...DATUM]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(join(FIXTURES, fixture, where));
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('swa render: many files in one call', () => {
  it('continues past a failing file and ends with a summary and exit 1', () => {
    const out = tempDir();
    const result = swa(['render', VOORBEELD, join(FIXTURES, 'schemafout/afspraken.yaml'), CONCEPT, '--out', out, ...DATUM]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('2 gerenderd (waarvan 1 concept), 1 geweigerd');
    expect(readdirSync(out).sort()).toEqual(['middenwaard-samenwerkingsafspraken.docx', 'voorbeeldstad-samenwerkingsafspraken.docx']);
    // Without a terminal: one plain line per file, no progress bar.
    expect(result.stderr).toContain('examples/concept-middenwaard.yaml: concept');
    expect(result.stderr).not.toContain('\r');
  });

  it('expands a quoted glob itself, and --quiet leaves only problems', () => {
    const out = tempDir();
    const result = swa(['render', 'examples/*.yaml', '--out', out, '--quiet', ...DATUM]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    expect(readdirSync(out)).toHaveLength(2);
  });

  it('an unreadable file is exit 2, the others are still rendered', () => {
    const out = tempDir();
    const result = swa(['render', 'bestaat-niet.yaml', VOORBEELD, '--out', out, ...DATUM]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('bestaat-niet.yaml');
    expect(readdirSync(out)).toEqual(['voorbeeldstad-samenwerkingsafspraken.docx']);
  });
});

describe('start-up stays lean', () => {
  it('the command registration does not import docx or handlebars itself', () => {
    const registration = readFileSync(join(ROOT, 'src/cli/commands/render.ts'), 'utf8');
    expect(registration).not.toMatch(/^import .*(docx|handlebars|render-action|\.\.\/\.\.\/render\/)/m);
    expect(registration).toContain("await import('./render-action.js')");
  });
});
