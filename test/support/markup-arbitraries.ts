/**
 * fast-check arbitraries for parsed markup (markup.ts's Block and Inline): every block and inline
 * kind, nested tables, styles known and unknown, and hostile text (XML specials, the control
 * characters docx drops, lone surrogates, U+FFFE, long texts).
 */
import fc from 'fast-check';
import type { Block, Inline, TableRow } from '../../src/render/markup.js';
import type { CoreProperties, DocumentParts } from '../../src/render/word-document.js';

const CHARACTERS = [
  'a',
  'Z',
  ' ',
  'é',
  '€',
  '😀',
  '&',
  '<',
  '>',
  '"',
  "'",
  ']]>',
  '\t',
  '\n',
  '\r',
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000B',
  '\u000C',
  '\u001F',
  '\u007F',
  '\u00A0',
  '\u2003',
  '\uD800',
  '\uDFFF',
  '\uFFFE',
  '\uFFFF',
  '\uFDD0',
  '&amp;',
  '⟦1⟧',
] as const;

/** A text: mostly ordinary, sometimes hostile, now and then very long. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom(...CHARACTERS), maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '   ', '\u2003') },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('x', '&', '<', ' '), minLength: 2000, maxLength: 6000 }) },
);

const flag = fc.boolean();
const styleFlags = fc.record({ bold: flag, italic: flag, open: flag });

const plainInline: fc.Arbitrary<Inline> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('text' as const), text: hostileText }).chain((t) => styleFlags.map((s) => ({ ...t, ...s }))) },
  { weight: 1, arbitrary: fc.constant<Inline>({ kind: 'break' }) },
  { weight: 1, arbitrary: fc.constant<Inline>({ kind: 'tab' }) },
  { weight: 2, arbitrary: hostileText.map((text): Inline => ({ kind: 'voetnoot', text })) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('pagina' as const, 'paginas' as const), styleFlags).map(([kind, s]): Inline => ({ kind, ...s })) },
);

const bron = fc.record({ pad: hostileText, label: hostileText, afgeleid: flag });

/** Inline content; a text from the agreements file is a run of plain parts between bron and bron-einde (never nested). */
const inlines: fc.Arbitrary<Inline[]> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: plainInline.map((part) => [part]) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(bron, fc.array(plainInline, { maxLength: 3 }), fc.boolean())
          .map(([mark, parts, closed]): Inline[] => [{ kind: 'bron', ...mark }, ...parts, ...(closed ? [{ kind: 'bron-einde' as const }] : [])]),
      },
    ),
    { maxLength: 5 },
  )
  .map((groups) => groups.flat());

const KNOWN_STYLES = [
  'titel',
  'voorblad',
  'ondertitel',
  'concept',
  'inhoud-kop',
  'leidraad',
  'afspraak',
  'afspraak-detail',
  'klein',
  'ondertekening-kop',
  'tabel',
];
const paragraphStyle = fc.oneof(
  { weight: 60, arbitrary: fc.constant(null) },
  { weight: 40, arbitrary: fc.constantFrom(...KNOWN_STYLES) },
  { weight: 1, arbitrary: fc.constantFrom('onbekend', 'TOC1', 'Heading1') },
);

function blocks(depth: number): fc.Arbitrary<Block[]> {
  const simple: Array<fc.WeightedArbitrary<Block>> = [
    {
      weight: 60,
      arbitrary: fc.record({
        kind: fc.constant('heading' as const),
        level: fc.constantFrom(1 as const, 2 as const, 3 as const),
        numbered: flag,
        content: inlines,
      }),
    },
    { weight: 120, arbitrary: fc.record({ kind: fc.constant('paragraph' as const), stijl: paragraphStyle, content: inlines }) },
    { weight: 40, arbitrary: fc.record({ kind: fc.constant('list' as const), items: fc.array(inlines, { maxLength: 3 }) }) },
    { weight: depth === 0 ? 20 : 1, arbitrary: fc.constant<Block>({ kind: 'pagebreak' }) },
    { weight: depth === 0 ? 20 : 1, arbitrary: fc.constant<Block>({ kind: 'toc' }) },
  ];
  if (depth < 2) simple.push({ weight: 40, arbitrary: table(depth + 1) });
  return fc.array(fc.oneof(...simple), { maxLength: depth === 0 ? 12 : 3 });
}

function table(depth: number): fc.Arbitrary<Block> {
  const cell = fc.record({ header: flag, centred: flag, span: fc.integer({ min: 1, max: 3 }), blocks: blocks(depth) });
  const row: fc.Arbitrary<TableRow> = fc.record({
    header: flag,
    hoogte: fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.double({ min: -5, max: 80, noNaN: true }) }),
    cells: fc.array(cell, { maxLength: 3 }),
  });
  return fc.record({
    kind: fc.constant('table' as const),
    widths: fc.option(fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: 1, maxLength: 4 }), { freq: 2, nil: null }),
    stijl: fc.oneof(
      { weight: 60, arbitrary: fc.constant(null) },
      { weight: 30, arbitrary: fc.constant('open') },
      { weight: 1, arbitrary: fc.constant('dicht') },
    ),
    titel: fc.option(hostileText, { nil: null }),
    beschrijving: fc.option(hostileText, { nil: null }),
    rows: fc.array(row, { maxLength: 4 }),
  });
}

const headerFooter: fc.Arbitrary<Block[]> = fc.array(
  fc.oneof(
    { weight: 40, arbitrary: fc.record({ kind: fc.constant('paragraph' as const), stijl: paragraphStyle, content: inlines }) },
    { weight: 1, arbitrary: fc.constant<Block>({ kind: 'pagebreak' }) },
  ),
  { maxLength: 2 },
);

export const documentParts: fc.Arbitrary<DocumentParts> = fc.record({ body: blocks(0), header: headerFooter, footer: headerFooter });

export const coreProperties: fc.Arbitrary<CoreProperties> = fc.record({
  title: hostileText,
  subject: hostileText,
  creator: hostileText,
  description: hostileText,
  keywords: hostileText,
});

export const customProperties = fc.array(fc.record({ name: hostileText, value: hostileText }), { maxLength: 4 });
