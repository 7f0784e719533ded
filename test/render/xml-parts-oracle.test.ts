/**
 * The well-formedness check (xml-parts.ts) is a charCode scanner for speed; the regex version it
 * replaced is kept in test/support/xml-parts-oracle.ts. For generated XML, well-formed and broken,
 * both must give the same verdict and the same Dutch text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanAndAssertWellFormed, xmlProblem } from '../../src/render/xml-parts.js';
import { oldStructureProblem, oldXmlProblem } from '../support/xml-parts-oracle.js';

const RUNS = Number(process.env.SWA_PROPERTY_RUNS ?? 1);

const name = fc.constantFrom('a', 'b', 'w:p', 'w:r', 'w:t', 'x', 'x:y', 'A_1', '_', 'a.b-c', 'é', '1a', 'w:val', 'xml:space', '');
const space = fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\ufeff', '');
const quote = fc.constantFrom('"', "'");

/** Texts and values: references good and bad, stray specials, look-alike attributes, sometimes very long. */
const TEXT_PIECES = [
  'a',
  'Z',
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  'é',
  '😀',
  '&amp;',
  '&lt;',
  '&gt;',
  '&quot;',
  '&apos;',
  '&nbsp;',
  '&AMP;',
  '&amp',
  '&;',
  '&',
  '&#10;',
  '&#x1F600;',
  '&#X41;',
  '&#x;',
  '&#;',
  '&#0;',
  '&#1;',
  '&#x110000;',
  '&#99999999999999999999;',
  '&#0065;',
  '&#xFFFF;',
  '&#xd800;',
  '=',
  ' b=',
  ' x = ',
  ' w:val=',
  '"',
  "'",
  '>',
  '/',
  ']]>',
  '-->',
  '?>',
];
const text = fc.oneof(
  { weight: 8, arbitrary: fc.string({ unit: fc.constantFrom(...TEXT_PIECES), maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...TEXT_PIECES, '<', '\uFFFF', '\u0001', '\u000b'), maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('x', ' ', '&amp;', '=', ' y='), minLength: 2000, maxLength: 6000 }) },
);

const attribute = fc
  .tuple(space, name, space, fc.constantFrom('=', '', '=='), space, quote, text, fc.constantFrom('same', 'other', 'none'))
  .map(([before, n, s1, eq, s2, q, value, close]) => {
    const end = close === 'same' ? q : close === 'other' ? (q === '"' ? "'" : '"') : '';
    return `${before}${n}${s1}${eq}${s2}${q}${value}${end}`;
  });

/** An element, mostly well-formed, with a broken start or end now and then. */
const { element } = fc.letrec<{ node: string; element: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.constantFrom(
      '<!-- c -->',
      '<!---->',
      '<!-- a -- b -->',
      '<?pi x?>',
      '<![CDATA[ <a> & ]]>',
      '<!-- open',
      '<?open',
      '<![CDATA[ open',
      '<!DOCTYPE a>',
      '<',
      '</',
      '< a>',
    ),
    tie('element'),
  ),
  element: fc
    .tuple(
      name,
      fc.array(attribute, { maxLength: 4 }),
      space,
      fc.boolean(),
      fc.array(tie('node'), { maxLength: 4 }),
      fc.constantFrom('same', 'same', 'same', 'other', 'none', 'spaced'),
    )
    .map(([n, attributes, s, selfClosing, children, close]) => {
      const start = `<${n}${attributes.join('')}${s}`;
      if (selfClosing) return `${start}/>`;
      const end = close === 'same' ? `</${n}>` : close === 'spaced' ? `</${n} \n>` : close === 'other' ? '</zz>' : '';
      return `${start}>${children.join('')}${end}`;
    }),
}));

const prolog = fc.constantFrom(
  '',
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
  '\ufeff<?xml version="1.0"?>',
  '<?xml version="1.0"',
  '\ufeff',
  ' \n',
  'x',
);
const xml = fc
  .tuple(prolog, fc.array(element, { minLength: 1, maxLength: 3 }), fc.constantFrom('', '', '', '\n', '<!-- na -->', ' tekst', '<b/>'))
  .map(([head, roots, tail]) => `${head}${roots.join('')}${tail}`);

/** A well-formed part broken at one place: a piece cut out or put in. */
const mutated = fc
  .tuple(xml, fc.nat(), fc.nat({ max: 8 }), fc.constantFrom('', '<', '&', '>', '"', "'", '=', ' x="1"', '</a>', '<a>', '/', '<!--', ']]>'))
  .map(([whole, at, cut, insert]) => {
    const position = whole.length === 0 ? 0 : at % whole.length;
    return whole.slice(0, position) + insert + whole.slice(position + cut);
  });

/** Well-formed as docx writes it: distinct attribute names, good references, now and then a very long text. */
const goodName = fc.constantFrom('a', 'w:p', 'w:r', 'w:t', 'x:y', 'A_1', 'a.b-c');
const goodText = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.string({ unit: fc.constantFrom('a', ' ', '\n', 'é', '😀', '&amp;', '&lt;', '&#10;', '&#x1F600;', '>', '=', ' b=', '"', "'"), maxLength: 10 }),
  },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('x', ' ', '&amp;'), minLength: 2000, maxLength: 6000 }) },
);
const goodElement: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    goodText,
    fc.constantFrom('<!-- c -->', '<?pi x?>', '<![CDATA[ <a> & ]]>'),
    fc
      .tuple(goodName, fc.uniqueArray(goodName, { maxLength: 4 }), quote, goodText, fc.boolean(), fc.array(tie('node'), { maxLength: 4 }))
      .map(([n, names, q, value, selfClosing, children]) => {
        const v = value.replaceAll(q, '').replaceAll('<', '').replaceAll(' b=', ' ');
        const start = `<${n}${names.map((a) => ` ${a}=${q}${v}${q}`).join('')}`;
        return selfClosing ? `${start} />` : `${start}>${children.join('')}</${n}>`;
      }),
  ),
})).node;
const goodXml = fc
  .tuple(fc.constantFrom('', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'), goodName, fc.array(goodElement, { maxLength: 5 }))
  .map(([head, n, children]) => `${head}<${n}>${children.join('')}</${n}>\n`);

const anyXml = fc.oneof(
  goodXml,
  xml,
  mutated,
  fc.string({ unit: fc.constantFrom('<', '>', '/', 'a', ' ', '=', '"', "'", '&', ';', '!', '?', '-', '[', ']'), maxLength: 30 }),
);

describe('the charCode well-formedness check', () => {
  it('gives the same verdict and text as the regex check it replaced, for generated XML', () => {
    fc.assert(
      fc.property(anyXml, (part) => {
        expect(xmlProblem(part)).toBe(oldXmlProblem(part));
        // cleanAndAssertWellFormed checks the cleaned text's structure; its Dutch error must be the old one.
        const texts = new Map([['word/document.xml', part]]);
        let thrown: string | undefined;
        try {
          cleanAndAssertWellFormed(texts);
        } catch (error) {
          thrown = (error as Error).message;
        }
        const old = oldStructureProblem(texts.get('word/document.xml')!);
        expect(thrown).toBe(
          old === undefined ? undefined : `Het Word-document zou ongeldige XML bevatten in word/document.xml (${old}); swa schrijft het daarom niet.`,
        );
      }),
      { numRuns: 3000 * RUNS },
    );
  });

  it('finds both kinds of verdict among the generated parts', () => {
    const verdicts = fc.sample(anyXml, { numRuns: 2000, seed: 1 }).map((part) => oldXmlProblem(part));
    expect(verdicts.filter((v) => v === undefined).length).toBeGreaterThan(100);
    for (const why of [
      'dubbel attribuut',
      'ongeldig element',
      'geldige verwijzing',
      'niet open staat',
      'wordt niet afgesloten',
      'hoofdelement',
      'buiten het hoofdelement',
      'teken dat XML niet toestaat (',
    ]) {
      expect(
        verdicts.some((v) => v?.includes(why)),
        why,
      ).toBe(true);
    }
  });
});
