/**
 * parseMarkup (markup.ts) was made cheaper; the version before is kept in test/support/markup-oracle.ts.
 * For generated template output, well-formed and broken, both must give the same blocks (the same
 * keys in the same order) or the same MarkupError.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeValue } from '../../src/render/encode.js';
import { MarkupError, parseMarkup } from '../../src/render/markup.js';
import { oldEncodeValue, oldParseMarkup } from '../support/markup-oracle.js';

const RUNS = Number(process.env.SWA_PROPERTY_RUNS ?? 1);

const space = fc.constantFrom(' ', '  ', '\n', '\n    ', '\t', '\r\n', '');
const TEXT_PIECES = [
  'a',
  'tekst',
  ' ',
  '  ',
  '\n',
  '\n  ',
  '\t',
  '\r',
  'é',
  '😀',
  '&amp;',
  '&lt;',
  '&gt;',
  '&quot;',
  '&apos;',
  '&nbsp;',
  '&onbekend;',
  '&AMP;',
  '&#10;',
  '&#32;',
  '&#9;',
  '&#x1F600;',
  '&#x110000;',
  '&#99999999999999999999;',
  '&#61;',
  '&',
  '&#;',
  '>',
  '"',
  "'",
  '=',
  '/',
];
const text = fc.oneof(
  { weight: 10, arbitrary: fc.string({ unit: fc.constantFrom(...TEXT_PIECES), maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...TEXT_PIECES, '<', '< b>', '<1>'), maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }).map(encodeValue) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('x', ' ', '\n', '&#10;', '&amp;'), minLength: 1000, maxLength: 4000 }) },
);

const NAMES = [
  'p',
  'h1',
  'h2',
  'h3',
  'ul',
  'li',
  'table',
  'tr',
  'td',
  'th',
  'b',
  'i',
  'open',
  'voetnoot',
  'bron',
  'swa-sjabloon',
  'inhoudsopgave',
  'nieuwe-pagina',
  'br',
  'tab',
  'pagina',
  'paginas',
  'marquee',
  'x1',
];
const ATTRIBUTE_NAMES = ['stijl', 'nummer', 'breedtes', 'titel', 'beschrijving', 'hoogte', 'kolommen', 'uitlijning', 'pad', 'label', 'afgeleid', 'naam', 'x-y'];
const ATTRIBUTE_VALUES = [
  '',
  'nee',
  'ja',
  'midden',
  'open',
  '30,70',
  '50, 50',
  '1',
  '2',
  '3',
  '0',
  'nul',
  '-1',
  '2.5',
  '12',
  'a &amp; b',
  '&#10;',
  '&lt;x&gt;',
  'documentatie',
  'Titel <bron pad="a.b" label="B">waarde</bron>',
  '<bron>',
  'a=b',
  "it's",
];
const attribute = fc
  .tuple(
    space,
    fc.constantFrom(...ATTRIBUTE_NAMES),
    fc.constantFrom(...ATTRIBUTE_VALUES),
    fc.constantFrom('"', '"', '"', "'"),
    fc.constantFrom('=', '=', '=', ' = '),
  )
  .map(([s, n, v, q, eq]) => `${s === '' ? ' ' : s}${n}${eq}${q}${v}${q}`);

/** An element: mostly as the templates write them, now and then mismatched, unclosed or misplaced. */
const { node } = fc.letrec<{ node: string; element: string }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, tie('element'), tie('element')),
  element: fc
    .tuple(
      fc.constantFrom(...NAMES),
      fc.array(attribute, { maxLength: 3 }),
      space,
      fc.array(tie('node'), { maxLength: 4 }),
      fc.constantFrom('pair', 'pair', 'pair', 'pair', 'self', 'open', 'other', 'spaced'),
    )
    .map(([n, attributes, s, children, form]) => {
      const start = `<${n}${attributes.join('')}${s}`;
      if (form === 'self') return `${start}/>`;
      const inner = children.join('');
      if (form === 'open') return `${start}>${inner}`;
      if (form === 'other') return `${start}>${inner}</${n === 'p' ? 'b' : 'p'}>`;
      return `${start}>${inner}</${n}${form === 'spaced' ? ' ' : ''}>`;
    }),
}));

/** Structures that parse: tables with rows and cells, lists, paragraphs with inline markup, inside templates. */
const inlineText = fc
  .array(
    fc.oneof(
      text.map((t) => t.replaceAll('<', '')),
      fc.constantFrom(
        '<b>vet</b>',
        '<i>schuin <b>en vet</b></i>',
        '<open>[nog]</open>',
        '<br/>',
        '<tab/>',
        '<pagina/>',
        '<paginas />',
        '<voetnoot>noot &amp; <b>meer</b></voetnoot>',
        '<bron pad="a.b" label="B">waarde</bron>',
        '<bron pad="a" label="L" afgeleid="ja"></bron>',
      ),
    ),
    { maxLength: 5 },
  )
  .map((parts) => parts.join(''));
const cell = fc
  .tuple(fc.constantFrom('td', 'th'), fc.constantFrom('', ' kolommen="2"', ' uitlijning="midden"'), inlineText)
  .map(([n, a, t]) => `<${n}${a}>${t}</${n}>`);
const goodBlock = fc.oneof(
  fc
    .tuple(fc.constantFrom('h1', 'h2', 'h3', 'p'), fc.constantFrom('', ' nummer="nee"', ' stijl="Kader"'), inlineText)
    .map(([n, a, t]) => `<${n}${a}>${t}</${n}>`),
  fc.array(inlineText, { maxLength: 3 }).map((items) => `<ul>\n${items.map((i) => `  <li>${i}</li>\n`).join('')}</ul>`),
  fc
    .tuple(
      fc.constantFrom('', ' breedtes="30,70"', ' stijl="open" titel="T &amp; t" beschrijving="B"'),
      fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 3 }),
      fc.constantFrom('', ' hoogte="20"'),
    )
    .map(([a, rows, h]) => `<table${a}>\n${rows.map((r) => `<tr${h}>${r.join('\n')}</tr>`).join('\n')}\n</table>`),
  fc.constantFrom('<inhoudsopgave/>', '<nieuwe-pagina/>', '<nieuwe-pagina></nieuwe-pagina>'),
  inlineText,
);
const goodMarkup = fc
  .array(fc.tuple(fc.constantFrom('document', 'onderdeel', 'bijlagen'), fc.array(goodBlock, { maxLength: 4 })), { minLength: 1, maxLength: 3 })
  .map((templates) => templates.map(([n, blocks]) => `<swa-sjabloon naam="${n}">\n${blocks.join('\n')}\n</swa-sjabloon>`).join(''));

const markup = fc.oneof(
  goodMarkup,
  goodMarkup,
  fc.array(node, { maxLength: 5 }).map((nodes) => `<swa-sjabloon naam="t">${nodes.join('')}</swa-sjabloon>`),
  fc.array(node, { maxLength: 5 }).map((nodes) => nodes.join('')),
);

type Outcome = { blocks: string } | { error: { message: string; template: string | null; snippet: string; line: number } };

function outcome(parse: (markup: string) => unknown, input: string): Outcome {
  try {
    return { blocks: JSON.stringify(parse(input)) };
  } catch (error) {
    if (!(error instanceof MarkupError)) throw error;
    return { error: { message: error.message, template: error.template, snippet: error.snippet, line: error.line } };
  }
}

describe('parseMarkup made cheaper', () => {
  it('gives the same blocks or the same MarkupError as before, for generated template output', () => {
    fc.assert(
      fc.property(markup, (input) => {
        expect(outcome(parseMarkup, input)).toEqual(outcome(oldParseMarkup, input));
      }),
      { numRuns: 2000 * RUNS },
    );
  });

  it('the generated markup both parses and fails', () => {
    const outcomes = fc.sample(markup, { numRuns: 1000, seed: 1 }).map((input) => outcome(oldParseMarkup, input));
    const parsed = outcomes.filter((o) => 'blocks' in o);
    expect(parsed.length).toBeGreaterThan(200);
    expect(parsed.some((o) => 'blocks' in o && o.blocks.includes('"kind":"table"') && o.blocks.includes('"kind":"bron"'))).toBe(true);
    expect(outcomes.length - parsed.length).toBeGreaterThan(100);
  });

  it('encodeValue with its quick test gives what the five passes alone gave', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '  ', '\t', '\r', '\n', '\r\n', '&', '<', '>', '"', "'", '`', '=', 'é') }), (value) => {
        expect(encodeValue(value)).toBe(oldEncodeValue(value));
      }),
      { numRuns: 1000 * RUNS },
    );
  });
});
