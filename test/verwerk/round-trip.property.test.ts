import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { checkSource } from '../../src/core/check.js';
import { renderFile } from '../../src/render/render-document.js';
import { readDocxParts } from '../../src/verwerk/docx-parts.js';
import { findOriginalRecord, type OriginalRecord } from '../../src/word/original-record.js';
import { parsePath } from '../../src/verwerk/plan.js';
import { verwerkDocument } from '../../src/verwerk/verwerk.js';
import { ROOT } from '../helpers/cli.js';
import { builtInTemplates } from '../helpers/render-in-process.js';

const FILE = 'voorbeeldstad.yaml';
const TODAY = '2026-03-20';
const yaml = readFileSync(join(ROOT, 'examples/voorbeeldstad.yaml'), 'utf8');
const bytes = new TextEncoder().encode(yaml);

let parts: Map<string, string>;
let record: OriginalRecord;
/** Tags of controls that show a text of the file as written, once in the document. */
let editable: string[];

beforeAll(async () => {
  const check = checkSource(FILE, bytes, { today: TODAY });
  const { documents } = await renderFile(check, await builtInTemplates(), { perPartner: false, generator: 'swa test' });
  parts = readDocxParts(documents[0]!.bytes);
  record = findOriginalRecord(parts)!;
  const data = parse(yaml) as unknown;
  const counts = new Map<string, number>();
  for (const control of record.controls) counts.set(control.tag, (counts.get(control.tag) ?? 0) + 1);
  editable = record.controls
    .filter((c) => !c.derived && counts.get(c.tag) === 1)
    .filter((c) => {
      const value = parsePath(c.tag).reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[String(key)], data);
      return typeof value === 'string' && value.trim() === c.text;
    })
    .map((c) => c.tag);
}, 120_000);

function escapeXml(text: string): string {
  return text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
}

/** The document with the text of the control tagged `tag` replaced, as a partner typing in Word would. */
function editControl(xml: string, tag: string, text: string): string {
  const at = xml.indexOf(`<w:tag w:val="${escapeXml(tag).replace(/"/g, '&quot;')}"/>`);
  expect(at).toBeGreaterThan(-1);
  const start = xml.indexOf('<w:sdtContent>', at) + '<w:sdtContent>'.length;
  const end = xml.indexOf('</w:sdtContent>', start);
  const runs = text
    .split('\n')
    .map((line) => `<w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`)
    .join('<w:r><w:br/></w:r>');
  const content = xml.slice(start, end);
  const paragraphProperties = /^<w:p>(<w:pPr>.*?<\/w:pPr>)?/.exec(content);
  const replaced = paragraphProperties ? `<w:p>${paragraphProperties[1] ?? ''}${runs}</w:p>` : runs;
  return xml.slice(0, start) + replaced + xml.slice(end);
}

const WORDS = [
  'afspraak',
  'het',
  'wijkteam',
  'binnen',
  '5',
  'werkdagen:',
  '#overleg',
  'Veilig',
  'Thuis’',
  '“zo”',
  "it's",
  'één',
  '&',
  '<b>',
  '- punt',
  'ja',
  '10%',
];
const newText = fc
  .array(
    fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((words) => words.join(' ')),
    { minLength: 1, maxLength: 3 },
  )
  .map((lines) => lines.join('\n'));

/** The file's text with the source of the values at `paths` cut out: what must stay byte for byte. */
function outsideValues(text: string, paths: ReadonlyArray<(string | number)[]>): string {
  const doc = parseDocument(text);
  const ranges = paths
    .map((path) => doc.getIn(path, true) as { range: [number, number, number] })
    .map((node) => node.range)
    .sort((a, b) => b[0] - a[0]);
  let rest = text;
  for (const [start, end] of ranges) rest = `${rest.slice(0, start)}⟨waarde⟩${rest.slice(end)}`;
  // A value that became a block brings its line comment into its header: the comment itself stays.
  return rest.replace(/⟨waarde⟩\n*/g, '⟨waarde⟩').replace(/[ \t]+#[^\n]*\n?/g, '');
}

describe('render → edit controls in Word → verwerk (property)', () => {
  it('the file holds exactly the edited texts and nothing else changes', () => {
    expect(editable.length).toBeGreaterThan(40);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat({ max: 10_000 }), { minLength: 1, maxLength: 4 }),
        fc.array(newText, { minLength: 4, maxLength: 4 }),
        (picks, texts) => {
          const tags = [...new Set(picks.map((p) => editable[p % editable.length]!))];
          let xml = parts.get('word/document.xml')!;
          tags.forEach((tag, i) => (xml = editControl(xml, tag, texts[i]!)));
          const edited = new Map(parts);
          edited.set('word/document.xml', xml);
          const result = verwerkDocument({
            parts: edited,
            record,
            documentFile: 'terug.docx',
            file: FILE,
            bytes,
            check: { today: TODAY },
            accepteer: false,
            sourceHash: null,
          });
          if (!result.ok) throw new Error('not ok');
          expect(result.plan.findings.filter((f) => f.rule !== 'word-verwerkt')).toEqual([]);
          const expected = parse(yaml) as Record<string, unknown>;
          const paths = tags.map(parsePath);
          paths.forEach((path, i) => {
            const parent = path.slice(0, -1).reduce<Record<string, unknown>>((node, key) => node[String(key)] as Record<string, unknown>, expected);
            parent[String(path.at(-1))] = texts[i];
          });
          expect(parse(result.edited)).toEqual(expected);
          expect(outsideValues(result.edited, paths)).toBe(outsideValues(yaml, paths));
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});
