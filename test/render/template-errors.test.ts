import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSource, type FileCheck } from '../../src/core/check.js';
import { loadTemplates } from '../../src/render/load-templates.js';
import { renderFile } from '../../src/render/render-document.js';
import { swa } from '../helpers/cli.js';
import { compileTemplates, TemplateError, type TemplateSource } from '../../src/render/template-set.js';

const EXAMPLE = 'examples/voorbeeldstad.yaml';
const ORIGIN = 'mijn-sjablonen/inleiding.hbs';
let builtIn: TemplateSource[];
let check: FileCheck;

beforeAll(async () => {
  builtIn = await loadTemplates(null);
  check = checkSource(EXAMPLE, readFileSync(EXAMPLE), { today: '2026-06-01' });
});

/** Renders the example with inleiding.hbs replaced by `text`; returns the TemplateError, or null when it rendered. */
async function renderWith(text: string, name = 'inleiding'): Promise<TemplateError | null> {
  const sources = builtIn.map((s) => (s.name === name ? { ...s, origin: `mijn-sjablonen/${name}.hbs`, text } : s));
  try {
    const templates = compileTemplates(sources);
    await renderFile(check, templates, { perPartner: false, generator: 'swa test' });
    return null;
  } catch (error) {
    if (error instanceof TemplateError) return error;
    throw error;
  }
}

/** Words of Handlebars' own (English) errors that must never reach a user. */
const ENGLISH =
  /Parse error|Lexical error|Expecting|could not be found|not defined in|doesn't match|knownHelpersOnly|Cannot read|is not a function|Missing helper|Missing decorator|requires exactly|Must pass|\[object Object\]|undefined|Unrecognized|unknown helper|Error:/;

const CASES: Array<[description: string, template: string, line: number, column: number | null, message: RegExp]> = [
  ['block closed with another name', '<p>x</p>\n{{#if gemeente.naam}}\n{{/each}}', 2, 4, /\{\{#if\}\} wordt afgesloten met \{\{\/each\}\}/],
  ['block never closed', '<p>x</p>\n{{#if gemeente.naam}}<p>y</p>', 2, null, /houdt hier op terwijl er nog iets open staat/],
  ['unclosed mustache', '<p>{{gemeente.naam</p>', 1, null, /de sjabloontekst klopt hier niet/],
  ['triple open, double close', '<p>{{{gemeente.naam}}</p>', 1, null, /de sjabloontekst klopt hier niet/],
  ['empty mustache', '\n\n<p>{{}}</p>', 3, null, /een \{\{ \}\} is leeg of onvolledig/],
  ['second else', '{{#if gemeente.naam}}a{{else}}b{{else}}c{{/if}}', 1, null, /\{\{else\}\} staat op een plek waar het niet kan/],
  ['close without open', '<p>a</p>{{/if}}', 1, null, /een \{\{\/…\}\} sluit een blok af dat hier niet open staat/],
  ['lexical error: unclosed comment', '<p>a</p>\n{{!-- nooit dicht', 2, null, /tekst die de sjabloontaal niet kan lezen/],
  ['NUL inside a tag', '<p>{{\u0000}}</p>', 1, 6, /het veld "\\u\{0\}" bestaat hier niet/],
  ['unknown field', '<p>a</p>\n<p>{{gemeente.nam}}</p>', 2, 6, /het veld "nam" bestaat hier niet/],
  ['unknown helper', '<p>{{hoofdletters gemeente.naam}}</p>', 1, 4, /onbekende helper "hoofdletters"\. Beschikbaar zijn: if, unless, each, with en waarde/],
  ['log is not a helper', '<p>{{log "geheim"}}</p>', 1, 4, /onbekende helper "log"/],
  ['lookup is not a helper', '<p>{{lookup gemeente "naam"}}</p>', 1, 4, /onbekende helper "lookup"/],
  ['lookup in a subexpression', '<p>{{waarde (lookup gemeente "naam")}}</p>', 1, 13, /onbekende helper "lookup"/],
  ['helperMissing called directly', '<p>{{helperMissing "x" 1}}</p>', 1, 4, /onbekende helper "helperMissing"/],
  ['blockHelperMissing as a block', '{{#blockHelperMissing gemeente}}x{{/blockHelperMissing}}', 1, 1, /onbekende helper "blockHelperMissing"/],
  [
    'mustache section (implicit blockHelperMissing)',
    '{{#gemeente}}{{naam}}{{/gemeente}}',
    1,
    1,
    /\{\{#gemeente\}\} is geen helper\. Gebruik \{\{#if gemeente\}\}/,
  ],
  ['inverse section', '{{^gemeente}}x{{/gemeente}}', 1, 1, /\{\{#gemeente\}\} is geen helper/],
  ['if without a field', '<p>a</p>\n{{#if}}x{{/if}}', 2, 1, /\{\{#if\}\} verwacht precies één veld/],
  ['each without a field', '{{#each}}x{{/each}}', 1, 1, /\{\{#each\}\} verwacht precies één veld/],
  ['with two fields', '{{#with gemeente regio}}x{{/with}}', 1, 1, /\{\{#with\}\} verwacht precies één veld/],
  ['if with an option', '{{#if gemeente.naam includeZero=true}}x{{/if}}', 1, 1, /kent geen opties met "="/],
  ['inline if', '<p>{{if gemeente.naam "a"}}</p>', 1, 4, /\{\{if\}\} werkt alleen als blok/],
  ['waarde without a field', '<p>{{waarde}}</p>', 1, 4, /\{\{waarde\}\} verwacht één veld/],
  ['waarde with three', '<p>{{waarde a "b" "c"}}</p>', 1, 4, /\{\{waarde\}\} verwacht één veld/],
  ['waarde as a block', '{{#waarde gemeente.naam}}x{{/waarde}}', 1, 1, /\{\{waarde\}\} is geen blok/],
  ['missing partial', '<p>a</p>\n{{> bestaatniet}}', 2, 1, /het deelsjabloon "bestaatniet" bestaat niet/],
  ['dynamic partial', '{{> (gemeente)}}', 1, 1, /de naam van een deelsjabloon moet er letterlijk staan/],
  ['partial block', '{{#> titelpagina}}x{{/titelpagina}}', 1, 1, /\{\{#> …\}\}/],
  ['inline partial (decorator)', '{{#*inline "x"}}y{{/inline}}', 1, 1, /decorators en inline-deelsjablonen/],
  // The parser refuses this one itself, with no position (the property's seed 2123894927 in CI).
  ['inline partial with an else', '<p>a</p>\n  {{#*inline "a"}}{{^}}{{/inline}}', 2, 3, /decorators en inline-deelsjablonen/],
  ['decorator', '{{* iets}}', 1, 1, /decorators/],
  ['a partial including itself', '<p>a</p>\n{{> inleiding}}', 2, 1, /voegt een sjabloon in dat zichzelf weer invoegt \(inleiding → inleiding\)/],
  ['prototype member', '<p>{{gemeente.constructor}}</p>', 1, 6, /het veld "constructor" bestaat niet/],
  ['a field named like a JavaScript member, by string', '<p>{{"toString"}}</p>', 1, 6, /het veld "toString" bestaat niet/],
  ['proto through this', '<p>{{this.__proto__}}</p>', 1, 6, /het veld "__proto__" bestaat niet/],
  ['data variable that does not exist', '<p>{{@geheim}}</p>', 1, 6, /het veld "geheim" bestaat hier niet/],
  ['too far up', '<p>{{../../../x}}</p>', 1, 6, /het veld "x" bestaat hier niet/],
  ['markup not closed', '<p>a\n<p>b</p>', 1, null, /<p>|wordt niet afgesloten/],
];

describe('template errors: one Dutch message with file and line', () => {
  it.each(CASES)('%s', async (_description, template, line, column, message) => {
    const error = await renderWith(template);
    expect(error, 'the template should have been refused').not.toBeNull();
    expect(error!.origin).toBe(ORIGIN);
    expect(error!.line).toBe(line);
    if (column !== null) expect(error!.column).toBe(column);
    expect(error!.message).toMatch(message);
    expect(error!.message.startsWith(`${ORIGIN}:${line}:`)).toBe(true);
    expect(error!.message).not.toMatch(ENGLISH);
    expect(error!.message).not.toContain('\n');
  });

  it('the built-in templates still render, and a documented template works', async () => {
    expect(await renderWith(builtIn.find((s) => s.name === 'inleiding')!.text)).toBeNull();
    const documented =
      '<p>{{#if gemeente.naam}}{{gemeente.naam}}{{else}}-{{/if}}{{#unless regio.naam}}x{{/unless}}</p>\n{{#with gemeente}}<p>{{naam}} {{@root.regio.naam}}</p>{{/with}}\n<ul>{{#each partners}}<li>{{@index}} {{waarde naam "onbekend"}} {{waarde (waarde naam)}}</li>{{/each}}</ul>';
    expect(await renderWith(documented)).toBeNull();
  });

  it('{{log}} never writes to swa’s output, also not through a denied prototype lookup', async () => {
    const writes: string[] = [];
    const original = { log: console.log, error: console.error, warn: console.warn, info: console.info, debug: console.debug };
    for (const key of Object.keys(original) as Array<keyof typeof original>) console[key] = (...args: unknown[]) => void writes.push(args.join(' '));
    try {
      await renderWith('<p>{{log "geheim"}}</p>');
      await renderWith('{{#each partners}}<p>{{naam.toString}}</p>{{/each}}');
      await renderWith('<p>{{gemeente.naam.toHTML}}</p>');
    } finally {
      Object.assign(console, original);
    }
    expect(writes).toEqual([]);
  });
});

/** Pieces templates are made of, and the ways they go wrong. */
const FRAGMENT = fc.oneof(
  fc.constantFrom(
    '{{',
    '}}',
    '{{{',
    '}}}',
    '{{#if ',
    '{{#if gemeente.naam}}',
    '{{/if}}',
    '{{#each partners}}',
    '{{/each}}',
    '{{#unless ',
    '{{/unless}}',
    '{{#with gemeente}}',
    '{{/with}}',
    '{{else}}',
    '{{^}}',
  ),
  fc.constantFrom(
    '{{log "x"}}',
    '{{lookup . "naam"}}',
    '{{helperMissing}}',
    '{{blockHelperMissing}}',
    '{{#*inline "a"}}',
    '{{/inline}}',
    '{{> inleiding}}',
    '{{> titelpagina}}',
    '{{> (x)}}',
    '{{> [object Object]}}',
    '{{#> partijen}}',
    '{{* d}}',
  ),
  fc.constantFrom(
    '{{waarde ',
    '{{waarde gemeente.naam}}',
    '{{gemeente.naam}}',
    '{{naam}}',
    '{{../naam}}',
    '{{@root.gemeente.naam}}',
    '{{@index}}',
    '{{this}}',
    '{{.}}',
    '{{!-- ',
    ' --}}',
    '{{! x }}',
    '(',
    ')',
    '"',
    '=',
    '~',
    '&',
    '|',
    '@',
    '/',
    '.',
    '#',
    '>',
    '^',
    '*',
  ),
  fc.constantFrom('<p>', '</p>', '<b>', '</b>', '<ul><li>', '</li></ul>', '<table><tr><td>', '</td></tr></table>', '<br/>', '\n', ' ', 'tekst'),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
  fc.string({ unit: 'binary', maxLength: 3 }),
);

describe('property: any template text renders or gives one Dutch message with file and line', () => {
  it('never an English Handlebars message, a stack trace or an error without a place', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(FRAGMENT, { maxLength: 24 }), async (fragments) => {
        const error = await renderWith(fragments.join(''));
        if (error === null) return;
        // A markup error (an unclosed <p>) can be noticed in the output of the next template.
        expect(error.origin).toMatch(/\.hbs$/);
        expect(error.line).toBeGreaterThanOrEqual(1);
        expect(error.message.startsWith(`${error.origin}:${error.line}`)).toBe(true);
        expect(error.message).toMatch(/^[^:]+\.hbs:\d+(:\d+)?: \S/);
        // Bij: "…" quotes the template's own text, which may say anything.
        expect(error.message.replace(/ Bij: ".*"\.$/, '')).not.toMatch(ENGLISH);
        expect(error.message).not.toContain('\n');
      }),
      { numRuns: 200 },
    );
  }, 180_000);
});

describe('swa render --templates with a forbidden helper (the built CLI)', () => {
  it.each([
    ['{{log "GEHEIM"}}', 'inleiding.hbs:2:1', /onbekende helper "log"/],
    ['{{#*inline "x"}}GEHEIM{{/inline}}', 'inleiding.hbs:2:1', /decorators en inline-deelsjablonen/],
    ['{{> inleiding}}', 'inleiding.hbs:2:1', /zichzelf weer invoegt/],
  ])('%s: exit 2, one Dutch line naming file:line:column, nothing else printed or written', (tag, where, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'swa-sjabloon-'));
    writeFileSync(join(dir, 'inleiding.hbs'), `<h1>Inleiding</h1>\n${tag}\n`);
    const out = join(dir, 'uit');
    const result = swa(['render', EXAMPLE, '--templates', dir, '--out', out, '--datum', '2026-06-01']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(join(dir, where));
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toContain('GEHEIM');
    expect(result.stderr).not.toMatch(ENGLISH);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(dir)).toEqual(['inleiding.hbs']);
  });
});
