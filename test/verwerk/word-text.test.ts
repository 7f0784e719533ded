import { describe, expect, it } from 'vitest';
import { acceptedText, proposedText, readWordText } from '../../src/word/word-text.js';
import { control, documentXml, paragraph, run } from './fixture-docx.js';

const TAG = 'afspraken.c_taakverdeling.wachtlijsten.0';

function single(body: string) {
  const text = readWordText(documentXml(body));
  expect(text.controls).toHaveLength(1);
  return text.controls[0]!;
}

describe('readWordText', () => {
  it('joins runs split mid-word and ignores proofErr, bookmarks and rsids', () => {
    const body = paragraph(
      `${run('c.3')}<w:r><w:tab/></w:r>${control(TAG, 'c.3 Wachtlijsten', `${run('Zolang een ge', '00A1')}<w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="7" w:name="x"/>${run('zin wacht', '00B2')}<w:bookmarkEnd w:id="7"/><w:proofErr w:type="spellEnd"/>${run('.')}`)}`,
      'afspraak',
    );
    const found = single(body);
    expect(found).toMatchObject({ tag: TAG, alias: 'c.3 Wachtlijsten', derived: false });
    expect(acceptedText(found.segments)).toBe('Zolang een gezin wacht.');
    expect(readWordText(documentXml(body)).paragraphs.map((p) => p.segments.map((s) => s.text).join(''))).toEqual(['c.3\t⟦0⟧']);
  });

  it('reads soft breaks, tabs and paragraphs in a block control as line breaks and tabs', () => {
    const inner = `${paragraph(`${run('Eerste')}<w:r><w:br/></w:r>${run('tweede')}<w:r><w:tab/>${'<w:t>derde</w:t>'}</w:r>`)}${paragraph(run('Nieuwe alinea'))}`;
    const found = single(control('partners.gi.0.naam', 'GI', inner));
    expect(acceptedText(found.segments)).toBe('Eerste\ntweede\tderde\nNieuwe alinea');
  });

  it('keeps tracked insertions and deletions apart, with author and date', () => {
    const content = `${run('binnen ')}<w:del w:id="1" w:author="Anna (VT)" w:date="2026-03-02T10:00:00Z"><w:r><w:delText>10</w:delText></w:r></w:del><w:ins w:id="2" w:author="Anna (VT)" w:date="2026-03-02T10:00:00Z">${run('5')}</w:ins>${run(' werkdagen')}`;
    const found = single(paragraph(control('x.termijn', 'termijn', content)));
    expect(acceptedText(found.segments)).toBe('binnen 10 werkdagen');
    expect(proposedText(found.segments)).toBe('binnen 5 werkdagen');
    expect(found.segments.find((s) => s.change)?.change).toEqual({ kind: 'del', author: 'Anna (VT)', date: '2026-03-02T10:00:00Z' });
  });

  it('anchors a comment in the control it starts in', () => {
    const body = paragraph(
      `${run('Vast ')}<w:commentRangeStart w:id="3"/>${control(TAG, 'c.3', run('tekst'))}<w:commentRangeEnd w:id="3"/><w:r><w:commentReference w:id="3"/></w:r>`,
    );
    const text = readWordText(documentXml(body));
    expect(text.controls[0]!.comments).toEqual(['3']);
    const inside = readWordText(documentXml(paragraph(control(TAG, 'c.3', `<w:commentRangeStart w:id="4"/>${run('tekst')}<w:commentRangeEnd w:id="4"/>`))));
    expect(inside.controls[0]!.comments).toEqual(['4']);
  });

  it('leaves a generated table of contents and tab stops out', () => {
    const toc = `<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>${paragraph(run('Inhoud 3'))}</w:sdtContent></w:sdt>`;
    const text = readWordText(documentXml(`${toc}<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>${run('Vaste tekst')}</w:p>`));
    expect(text.controls).toEqual([]);
    expect(text.paragraphs.map((p) => p.segments.map((s) => s.text).join(''))).toEqual(['Vaste tekst']);
  });

  it('reads a text box as paragraphs of its own, once, outside any control', () => {
    const box = (text: string) => `<w:txbxContent>${paragraph(run(text))}</w:txbxContent>`;
    // Word writes a text box twice: a DrawingML choice and a VML fallback for older programs.
    const drawing = (text: string) =>
      `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>${box(text)}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>${box(text)}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    const text = readWordText(
      documentXml(
        paragraph(`${run('Vaste ')}${drawing('Let op: concept')}${run('tekst')}`) +
          paragraph(control(TAG, 'c.3', `${run('Zolang ')}${drawing('Niet delen')}${run('een gezin wacht.')}`)) +
          paragraph(`<w:r><w:pict><v:shape><v:textbox>${box('Oud tekstvak')}</v:textbox></v:shape></w:pict></w:r>`),
      ),
    );
    expect(text.paragraphs.map((p) => acceptedText(p.segments))).toEqual(['Let op: concept', 'Vaste tekst', 'Niet delen', '⟦0⟧', 'Oud tekstvak']);
    expect(acceptedText(text.controls[0]!.segments)).toBe('Zolang een gezin wacht.');
  });

  it('marks a plain-text control (w:text) as derived', () => {
    expect(single(paragraph(control('a.verantwoordelijk', 'v', run('Veilig Thuis'), { derived: true }))).derived).toBe(true);
  });
});

describe('readWordText and LibreOffice', () => {
  it('joins the halves LibreOffice makes of a control around a tracked change', () => {
    const half = (content: string) => `<w:sdt><w:sdtPr></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
    const body = paragraph(
      `${half(`<w:r><w:rPr></w:rPr></w:r>${run('heeft het minimaal ')}<w:del w:id="0" w:author="Unknown Author" w:date="2026-12-02T06:53:56Z"><w:r><w:delText>elke twee weken</w:delText></w:r></w:del>`)}<w:ins w:id="1" w:author="Unknown Author" w:date="2026-12-02T06:53:56Z">${run('elke week')}</w:ins>${half(run(' contact.'))}${run(' Vast.')}${half(run('Ander veld'))}`,
    );
    const text = readWordText(documentXml(body));
    expect(text.controls.map((c) => [acceptedText(c.segments), proposedText(c.segments)])).toEqual([
      ['heeft het minimaal elke twee weken contact.', 'heeft het minimaal elke week contact.'],
      ['Ander veld', 'Ander veld'],
    ]);
  });
});
