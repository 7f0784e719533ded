import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSource, type FileCheck } from '../../src/core/check.js';
import { dataHash, fromBase, readSourceProperties, sourcePath } from '../../src/render/document-seal.js';
import { renderFile, type RenderResult } from '../../src/render/render-document.js';
import { withContentControls } from '../../src/render/content-controls.js';
import { builtInTemplates } from '../helpers/render-in-process.js';
import { controlsOf, decodeXml, shownForms, textParts, valueAt, withoutControls, xmlText, type Control } from '../helpers/content-controls.js';

const EXAMPLE = 'examples/voorbeeldstad.yaml';
const REGIO_GEMEENTE = 'examples/regio-voorbeeld/gemeenten/waterstad.yaml';

function checkFile(file: string): FileCheck {
  return checkSource(file, readFileSync(file), { today: '2026-11-23', readFile: (path: string) => readFileSync(path), rootLevelsUp: 1 });
}

async function render(check: FileCheck): Promise<RenderResult> {
  return renderFile(check, await builtInTemplates(), { perPartner: true, generator: 'swa 9.9.9', cwd: process.cwd() });
}

/**
 * Keys whose value the built-in templates never show as text: ids, the schema version, the status
 * word, the CBS and regio codes, who uses an instrument (a ja/nee cell per organisation).
 */
const NOT_SHOWN = new Set(['schema_versie', 'id', 'status', 'extends', 'basis', 'eigen_document', 'cbs_code', 'code']);
/** References, shown as names in one control tagged with their list; instrument users, shown as ja/nee. */
const REFERENCE_LISTS = /\.(verantwoordelijk|van|naar|gebruikt_door)\.\d+$/;

/** Every text leaf of the data with its dotted path. */
function leaves(value: unknown, path: string[] = []): Array<{ path: string; key: string; value: string }> {
  if (typeof value === 'string') return [{ path: path.join('.'), key: path.at(-1) ?? '', value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, [...path, String(index)]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]));
  return [];
}

/** The controls hold the file's values at their tags: the value itself, or (plain-text controls) something made from it. */
function expectFaithful(controls: Control[], data: unknown): void {
  for (const control of controls) {
    const value = valueAt(data, control.tag);
    expect(value, `${control.tag} bestaat in de gegevens`).not.toBeUndefined();
    if (control.derived) continue;
    expect(typeof value, control.tag).toBe('string');
    expect(shownForms(value as string), `${control.tag} (${control.alias})`).toContain(control.text);
  }
}

describe('content controls in the documents of the example', () => {
  let check: FileCheck;
  let result: RenderResult;
  let integral: Control[];
  beforeAll(async () => {
    check = checkFile(EXAMPLE);
    result = await render(check);
    integral = controlsOf(result.documents[0]!.bytes);
  });

  it('put every text value of the file that the document shows in a control tagged with its path', () => {
    const tags = new Set(integral.map((c) => c.tag));
    const missing = leaves(check.data)
      .filter((leaf) => !NOT_SHOWN.has(leaf.key) && !REFERENCE_LISTS.test(leaf.path) && leaf.path !== 'informatiedeling.pia.status')
      .filter((leaf) => !tags.has(leaf.path))
      .map((leaf) => leaf.path);
    expect(missing).toEqual([]);
    // A list of partner references is shown as names, in one control tagged with the list.
    expect(integral.find((c) => c.tag === 'afspraken.c_taakverdeling.veiligheidsplannen.verantwoordelijk')).toMatchObject({ derived: true });
  });

  it('hold exactly the value at their tag, in the integral and in every partner document (original paths, not re-indexed)', () => {
    for (const document of result.documents) expectFaithful(controlsOf(document.bytes), check.data);
    const wss = result.documents.find((d) => d.partner === 'gi.wss')!;
    const tags = controlsOf(wss.bytes).map((c) => c.tag);
    // The GI's document leaves out the other GI's agreements, but keeps the indices of the file.
    expect(tags).toContain('partners.gi.1.naam');
    expect(tags).not.toContain('partners.gi.0.naam');
  });

  it("leave the document's own text outside: headings, leidraad quotations, labels, placeholders", () => {
    const xml = textParts(result.documents[0]!.bytes)['word/document.xml']!;
    for (const paragraph of xml.match(/<w:p>(?:(?!<\/w:p>).)*<\/w:p>/gs) ?? []) {
      if (paragraph.includes('<w:pStyle w:val="leidraad"/>')) expect(paragraph, xmlText(paragraph)).not.toContain('<w:sdt>');
      // A heading may name a value (an information flow by its moment); its number stays outside.
      if (/<w:pStyle w:val="Heading[12]"\/>/.test(paragraph) && paragraph.includes('<w:sdt>'))
        expect(xmlText(paragraph.slice(0, paragraph.indexOf('<w:sdt>')))).toMatch(/^\d+(\.\d+)?\s$/);
    }
    // The table of contents repeats the headings, values among them; Word rebuilds it (a field), so it is not the document's text.
    const outside = xmlText(withoutControls(xml).replace(/<w:sdt><w:sdtPr><w:alias w:val="Inhoudsopgave"\/>.*?<\/w:sdt>/s, ''));
    for (const fixed of ['Verantwoordelijk:', 'Termijn:', 'Opdrachtgever', 'Partijen en contactpersonen']) expect(outside).toContain(fixed);
    for (const control of integral) for (const fixed of ['Verantwoordelijk:', 'Termijn:', 'Opdrachtgever']) expect(control.text).not.toContain(fixed);
    // What the file says, long enough not to be a common word, is not also outside the controls.
    for (const leaf of leaves(check.data).filter((l) => l.value.length >= 25 && !NOT_SHOWN.has(l.key))) {
      expect(outside, leaf.path).not.toContain(shownForms(leaf.value)[0]!.split('\n')[0]);
    }
  });

  it('are numbered 1, 2, … across body, header and footer, and have a readable Dutch title', () => {
    expect(integral.map((c) => c.id).sort((a, b) => a - b)).toEqual(integral.map((_, i) => i + 1));
    const byTag = new Map(integral.map((c) => [c.tag, c]));
    expect(byTag.get('partners.gi.0.naam')?.alias).toBe('GI 1 – naam');
    expect(byTag.get('gemeente.contactpersoon.email')?.alias).toBe('Gemeente – contactpersoon – e-mail');
    for (const control of integral.filter((c) => /^afspraken\.[a-gj]_/.test(c.tag) && c.tag.endsWith('.afspraak'))) {
      expect(control.alias).toMatch(/^[a-j](\.[iv]+)?\.\d+ [A-Z]/);
    }
    expect(integral.some((c) => c.part.startsWith('word/header'))).toBe(true);
  });

  it('wrap a value that is a whole paragraph as a block, and a value within a sentence as runs', () => {
    const agreement = integral.find((c) => c.tag.endsWith('.afspraak'))!;
    expect(agreement.block).toBe(false); // after its number and a tab
    const contact = integral.find((c) => c.tag === 'partners.veilig_thuis.contactpersoon.naam')!;
    expect(contact.block).toBe(true); // a table cell's paragraph of its own
    const xml = textParts(result.documents[0]!.bytes)['word/document.xml']!;
    // Block-level: the control holds whole paragraphs; run-level: it sits inside a paragraph.
    expect(xml).toMatch(/<w:sdt><w:sdtPr><w:alias w:val="Veilig Thuis – contactpersoon – naam"\/>.*?<w:sdtContent><w:p>/s);
    expect(xml).toMatch(/<w:tab\/><\/w:r><w:sdt><w:sdtPr><w:alias w:val="[a-j]/);
  });

  it('list every control by id with its path and title in customXml/item1.xml, and mark it with a hidden bookmark _swa<id>', () => {
    const files = unzipSync(result.documents[0]!.bytes);
    const list = strFromU8(files['customXml/item1.xml']!);
    const listed = [...list.matchAll(/<swa:besturingselement id="(\d+)" pad="([^"]*)" label="([^"]*)"/g)].map((m) => ({
      id: Number(m[1]),
      tag: m[2],
      alias: decodeXml(m[3]!),
    }));
    expect(listed).toEqual([...integral].sort((a, b) => a.id - b.id).map((c) => ({ id: c.id, tag: c.tag, alias: c.alias })));
    expect(strFromU8(files['word/_rels/document.xml.rels']!)).toContain('Target="../customXml/item1.xml"');
    expect(strFromU8(files['[Content_Types].xml']!)).toContain('/customXml/itemProps1.xml');
    const parts = textParts(result.documents[0]!.bytes);
    for (const control of integral)
      expect(parts[control.part]).toMatch(new RegExp(`<w:sdtContent>(?:<w:p>(?:<w:pPr>.*?</w:pPr>)?)?<w:bookmarkStart w:name="_swa${control.id}" `));
  });

  it('store the swa version, the source file and a hash of the data in the custom properties', () => {
    const custom = strFromU8(unzipSync(result.documents[0]!.bytes)['docProps/custom.xml']!);
    expect(readSourceProperties(custom)).toEqual({ versie: '9.9.9', bron: EXAMPLE, bronSha256: dataHash(check.data), basis: [] });
    expect(custom).not.toContain(process.cwd());
    for (const document of result.documents) expect(strFromU8(unzipSync(document.bytes)['docProps/custom.xml']!)).toContain(dataHash(check.data));
  });
});

describe('the source properties', () => {
  it('name the file relative to the working directory with forward slashes, never as an absolute path', () => {
    expect(sourcePath('examples/voorbeeldstad.yaml', '/werk')).toBe('examples/voorbeeldstad.yaml');
    expect(sourcePath('./examples//voorbeeldstad.yaml', '/werk')).toBe('examples/voorbeeldstad.yaml');
    expect(sourcePath('/werk/regio/a.yaml', '/werk')).toBe('regio/a.yaml');
    expect(sourcePath('/elders/a.yaml', '/werk')).toBe('../elders/a.yaml');
    expect(sourcePath('regio\\a.yaml', '/werk')).toBe('regio/a.yaml');
  });

  it('hash the agreements, not the file: comments and key order do not change it, a changed value does', () => {
    const base = parse(readFileSync(EXAMPLE, 'utf8')) as Record<string, unknown>;
    const reordered = Object.fromEntries(Object.entries(base).reverse());
    expect(dataHash(reordered)).toBe(dataHash(base));
    expect(dataHash({ ...base, regio: { naam: 'Anders', code: 'WZ' } })).not.toBe(dataHash(base));
  });
});

describe('a gemeente file built on a base file (extends)', () => {
  it("keeps the gemeente file's paths, and lists what came from the base in swa-basis", async () => {
    const check = checkFile(REGIO_GEMEENTE);
    const own = parse(readFileSync(REGIO_GEMEENTE, 'utf8')) as unknown;
    const result = await render(check);
    for (const document of result.documents) {
      const custom = strFromU8(unzipSync(document.bytes)['docProps/custom.xml']!);
      const source = readSourceProperties(custom)!;
      expect(source.basis.length).toBeGreaterThan(0);
      for (const value of custom.matchAll(/<vt:lpwstr>([^<]*)<\/vt:lpwstr>/g)) expect(value[1]!.length).toBeLessThanOrEqual(255);
      const controls = controlsOf(document.bytes);
      expectFaithful(controls, check.data);
      // A value is the base's exactly when the gemeente file does not write it itself.
      for (const control of controls) expect(fromBase(control.tag, source.basis), control.tag).toBe(valueAt(own, control.tag) === undefined);
      expect(controls.some((c) => fromBase(c.tag, source.basis))).toBe(true);
      expect(controls.some((c) => !fromBase(c.tag, source.basis))).toBe(true);
    }
  });
});

describe('withContentControls', () => {
  const mark = { pad: 'a.b', label: 'A & B', afgeleid: false };
  it('turns a marker pair inside a paragraph into a run-level control, and a whole-paragraph pair into a block-level one', () => {
    const xml =
      '<w:p><w:r><w:t>x</w:t></w:r><w:bookmarkStart w:name="_swaR0" w:id="7"/><w:r><w:t>v</w:t></w:r><w:bookmarkEnd w:id="7"/></w:p><w:p><w:pPr><w:pStyle w:val="s"/></w:pPr><w:bookmarkStart w:name="_swaP1" w:id="8"/><w:r><w:t>w</w:t></w:r><w:bookmarkEnd w:id="8"/></w:p>';
    // Each control keeps a hidden bookmark _swa<id> around its content, which LibreOffice keeps when it drops the tag.
    expect(withContentControls(xml, [mark, { ...mark, afgeleid: true }])).toBe(
      '<w:p><w:r><w:t>x</w:t></w:r><w:sdt><w:sdtPr><w:alias w:val="A &amp; B"/><w:tag w:val="a.b"/><w:id w:val="1"/></w:sdtPr><w:sdtContent><w:bookmarkStart w:name="_swa1" w:id="7"/><w:r><w:t>v</w:t></w:r><w:bookmarkEnd w:id="7"/></w:sdtContent></w:sdt></w:p>' +
        '<w:sdt><w:sdtPr><w:alias w:val="A &amp; B"/><w:tag w:val="a.b"/><w:id w:val="2"/><w:text/></w:sdtPr><w:sdtContent><w:p><w:pPr><w:pStyle w:val="s"/></w:pPr><w:bookmarkStart w:name="_swa2" w:id="8"/><w:r><w:t>w</w:t></w:r><w:bookmarkEnd w:id="8"/></w:p></w:sdtContent></w:sdt>',
    );
  });

  it('leaves other bookmarks alone', () => {
    const xml = '<w:p><w:bookmarkStart w:name="_Toc1" w:id="1"/><w:r><w:t>kop</w:t></w:r><w:bookmarkEnd w:id="1"/></w:p>';
    expect(withContentControls(xml, [mark])).toBe(xml);
  });
});
