/**
 * swa verschil on the example: accepting every tracked change gives the new version's document,
 * rejecting every one the old version's; the overview lists exactly what changed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/core/check.js';
import { readSeal } from '../../src/render/document-seal.js';
import { verschilDocuments } from '../../src/verschil/verschil-documents.js';
import { builtInTemplates } from '../helpers/render-in-process.js';
import { renderFile } from '../../src/render/render-document.js';
import { acceptAll, hasRevisions, paragraphTexts, part, rejectAll } from './track-changes.js';
import { nextVersion } from './example-versions.js';

const TODAY = '2026-06-01';
const OLD = readFileSync(new URL('../../examples/voorbeeldstad.yaml', import.meta.url), 'utf8');

const check = (text: string, file: string) => checkSource(file, new TextEncoder().encode(text), { today: TODAY });

/** The paragraphs of a redline with the overview (from its title to the table of contents) left out. */
function withoutOverview(texts: string[]): string[] {
  const start = texts.findIndex((t) => t.startsWith('Wijzigingen ten opzichte van versie'));
  const end = texts.indexOf('Inhoud');
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  return [...texts.slice(0, start), ...texts.slice(end)];
}

describe('swa verschil on the example', async () => {
  const templates = await builtInTemplates();
  const oldCheck = check(OLD, 'voorbeeldstad.yaml');
  const newCheck = check(nextVersion(OLD), 'voorbeeldstad.yaml');
  const options = { perPartner: true, generator: 'swa test', author: 'Ilse de Groot', date: null, oldName: 'vorige' };
  const result = await verschilDocuments(oldCheck, newCheck, templates, options);
  const plain = {
    old: (await renderFile(oldCheck, templates, { perPartner: true, generator: 'swa test' })).documents,
    new: (await renderFile(newCheck, templates, { perPartner: true, generator: 'swa test' })).documents,
  };

  it('makes one redline per document, named after the document', () => {
    expect(result.documents.map((d) => d.fileName)).toEqual(plain.new.map((d) => d.fileName.replace('.docx', '-wijzigingen.docx')));
  });

  it('accept all gives the new version, reject all the old one, in every part with text', () => {
    for (const [index, redline] of result.documents.entries()) {
      for (const name of ['word/document.xml', 'word/header1.xml', 'word/footer1.xml']) {
        const xml = part(redline.bytes, name);
        const accepted = paragraphTexts(acceptAll(xml));
        const rejected = paragraphTexts(rejectAll(xml));
        const expectedNew = paragraphTexts(part(plain.new[index]!.bytes, name));
        const expectedOld = paragraphTexts(part(plain.old[index]!.bytes, name));
        if (name === 'word/document.xml') {
          expect(withoutOverview(accepted)).toEqual(expectedNew);
          expect(withoutOverview(rejected)).toEqual(expectedOld);
        } else {
          expect(accepted).toEqual(expectedNew);
          expect(rejected).toEqual(expectedOld);
        }
      }
    }
  });

  it('marks the changed words, not whole paragraphs, and dates them with the new version', () => {
    const xml = part(result.documents[0]!.bytes);
    expect(hasRevisions(xml)).toBe(true);
    const reworded =
      /<w:del w:id="\d+" w:author="Ilse de Groot" w:date="2026-11-20T00:00:00Z"><w:r><w:delText xml:space="preserve">twee weken ?<\/w:delText><\/w:r><\/w:del><w:ins [^>]*><w:r><w:t xml:space="preserve">week ?<\/w:t>/;
    expect(reworded.test(xml), 'twee weken → week as one deletion and one insertion').toBe(true);
    const ids = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("lists in a partner's overview only the changes to agreements in that partner's document", () => {
    const overview = (partner: string): string => {
      const texts = paragraphTexts(part(result.documents.find((d) => d.partner === partner)!.bytes));
      return texts
        .slice(
          texts.findIndex((t) => t.startsWith('Wijzigingen ten opzichte')),
          texts.indexOf('Inhoud'),
        )
        .join('\n');
    };
    // c.4 of the old version named the Raad alone: it is in the Raad's document, not in Veilig Thuis's.
    expect(overview('rvdk')).toContain('De RvdK start een onderzoek');
    expect(overview('veilig_thuis')).not.toContain('De RvdK start een onderzoek');
    // The new c.3 names the gemeente: it concerns every partner.
    for (const partner of ['rvdk', 'veilig_thuis']) expect(overview(partner)).toContain('De gemeente bespreekt de wachtlijsten');
  });

  it("keeps the new document's content controls, each once and in order, with the changed words inside them", () => {
    const tags = (xml: string): string[] => [...xml.matchAll(/<w:tag w:val="([^"]*)"\/>/g)].map((m) => m[1]!);
    for (const [index, redline] of result.documents.entries()) {
      const expected = tags(part(plain.new[index]!.bytes));
      expect(expected.length).toBeGreaterThan(10);
      expect(tags(part(redline.bytes))).toEqual(expected);
    }
    const xml = part(result.documents[0]!.bytes);
    const control = /<w:tag w:val="afspraken\.c_taakverdeling\.wachtlijsten\.1\.afspraak"\/>[\s\S]*?<\/w:sdt>/.exec(xml)?.[0] ?? '';
    expect(control).toContain('<w:delText xml:space="preserve">twee weken');
    expect(control).toContain('<w:t xml:space="preserve">week');
  });

  it('opens with the overview, titled with the old version', () => {
    const texts = paragraphTexts(part(result.documents[0]!.bytes));
    expect(texts).toContain('Wijzigingen ten opzichte van versie 1.1');
    expect(
      result.changes
        .filter((c) => c.onderdeel === 'c')
        .map((c) => `${c.kind} ${c.label} ${c.path}`)
        .sort(),
    ).toEqual([
      'gewijzigd c.4 afspraken.c_taakverdeling.wachtlijsten.1',
      'nieuw c.3 afspraken.c_taakverdeling.wachtlijsten.0',
      'vervallen c.4 afspraken.c_taakverdeling.wachtlijsten.1',
    ]);
    expect(result.changes.filter((c) => c.onderdeel !== 'c').map((c) => `${c.kind} ${c.path}`)).toEqual([
      'gewijzigd gemeente.contactpersoon',
      'gewijzigd document.versie',
      'gewijzigd document.datum',
    ]);
  });

  it('is sealed as a document of swa, marked as a redline, and byte-identical for the same input', async () => {
    for (const document of result.documents) {
      expect(readSeal(document.bytes)).toEqual({ kind: document.partner === null ? 'integraal' : `partner:${document.partner}`, intact: true, redline: true });
      expect(part(document.bytes, 'docProps/custom.xml')).toMatch(/name="swa-verschil"><vt:lpwstr>1\.1<\/vt:lpwstr>/);
    }
    const again = await verschilDocuments(oldCheck, newCheck, templates, options);
    for (const [index, document] of again.documents.entries())
      expect(Buffer.from(document.bytes).equals(Buffer.from(result.documents[index]!.bytes))).toBe(true);
  });
});

describe('swa verschil when a partner joins', async () => {
  const templates = await builtInTemplates();
  const joined = OLD.replace('  gi:\n    - id: jbrv\n', '  gi:\n    - id: nieuw\n      naam: Jeugdbescherming Nieuw\n    - id: jbrv\n');
  const oldCheck = check(OLD, 'voorbeeldstad.yaml');
  const newCheck = check(joined, 'voorbeeldstad.yaml');
  const result = await verschilDocuments(oldCheck, newCheck, templates, {
    perPartner: true,
    generator: 'swa test',
    author: 'swa',
    date: '2026-12-01',
    oldName: 'vorige',
  });
  const plain = (await renderFile(newCheck, templates, { perPartner: true, generator: 'swa test' })).documents;

  it("gives the new partner's document all as inserted text: accepted it is that document, rejected nothing is left but the overview", () => {
    const redline = result.documents.find((d) => d.partner === 'gi.nieuw')!;
    const xml = part(redline.bytes);
    expect(withoutOverview(paragraphTexts(acceptAll(xml)))).toEqual(paragraphTexts(part(plain.find((d) => d.partner === 'gi.nieuw')!.bytes)));
    const accepted = paragraphTexts(acceptAll(xml));
    const overview = accepted.slice(
      accepted.findIndex((t) => t.startsWith('Wijzigingen ten opzichte')),
      accepted.indexOf('Inhoud'),
    );
    expect(paragraphTexts(rejectAll(xml))).toEqual(overview);
    expect(result.changes.map((c) => `${c.kind} ${c.path}`)).toContain('nieuw partners.gi.0');
  });
});
