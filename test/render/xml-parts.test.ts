import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { documentFileName } from '../../src/render/file-names.js';
import { decodeEntities, parseMarkup } from '../../src/render/markup.js';
import { assertWellFormedParts, cleanXmlParts, DocumentXmlError, xmlProblem } from '../../src/render/xml-parts.js';
import { firstNonXmlChar, hasNonCharacter } from '../helpers/xml-chars.js';

describe('the well-formedness gate before a document is written', () => {
  it('accepts what docx writes: declaration, namespaces, attributes, references', () => {
    expect(
      xmlProblem(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="x"><w:body><w:p><w:r><w:t xml:space="preserve">a &amp; b &#10; &#x1F600;</w:t></w:r></w:p><w:sectPr/></w:body></w:document>',
      ),
    ).toBeUndefined();
  });

  it.each([
    ['<a>\uffff</a>', 'teken'],
    ['<a>&#xFFFF;</a>', '&#xFFFF;'],
    ['<a>&#x110000;</a>', '&#x110000;'],
    ['<a>&#1;</a>', '&#1;'],
    ['<a>& b</a>', '&'],
    ['<a><b></a>', 'sluit'],
    ['<a>', 'niet afgesloten'],
    ['<a/><b/>', 'hoofdelement'],
    ['<a x="1" x="2"/>', 'dubbel'],
    ['<a x="1" y="&amp;" z="2" y="3"/>', 'dubbel'],
    ['<a x="&#0;"/>', '&#0;'],
    ['tekst<a/>', 'buiten'],
  ])('refuses %s', (xml, why) => {
    expect(xmlProblem(xml)).toContain(why);
  });

  it('agrees with an XML parser plus the Char production (non-characters refused as well) on generated text content', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (text) => {
        const xml = `<a>${text.replace(/[<&]/g, '')}</a>`;
        const valid = firstNonXmlChar(xml) === undefined && !hasNonCharacter(xml) && XMLValidator.validate(xml) === true;
        expect(xmlProblem(xml) === undefined).toBe(valid);
      }),
    );
  });

  it('after cleaning, any text holds only XML characters and the gate passes; a broken part throws a Dutch error', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const files = { 'word/document.xml': strToU8(`<a x="${text.replace(/[<&"]/g, '')}">${text.replace(/[<&]/g, '')}</a>`) };
        cleanXmlParts(files);
        expect(() => assertWellFormedParts(files)).not.toThrow();
      }),
    );
    expect(() => assertWellFormedParts({ 'word/document.xml': strToU8('<a><b></a>') })).toThrow(DocumentXmlError);
    expect(() => assertWellFormedParts({ 'word/document.xml': strToU8('<a><b></a>') })).toThrow(/word\/document\.xml.*schrijft het daarom niet/);
  });
});

describe('markup from templates and values', () => {
  it('a numeric reference past U+10FFFF is the replacement character, not "Invalid code point"', () => {
    expect(decodeEntities('&#x110000;&#99999999999999999999;&#x41;')).toBe('\uFFFD\uFFFDA');
  });

  it('a value with 100,000 line breaks parses without exhausting the call stack', () => {
    const blocks = parseMarkup(`<p>a${'&#10;'.repeat(100_000)}b</p>`);
    expect(blocks[0]).toMatchObject({ kind: 'paragraph' });
    const content = (blocks[0] as { content: unknown[] }).content;
    expect(content).toHaveLength(100_002);
  });
});

describe('per-partner file names', () => {
  it('GI ids with the same slug get distinct names in render order; everything else keeps its name', () => {
    const partners = [null, 'veilig_thuis', 'gi.a_b', 'gi.a-b', 'gi.a-b-2', 'gi.c'] as const;
    const names = partners.map((p) => documentFileName('Stad', 'x.yaml', p, partners));
    expect(new Set(names).size).toBe(partners.length);
    expect(names).toEqual([
      'stad-samenwerkingsafspraken.docx',
      'stad-samenwerkingsafspraken-veilig-thuis.docx',
      'stad-samenwerkingsafspraken-gi-a-b.docx',
      'stad-samenwerkingsafspraken-gi-a-b-2.docx',
      'stad-samenwerkingsafspraken-gi-a-b-2-2.docx',
      'stad-samenwerkingsafspraken-gi-c.docx',
    ]);
  });
});
