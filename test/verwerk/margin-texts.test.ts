import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planVerwerk, same } from '../../src/verwerk/plan.js';
import { marginLines, marginParts, type Place } from '../../src/word/margin-texts.js';
import { readWordText } from '../../src/word/word-text.js';
import { control, documentXml, paragraph, run } from './fixture-docx.js';

// swa makes the headers, footers and notes anew at every render; an edit a partner makes there can
// never go back into the agreements file, and `swa verwerk` must say so instead of passing over it.

const RUNS = Number(process.env.SWA_PROPERTY_RUNS ?? 1);
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const header = (content: string) => `<w:hdr ${W}>${content}</w:hdr>`;
const footer = (content: string) => `<w:ftr ${W}>${content}</w:ftr>`;
const complexField = (instruction: string, result: string) =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">${instruction}</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${result ? run(result) : ''}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
const PAGE_FOOTER = footer(paragraph(`${run('Pagina ')}${complexField(' PAGE ', '')}${run(' van ')}${complexField('NUMPAGES', '')}`));

describe('reading a header or footer', () => {
  it('shows a page number a program fills in as #, whatever number it holds, as a complex and as a simple field', () => {
    const saved = footer(
      paragraph(`${run('Pagina ')}${complexField(' PAGE ', '3')}${run(' van ')}<w:fldSimple w:instr=" NUMPAGES \\* MERGEFORMAT ">${run('12')}</w:fldSimple>`),
    );
    const read = (xml: string) => marginLines([{ xml, place: 'voettekst' }]).map((line) => line.text);
    expect(read(saved)).toEqual(read(PAGE_FOOTER));
    expect(read(saved)).toEqual(['Pagina # van #']);
  });

  it('keeps the result of a field that is somebody’s text, such as a link, and the text after a field', () => {
    const body = paragraph(`${complexField('HYPERLINK "https://vng.nl"', 'de leidraad')}${run(' lezen')}`);
    expect(readWordText(documentXml(body)).paragraphs.map((p) => p.segments.map((s) => s.text).join(''))).toEqual(['de leidraad lezen']);
  });

  it('puts the text of its controls in place, and tells the line as it stands from the proposal', () => {
    const line = paragraph(
      `${control('document.titel', 'Titel', run('Afspraken'))}${run(' · Gemeente ')}<w:ins w:id="1" w:author="Els" w:date="2026-03-04T08:00:00Z">${run('Noord')}</w:ins><w:del w:id="2" w:author="Els" w:date="2026-03-04T08:00:00Z"><w:r><w:delText>Zuid</w:delText></w:r></w:del>`,
    );
    const [read] = marginLines([{ xml: header(line), place: 'koptekst' }]);
    expect(read).toMatchObject({ text: 'Afspraken · Gemeente Zuid', proposed: 'Afspraken · Gemeente Noord' });
    expect(read!.changes.map((c) => c.author)).toEqual(['Els']);
  });

  it('orders the parts headers, footers, footnotes, endnotes, each kind by number, whatever the order of the package', () => {
    const names = [
      'word/endnotes.xml',
      'word/footer2.xml',
      'word/document.xml',
      'word/header10.xml',
      'word/footnotes.xml',
      'word/footer1.xml',
      'word/header2.xml',
      'word/headers.xml',
    ];
    expect(marginParts(names)).toEqual([
      { name: 'word/header2.xml', place: 'koptekst' },
      { name: 'word/header10.xml', place: 'koptekst' },
      { name: 'word/footer1.xml', place: 'voettekst' },
      { name: 'word/footer2.xml', place: 'voettekst' },
      { name: 'word/footnotes.xml', place: 'voetnoot' },
      { name: 'word/endnotes.xml', place: 'eindnoot' },
    ]);
  });

  it('reads the text of footnotes, not their separators or numbers', () => {
    const footnotes = `<w:footnotes ${W}><w:footnote w:type="separator" w:id="-1">${paragraph('<w:r><w:separator/></w:r>')}</w:footnote><w:footnote w:id="1">${paragraph(`<w:r><w:footnoteRef/></w:r>${run(' Leidraad, §6c.')}`)}</w:footnote></w:footnotes>`;
    expect(marginLines([{ xml: footnotes, place: 'voetnoot' }]).map((line) => [line.place, line.text])).toEqual([['voetnoot', ' Leidraad, §6c.']]);
  });
});

function planWith(recorded: string[] | undefined, now: string[], place: Place = 'koptekst') {
  const lines = marginLines([{ xml: header(now.map((text) => paragraph(run(text))).join('')), place }]);
  return planVerwerk({
    documentFile: 'terug.docx',
    word: readWordText(documentXml(paragraph(run('Vaste zin.')))),
    comments: new Map(),
    record: { controls: [], paragraphs: ['Vaste zin.'], ...(recorded ? { margins: recorded.map((text) => ({ place, text })) } : {}) },
    data: {},
    ownData: {},
    baseFiles: [],
    locate: () => ({ file: 'a.yaml', line: 1, column: 1 }),
    accepteer: false,
    margins: lines,
  });
}

describe('swa verwerk and the headers, footers and notes', () => {
  it('reports a changed, an added and a removed line, and applies none of them', () => {
    const result = planWith(['Afspraken · Gemeente Zuid', 'Pagina # van #'], ['Afspraken · Gemeente Noord', 'Pagina # van #', 'Vertrouwelijk']);
    expect(result.edits).toEqual([]);
    expect(result.findings.map((f) => [f.rule, f.severity, f.message.slice(0, f.message.indexOf(' Niet verwerkt'))])).toEqual([
      ['word-niet-verwerkt', 'waarschuwing', 'Tekst in de koptekst gewijzigd in “Afspraken · Gemeente Noord” (was: “Afspraken · Gemeente Zuid”).'],
      ['word-niet-verwerkt', 'waarschuwing', 'Tekst in de koptekst toegevoegd: “Vertrouwelijk”.'],
    ]);
    expect(planWith(['Concept', 'Pagina # van #'], ['Pagina # van #'], 'voettekst').findings.map((f) => f.message)).toEqual([
      expect.stringMatching(/^Tekst in de voettekst verwijderd: “Concept”\. Niet verwerkt: swa maakt de kop- en voettekst bij elk document opnieuw/),
    ]);
  });

  it('names a footnote as such, and where its text belongs', () => {
    expect(planWith([' Leidraad, §6c.'], [' Leidraad, §6c.', ' Geldt niet voor regio Zuid.'], 'voetnoot').findings.map((f) => f.message)).toEqual([
      'Tekst in een voetnoot toegevoegd: “ Geldt niet voor regio Zuid.”. Niet verwerkt: swa maakt de voetnoten bij elk document opnieuw uit de sjablonen; hoort de tekst bij een afspraak, zet hem dan in het veld van die afspraak of in het bestand.',
    ]);
  });

  it('says nothing of a document whose record has no headers and footers (made by an older swa)', () => {
    expect(planWith(undefined, ['Iets anders']).findings).toEqual([]);
  });

  it('over any lines: an edit is reported exactly when the lines differ other than in quote style or trailing spaces', () => {
    const line = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '·', '“', '"', '’', "'"), minLength: 1, maxLength: 8 }).filter((text) => text.trim() !== '');
    const lines = fc.array(line, { maxLength: 5 });
    fc.assert(
      fc.property(lines, lines, (recorded, now) => {
        const findings = planWith(recorded, now).findings;
        const alike = recorded.length === now.length && recorded.every((text, i) => same(text, now[i]!));
        return alike === (findings.length === 0) && findings.every((f) => f.message.includes('in de koptekst'));
      }),
      { numRuns: RUNS * 500 },
    );
  });
});
