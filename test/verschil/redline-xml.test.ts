/**
 * The redline of small WordprocessingML bodies: content controls and other wrappers are passed
 * through (never opened twice), deleted text stays inside the control of its own tag, and accept /
 * reject give the two versions' paragraphs.
 */
import { describe, expect, it } from 'vitest';
import { redlineBlocks, type RedlineContext } from '../../src/verschil/redline.js';
import { controlsLibreOfficeCanResolve } from '../../src/verschil/office-compat.js';
import { parseXml } from '../../src/verschil/xml-tree.js';
import { acceptAll, paragraphTexts, rejectAll } from './track-changes.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const p = (text: string, style = 'afspraak'): string =>
  `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const block = (tag: string, content: string): string => `<w:sdt><w:sdtPr><w:tag w:val="${tag}"/></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
const run = (text: string): string => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const inline = (tag: string, text: string): string => `<w:sdt><w:sdtPr><w:tag w:val="${tag}"/></w:sdtPr><w:sdtContent>${run(text)}</w:sdtContent></w:sdt>`;

function redline(oldBody: string, newBody: string): string {
  let id = 0;
  const context: RedlineContext = {
    mark: { author: 'swa', date: '2026-01-01T00:00:00Z', nextId: () => (id += 1) },
    footnotes: { old: new Map(), new: new Map() },
  };
  const children = (body: string) => parseXml(`<w:body ${W}>${body}</w:body>`).root.children;
  return `<w:body ${W}>${redlineBlocks(children(oldBody), children(newBody), context)}</w:body>`;
}

function roundTrip(oldBody: string, newBody: string): string {
  const xml = redline(oldBody, newBody);
  expect(paragraphTexts(acceptAll(xml))).toEqual(paragraphTexts(`<w:body ${W}>${newBody}</w:body>`));
  expect(paragraphTexts(rejectAll(xml))).toEqual(paragraphTexts(`<w:body ${W}>${oldBody}</w:body>`));
  return xml;
}

const controls = (xml: string): string[] => [...xml.matchAll(/<w:tag w:val="([^"]*)"\/>/g)].map((m) => m[1]!);

describe('the redline of a body', () => {
  it('marks a reworded paragraph word by word, inside its content control', () => {
    const xml = roundTrip(block('a.0', p('Het wijkteam belt elke week.')), block('a.0', p('Het wijkteam belt elke dag.')));
    expect(controls(xml)).toEqual(['a.0']);
    const control = /<w:sdtContent>.*<\/w:sdtContent>/.exec(xml)![0];
    expect(control).toMatch(
      /<w:r><w:t xml:space="preserve">Het wijkteam belt elke <\/w:t><\/w:r><w:del [^>]*><w:r><w:delText xml:space="preserve">week<\/w:delText><\/w:r><\/w:del><w:ins [^>]*><w:r><w:t xml:space="preserve">dag<\/w:t><\/w:r><\/w:ins>/,
    );
  });

  it('keeps a deleted paragraph inside the control that holds the paragraphs around it, and opens that control once', () => {
    const xml = roundTrip(
      block('a.0', p('Eerste regel van de afspraak.') + p('Middelste regel die vervalt.') + p('Laatste regel van de afspraak.')),
      block('a.0', p('Eerste regel van de afspraak.') + p('Laatste regel van de afspraak.')),
    );
    expect(controls(xml)).toEqual(['a.0']);
    expect(xml).toMatch(/<w:sdtContent>.*Middelste regel.*<\/w:sdtContent><\/w:sdt><\/w:body>$/);
  });

  it('puts a deleted agreement with a control of its own outside the new controls, and an inserted one in its own', () => {
    const kept = block('a.0', p('Afspraak een over het gezin.'));
    const deleted = roundTrip(kept + block('a.1', p('Afspraak twee die vervalt.')), kept);
    expect(controls(deleted)).toEqual(['a.0']);
    expect(deleted).toMatch(
      /<\/w:sdt><w:p><w:pPr><w:pStyle w:val="afspraak"\/><w:rPr><w:del [^>]*\/><\/w:rPr><\/w:pPr><w:del [^>]*><w:r><w:delText xml:space="preserve">Afspraak twee die vervalt.<\/w:delText>/,
    );
    const inserted = roundTrip(kept, kept + block('a.1', p('Afspraak twee die erbij komt.')));
    expect(controls(inserted)).toEqual(['a.0', 'a.1']);
    expect(inserted).toMatch(
      /<w:tag w:val="a.1"\/><\/w:sdtPr><w:sdtContent><w:p><w:pPr><w:pStyle w:val="afspraak"\/><w:rPr><w:ins [^>]*\/><\/w:rPr><\/w:pPr><w:ins [^>]*><w:r><w:t xml:space="preserve">Afspraak twee die erbij komt.<\/w:t>/,
    );
  });

  it('keeps deleted words inside a run-level control with the same tag', () => {
    const xml = roundTrip(
      `<w:p>${run('c.1 ')}${inline('c.0.afspraak', 'De Raad belt binnen vijf dagen.')}</w:p>`,
      `<w:p>${run('c.1 ')}${inline('c.0.afspraak', 'De Raad belt binnen drie dagen.')}</w:p>`,
    );
    expect(controls(xml)).toEqual(['c.0.afspraak']);
    const control = /<w:sdtContent>.*?<\/w:sdtContent>/.exec(xml)![0];
    expect(control).toContain('<w:delText xml:space="preserve">vijf</w:delText>');
    expect(control).toContain('<w:t xml:space="preserve">drie</w:t>');
  });

  it('marks inserted and deleted table rows on the row, and pairs a changed row cell by cell', () => {
    const cell = (text: string): string => `<w:tc><w:tcPr><w:tcW w:w="100"/></w:tcPr>${p(text, 'tabel')}</w:tc>`;
    const table = (...rows: string[][]): string => `<w:tbl><w:tblPr/><w:tblGrid/>${rows.map((r) => `<w:tr>${r.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;
    const xml = roundTrip(
      table(['Naam', 'Doel'], ['Signs of Safety', 'zicht op veiligheid'], ['Oud instrument weg', 'vervalt']),
      table(['Naam', 'Doel'], ['Signs of Safety', 'zicht op veiligheid en herstel'], ['Nieuw instrument', 'komt erbij']),
    );
    expect((xml.match(/<w:trPr><w:del /g) ?? []).length).toBe(1);
    expect((xml.match(/<w:trPr><w:ins /g) ?? []).length).toBe(1);
    expect(xml).toContain('<w:t xml:space="preserve"> en herstel</w:t>');
  });

  it('deletes the last lines of a cell through the mark before them: the cell keeps its last paragraph mark', () => {
    const table = (...lines: string[]): string =>
      `<w:tbl><w:tblPr/><w:tblGrid/><w:tr><w:tc><w:tcPr/>${lines.map((line) => p(line, 'klein')).join('')}</w:tc></w:tr></w:tbl>`;
    const xml = roundTrip(table('Ilse de Groot', 'i.degroot@voorbeeldstad.nl', '0999-100200'), table('Ilse de Groot', 'i.degroot@voorbeeldstad.nl'));
    const paragraphs = xml.match(/<w:p>.*?<\/w:p>/g)!;
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[1]).toMatch(/<w:rPr><w:del [^>]*\/><\/w:rPr><\/w:pPr>.*i\.degroot@voorbeeldstad\.nl<\/w:t>/);
    expect(paragraphs[2]).not.toMatch(/<w:pPr>(?:(?!<\/w:pPr>).)*<w:del /);
    expect(paragraphs[2]).toContain('<w:delText xml:space="preserve">0999-100200</w:delText>');
  });

  it('inserts new last lines of a cell through the mark before them, so that rejecting leaves no empty line', () => {
    const table = (...lines: string[]): string =>
      `<w:tbl><w:tblPr/><w:tblGrid/><w:tr><w:tc><w:tcPr/>${lines.map((line) => p(line, 'klein')).join('')}</w:tc></w:tr></w:tbl>`;
    const xml = roundTrip(table('Ilse de Groot'), table('Ilse de Groot', 'i.degroot@voorbeeldstad.nl'));
    const paragraphs = xml.match(/<w:p>.*?<\/w:p>/g)!;
    expect(paragraphs[0]).toMatch(/<w:rPr><w:ins [^>]*\/><\/w:rPr><\/w:pPr>/);
    expect(paragraphs[1]).not.toMatch(/<w:pPr>(?:(?!<\/w:pPr>).)*<w:ins /);
  });

  it("pairs the last old and new line of a cell whose lines were all replaced: they share the cell's end mark", () => {
    const table = (...lines: string[]): string =>
      `<w:tbl><w:tblPr/><w:tblGrid/><w:tr><w:tc><w:tcPr/>${lines.map((line) => p(line, 'klein')).join('')}</w:tc></w:tr></w:tbl>`;
    const xml = roundTrip(table('Signs of Safety'), table('Nieuw instrument', 'Een doel dat nieuw is.'));
    const paragraphs = xml.match(/<w:p>.*?<\/w:p>/g)!;
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[1]).not.toMatch(/<w:pPr>(?:(?!<\/w:pPr>).)*<w:(ins|del) /);
  });

  it('gives an unchanged body back byte for byte', () => {
    const body = block('a.0', p('Niets verandert &amp; niets &lt;wijkt&gt;.')) + p('Nog een alinea.', 'klein');
    expect(redline(body, body)).toBe(`<w:body ${W}>${body}</w:body>`);
  });
});

describe('content controls that hold a revision, in the form LibreOffice resolves', () => {
  const doc = (body: string): string => `<w:document ${W}><w:body>${body}</w:body></w:document>`;
  const revised = `<w:del w:id="1" w:author="swa"><w:r><w:delText>1.1</w:delText></w:r></w:del><w:ins w:id="2" w:author="swa"><w:r><w:t>2.0</w:t></w:r></w:ins>`;

  it('moves a block-level control around one paragraph into the paragraph, and makes a plain-text control rich text', () => {
    const xml = controlsLibreOfficeCanResolve(
      doc(
        `<w:sdt><w:sdtPr><w:tag w:val="document.versie"/><w:id w:val="9"/><w:text/></w:sdtPr><w:sdtContent><w:p><w:pPr><w:pStyle w:val="tabel"/></w:pPr>${revised}</w:p></w:sdtContent></w:sdt>`,
      ),
    );
    expect(xml).toBe(
      doc(
        `<w:p><w:pPr><w:pStyle w:val="tabel"/></w:pPr><w:sdt><w:sdtPr><w:tag w:val="document.versie"/><w:id w:val="9"/></w:sdtPr><w:sdtContent>${revised}</w:sdtContent></w:sdt></w:p>`,
      ),
    );
  });

  it('leaves a control without a revision exactly as it was', () => {
    const unchanged = doc(
      `<w:sdt><w:sdtPr><w:tag w:val="a"/><w:text/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>zelfde</w:t></w:r></w:p></w:sdtContent></w:sdt><w:p>${revised}</w:p>`,
    );
    expect(controlsLibreOfficeCanResolve(unchanged)).toBe(unchanged);
  });

  it('lifts the paragraphs of a table of contents with a revision out of its control', () => {
    const toc = (content: string): string =>
      `<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
    const paragraphs = `<w:p><w:r><w:t>1 Inleiding</w:t></w:r></w:p><w:p>${revised}</w:p>`;
    expect(controlsLibreOfficeCanResolve(doc(toc(paragraphs)))).toBe(doc(paragraphs));
  });
});
