import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block, Inline } from '../../src/render/markup.js';
import { writeDocument } from '../../src/render/word-document.js';
import { PROPERTY_TIMEOUT, runs } from '../property/arbitraries.js';
import { sameAsDocx } from '../support/same-as-docx.js';
import { coreProperties, customProperties, documentParts } from '../support/markup-arbitraries.js';

describe('the direct writer (word-document.ts)', () => {
  it(
    'property: writes the parts docx compiles from its object model, byte for byte, and the same tables, controls and text',
    () => {
      fc.assert(
        fc.property(documentParts, coreProperties, customProperties, (parts, properties, custom) => sameAsDocx(parts, properties, custom)),
        { numRuns: runs(300) },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

const text = (value: string): Inline => ({ kind: 'text', text: value, bold: false, italic: false, open: false });
const PROPERTIES = { title: 'Titel', subject: 'Onderwerp', creator: 'Gemeente Toetsdorp', description: 'Beschrijving', keywords: 'a; b' };

describe('the direct writer, examples', () => {
  it('writes many footnotes, empty paragraphs and a long text as docx does', () => {
    const body: Block[] = [
      { kind: 'toc' },
      { kind: 'paragraph', stijl: null, content: [] },
      { kind: 'heading', level: 1, numbered: true, content: [text('x'.repeat(100_000))] },
      { kind: 'paragraph', stijl: null, content: Array.from({ length: 600 }, (_, i): Inline => ({ kind: 'voetnoot', text: `noot ${i} <&>` })) },
      { kind: 'paragraph', stijl: 'klein', content: [] },
    ];
    sameAsDocx({ body, header: [], footer: [] }, PROPERTIES, [{ name: 'swa-document', value: 'integraal' }]);
  });

  it('is caught by the comparison when it drops a single attribute', () => {
    const parts = {
      body: [
        {
          kind: 'table' as const,
          widths: null,
          stijl: 'open',
          titel: null,
          beschrijving: null,
          rows: [{ header: true, hoogte: null, cells: [{ header: true, centred: false, span: 1, blocks: [] }] }],
        },
      ],
      header: [],
      footer: [],
    };
    sameAsDocx(parts, PROPERTIES);
    const dropsAnAttribute: typeof writeDocument = (...args) => {
      const written = writeDocument(...args);
      written.parts.set('word/document.xml', (written.parts.get('word/document.xml') as string).replace(' w:color="auto" w:val="clear"', ' w:val="clear"'));
      return written;
    };
    expect(() => sameAsDocx(parts, PROPERTIES, [], dropsAnAttribute)).toThrow(/word\/document\.xml differs/);
  });
});
