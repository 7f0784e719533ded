import { describe, expect, it } from 'vitest';
import { encodeValue } from '../../src/render/encode.js';
import { MarkupError, parseMarkup } from '../../src/render/markup.js';

describe('block markup', () => {
  it('parses headings, paragraphs with styles, lists and tables with header rows', () => {
    const blocks = parseMarkup(`
      <h1>Inleiding</h1>
      <p stijl="klein">Een <b>vette</b> en <i>schuine</i> zin.<voetnoot>Bron, §6c.</voetnoot></p>
      <ul><li>een</li><li>twee</li></ul>
      <table breedtes="30,70"><tr><th>A</th><th>B</th></tr><tr hoogte="20"><td>1</td><td><p>x</p><p>y</p></td></tr></table>
    `);
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'list', 'table']);
    const paragraph = blocks[1] as Extract<(typeof blocks)[number], { kind: 'paragraph' }>;
    expect(paragraph.stijl).toBe('klein');
    expect(paragraph.content).toEqual([
      { kind: 'text', text: 'Een ', bold: false, italic: false, open: false },
      { kind: 'text', text: 'vette', bold: true, italic: false, open: false },
      { kind: 'text', text: ' en ', bold: false, italic: false, open: false },
      { kind: 'text', text: 'schuine', bold: false, italic: true, open: false },
      { kind: 'text', text: ' zin.', bold: false, italic: false, open: false },
      { kind: 'voetnoot', text: 'Bron, §6c.' },
    ]);
    const table = blocks[3] as Extract<(typeof blocks)[number], { kind: 'table' }>;
    expect(table.widths).toEqual([30, 70]);
    expect(table.rows.map((r) => r.header)).toEqual([true, false]);
    expect(table.rows[1]!.hoogte).toBe(20);
    expect(table.rows[1]!.cells[1]!.blocks).toHaveLength(2);
  });

  it('keeps an encoded value literal: no tags, no entities, line breaks stay', () => {
    const value = 'a <b>b</b> & &amp; "c" \'d\' `e` = f\n* g | # h  i\tj {{k}}';
    const [block] = parseMarkup(`<p>${encodeValue(value)}</p>`);
    const content = (block as Extract<typeof block, { kind: 'paragraph' }>).content;
    const text = content.map((part) => (part.kind === 'text' ? part.text : part.kind === 'break' ? '\n' : '?')).join('');
    expect(text).toBe(value);
    expect(content.every((part) => part.kind !== 'text' || !part.bold)).toBe(true);
  });

  it('reports unbalanced or unknown tags with the line, as data', () => {
    const error = (() => {
      try {
        parseMarkup('<p>een\n<b>twee</p>');
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(MarkupError);
    expect((error as MarkupError).line).toBe(2);
    expect(() => parseMarkup('<marquee>x</marquee>')).toThrow(/Onbekende opmaakcode <marquee>/);
    expect(() => parseMarkup('<table breedtes="50,50"><tr><td>1</td></tr></table>')).toThrow(/niet 2 cellen/);
    expect(() => parseMarkup('<p>1 < 2</p>')).toThrow(MarkupError);
  });

  it('lets a cell span columns with kolommen="…", counted against breedtes', () => {
    const [table] = parseMarkup(
      '<table breedtes="60,20,20"><tr><th>A</th><th>B</th><th>C</th></tr><tr><td kolommen="3"><b>Onderdeel a</b></td></tr><tr><td>x</td><td kolommen="2">y</td></tr></table>',
    );
    const rows = (table as Extract<typeof table, { kind: 'table' }>).rows;
    expect(rows.map((r) => r.cells.map((c) => c.span))).toEqual([[1, 1, 1], [3], [1, 2]]);
    expect(() => parseMarkup('<table breedtes="50,50"><tr><td kolommen="3">1</td></tr></table>')).toThrow(/niet 2 cellen/);
    expect(() => parseMarkup('<table><tr><td kolommen="nul">1</td></tr></table>')).toThrow(/kolommen="nul"/);
  });
});
