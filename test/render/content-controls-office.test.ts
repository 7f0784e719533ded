import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSource } from '../../src/core/check.js';
import { readSourceProperties } from '../../src/render/document-seal.js';
import { renderFile } from '../../src/render/render-document.js';
import { builtInTemplates } from '../helpers/render-in-process.js';
import { controlsOf, unwrapControls, xmlText, type Control } from '../helpers/content-controls.js';

const hasOffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0 && spawnSync('pdftotext', ['-v']).status === 0;

/** The same document without any control or anchor bookmark: what it was before the controls. */
function withoutControls(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  for (const name of Object.keys(files).filter((n) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(n))) {
    const xml = unwrapControls(strFromU8(files[name]!));
    const anchors = new Set([...xml.matchAll(/<w:bookmarkStart w:name="_swa\d+" w:id="(\d+)"\/>/g)].map((m) => m[1]));
    files[name] = strToU8(
      xml
        .replace(/<w:bookmarkStart w:name="_swa\d+" w:id="\d+"\/>/g, '')
        .replace(/<w:bookmarkEnd w:id="(\d+)"\/>/g, (whole, id: string) => (anchors.has(id) ? '' : whole)),
    );
  }
  return zipSync(files);
}

/**
 * The text of each control in a document as LibreOffice writes it, by the id in its _swa<id>
 * bookmark: LibreOffice 7.4 drops the tag, and may shrink the bookmark to a point inside the control.
 */
function anchoredTexts(xml: string): Map<number, string> {
  const texts = new Map<number, string>();
  for (const sdt of xml.matchAll(/<w:sdt>.*?<w:sdtContent>(.*?)<\/w:sdtContent><\/w:sdt>/gs)) {
    for (const anchor of sdt[1]!.matchAll(/<w:bookmarkStart [^>]*w:name="_swa(\d+)"/g)) texts.set(Number(anchor[1]), xmlText(sdt[1]!));
  }
  return texts;
}

/** A round trip through LibreOffice: the controls change nothing a reader sees, and survive a save. */
describe.skipIf(!hasOffice)('content controls in LibreOffice (soffice → PDF → pdftotext, soffice → .docx)', () => {
  const out = mkdtempSync(join(tmpdir(), 'swa-sdt-office-'));
  let controls: Control[];
  beforeAll(async () => {
    const file = 'examples/voorbeeldstad.yaml';
    const check = checkSource(file, readFileSync(file), { today: '2026-11-23' });
    const { documents } = await renderFile(check, await builtInTemplates(), { perPartner: false, generator: 'swa test' });
    const bytes = documents[0]!.bytes;
    controls = controlsOf(bytes);
    writeFileSync(join(out, 'met.docx'), bytes);
    writeFileSync(join(out, 'zonder.docx'), withoutControls(bytes));
    const profile = `-env:UserInstallation=file://${join(out, 'profiel')}`;
    const pdf = spawnSync('soffice', ['--headless', profile, '--convert-to', 'pdf', '--outdir', out, join(out, 'met.docx'), join(out, 'zonder.docx')], {
      encoding: 'utf8',
      timeout: 170_000,
    });
    expect(pdf.status, pdf.stderr).toBe(0);
    const saved = spawnSync(
      'soffice',
      ['--headless', profile, '--convert-to', 'docx:MS Word 2007 XML', '--outdir', join(out, 'opgeslagen'), join(out, 'met.docx')],
      { encoding: 'utf8', timeout: 170_000 },
    );
    expect(saved.status, saved.stderr).toBe(0);
  }, 360_000);

  const pdfText = (name: string): string => spawnSync('pdftotext', [join(out, `${name}.pdf`), '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');

  it('prints the same text with the controls as without them, on as many pages', () => {
    expect(controls.length).toBeGreaterThan(100);
    const met = pdfText('met');
    expect(met).toContain('Samenwerkingsafspraken Werken aan veiligheid Voorbeeldstad 2025–2027');
    expect(met).toBe(pdfText('zonder'));
    const pages = (name: string): string | undefined =>
      /Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [join(out, `${name}.pdf`)], { encoding: 'utf8' }).stdout)?.[1];
    expect(pages('met')).toBe(pages('zonder'));
  });

  it('keeps every control with its text and its bookmark, the list of controls and the source properties when it saves the document', () => {
    const files = unzipSync(readFileSync(join(out, 'opgeslagen', 'met.docx')));
    const original = unzipSync(readFileSync(join(out, 'met.docx')));
    const anchored = new Map<number, string>();
    for (const name of Object.keys(files).filter((n) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(n)))
      for (const [id, text] of anchoredTexts(strFromU8(files[name]!))) anchored.set(id, text);
    // Header controls repeat on every page; LibreOffice may write one header where docx wrote two.
    for (const control of controls.filter((c) => c.part === 'word/document.xml'))
      expect(anchored.get(control.id), `${control.id} ${control.tag}`).toBe(control.text);
    // LibreOffice writes the part again in its own layout; the list is the same.
    const rows = (xml: string): string[] => xml.match(/<swa:besturingselement [^>]*\/>/g) ?? [];
    expect(rows(strFromU8(files['customXml/item1.xml']!))).toEqual(rows(strFromU8(original['customXml/item1.xml']!)));
    expect(rows(strFromU8(files['customXml/item1.xml']!))).toHaveLength(controls.length);
    expect(readSourceProperties(strFromU8(files['docProps/custom.xml']!))).toEqual(readSourceProperties(strFromU8(original['docProps/custom.xml']!)));
  });
});
