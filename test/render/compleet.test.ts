import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PartnerKey } from '../../src/core/model/types.js';
import type { RenderResult } from '../../src/render/render-document.js';
import { ROOT } from '../helpers/cli.js';
import { checkAndRender, documentText, PLACEHOLDER } from '../helpers/render-in-process.js';
import { openDocx } from './docx-reader.js';

/**
 * "Compleet" means ready to sign, read from the documents themselves: a file without fouten gives
 * documents without "[nog af te spreken"; a file with a fout or waarschuwing is marked CONCEPT.
 */
const VOORBEELD = readFileSync(join(ROOT, 'examples/voorbeeldstad.yaml'), 'utf8');
const fixture = (name: string) => readFileSync(join(ROOT, 'test/fixtures/check', name, 'afspraken.yaml'), 'utf8');

function replaced(text: string, pairs: Array<[string | RegExp, string]>): string {
  return pairs.reduce((t, [from, to]) => {
    const next = t.replace(from, to);
    if (next === t) throw new Error(`niet gevonden: ${String(from)}`);
    return next;
  }, text);
}

const doc = (result: RenderResult, partner: PartnerKey | null) => result.documents.find((d) => d.partner === partner)!;
const text = (result: RenderResult, partner: PartnerKey | null) => documentText(doc(result, partner).bytes);
const placeholders = (t: string) => t.match(/\[nog (?:af te spreken|in te vullen)[^\]]*\]/g) ?? [];
/** The rows of the appendix "Open punten" that name a finding, each after the group heading it stands under ("Onderdeel c — Taakverdeling: …"). */
function openPunten(result: RenderResult, partner: PartnerKey | null): string[] {
  const table = openDocx(doc(result, partner).bytes).tables.find((t) => t.rows[0]?.cells[0] === 'Open punt');
  let group = '';
  return (table?.rows.slice(1) ?? []).flatMap((r) => {
    if (r.cells.length === 1) group = r.cells[0]!;
    return r.cells.length === 2 ? [`${group}: ${r.cells[0]!}`] : [];
  });
}
function marksConcept(result: RenderResult, partner: PartnerKey | null): { cover: boolean; header: boolean; status: string | undefined } {
  const opened = openDocx(doc(result, partner).bytes);
  const headers = Object.entries(opened.parts)
    .filter(([name]) => /^word\/header\d*\.xml$/.test(name))
    .map(([, xml]) => xml);
  return {
    cover: opened.paragraphs.some((p) => p.text === 'CONCEPT — nog niet vastgesteld'),
    header: headers.some((xml) => xml.includes('>CONCEPT<')),
    status: /<cp:contentStatus>([^<]*)</.exec(opened.parts['docProps/core.xml'] ?? '')?.[1],
  };
}

describe('a complete, vastgesteld file', () => {
  it('has no fout and no waarschuwing, and no document of it shows a placeholder or CONCEPT', async () => {
    const { check, result } = await checkAndRender(VOORBEELD);
    expect(check.findings).toEqual([]);
    expect(result.concept).toBe(false);
    expect(result.documents.map((d) => d.partner)).toEqual([null, 'veilig_thuis', 'rvdk', 'gi.jbrv', 'gi.wss']);
    for (const { partner } of result.documents) {
      expect(placeholders(text(result, partner)), String(partner)).toEqual([]);
      expect(marksConcept(result, partner), String(partner)).toEqual({ cover: false, header: false, status: 'Vastgesteld' });
    }
  });

  it('leaves out what is not required (contact person, signer, versie, datum) instead of a placeholder', async () => {
    const yaml = replaced(VOORBEELD, [
      [/ {4}contactpersoon:\n {6}naam: Youssef El Amrani\n(?: {6}.*\n){3}/, ''],
      [/ {2}versie: "1.1"\n/, ''],
      [/ {2}datum: 2026-03-15\n/, ''],
    ]);
    const { check, result } = await checkAndRender(yaml);
    expect(check.findings.filter((f) => f.severity === 'fout')).toEqual([]);
    expect(placeholders(text(result, null))).toEqual([]);
    expect(placeholders(text(result, 'veilig_thuis'))).toEqual([]);
  });
});

describe('required fields that are open', () => {
  it('are fouten of check, each shown as a placeholder in the document, which is a CONCEPT', async () => {
    const yaml = replaced(VOORBEELD, [
      [/ {2}looptijd:\n(?: {4}.*\n)+/, ''],
      [/ {2}wie: De beleidsadviseur jeugd van de gemeente Voorbeeldstad.*\n/, '  wie: TODO\n'],
    ]);
    const { check, result } = await checkAndRender(yaml);
    expect(check.findings.filter((f) => f.severity === 'fout').map((f) => [f.rule, f.path.join('.')])).toEqual([
      ['veld-ontbreekt', 'document'],
      ['veld-ontbreekt', 'evaluatie.wie'],
    ]);
    expect(result.concept).toBe(true);
    const integral = text(result, null);
    // Cover, chapter Evaluatie en looptijd, and the organiser of the evaluation.
    expect(placeholders(integral)).toEqual(['[nog af te spreken]', '[nog af te spreken: de looptijd]', '[nog af te spreken]']);
    expect(integral).toMatch(/Organisatie van de evaluatie\[nog af te spreken\]/);
    expect(marksConcept(result, null)).toEqual({ cover: true, header: true, status: 'Concept' });
    expect(openPunten(result, null)).toHaveLength(3);
  });
});

describe('partner coverage in the per-partner documents', () => {
  it('shows a, c and g as open in the documents of the partners they leave out, and nowhere else', async () => {
    const { check, result } = await checkAndRender(fixture('partner-niet-gedekt'));
    expect(check.findings.filter((f) => f.severity === 'fout').map((f) => f.onderdeel)).toEqual(['a', 'c', 'g']);
    expect(placeholders(text(result, null))).toEqual([]);
    expect(placeholders(text(result, 'veilig_thuis'))).toEqual([]);
    const open = '[nog af te spreken: een afspraak met';
    expect(placeholders(text(result, 'rvdk'))).toEqual([`${open} de Raad voor de Kinderbescherming, regio Toets over dit onderdeel]`]);
    expect(placeholders(text(result, 'gi.jbt'))).toEqual([`${open} Jeugdbescherming Toets over dit onderdeel]`]);
    expect(placeholders(text(result, 'gi.wss'))).toHaveLength(3);
    // Each concept lists its own gaps: VT has none in a, c or g, the RvdK only c, gi.wss all three.
    const coverage = (partner: PartnerKey | null) => openPunten(result, partner).filter((p) => p.includes(': Nog af te spreken: een afspraak met'));
    expect(coverage('veilig_thuis')).toEqual([]);
    // In plain Dutch for the partners: the onderdeel by its title, the partner by its name, no key or id.
    expect(coverage('rvdk')).toEqual([
      'Onderdeel c — Taakverdeling: Nog af te spreken: een afspraak met de Raad voor de Kinderbescherming, regio Toets over dit onderdeel.',
    ]);
    expect(coverage('gi.wss')).toEqual([
      expect.stringMatching(/^Onderdeel a /),
      expect.stringMatching(/^Onderdeel c /),
      expect.stringMatching(/^Onderdeel g /),
    ]);
    expect(coverage(null)).toHaveLength(3);
  });

  it('marks a vastgesteld file with only en/of warnings CONCEPT everywhere, without a placeholder', async () => {
    const { check, result } = await checkAndRender(fixture('partner-niet-gedekt-en-of'));
    expect(check.findings.map((f) => [f.severity, f.onderdeel])).toEqual([
      ['waarschuwing', 'd.i'],
      ['waarschuwing', 'd.iv'],
    ]);
    expect(result.concept).toBe(true);
    for (const { partner } of result.documents) {
      expect(placeholders(text(result, partner)), String(partner)).toEqual([]);
      expect(marksConcept(result, partner), String(partner)).toEqual({ cover: true, header: true, status: 'Concept' });
    }
    // The RvdK has no agreement in d.i or d.iv: its document leaves both out and lists both gaps.
    expect(text(result, 'rvdk')).not.toContain('(onderdeel d.i)');
    expect(text(result, 'rvdk')).not.toContain('(onderdeel d.iv)');
    expect(text(result, 'veilig_thuis')).toContain('(onderdeel d.iv)');
    expect(openPunten(result, 'rvdk')).toEqual([expect.stringMatching(/^Onderdeel d\.i /), expect.stringMatching(/^Onderdeel d\.iv /)]);
    expect(openPunten(result, 'veilig_thuis')).toEqual([expect.stringMatching(/^Onderdeel d\.i /)]);
    expect(openPunten(result, 'gi.jbt')).toEqual([expect.stringMatching(/^Onderdeel d\.iv /)]);
    // A partner's concept names that partner only.
    expect(openPunten(result, 'rvdk')[0]).toContain('een afspraak met de Raad voor de Kinderbescherming');
    expect(openPunten(result, 'rvdk')[0]).not.toContain('Veilig Thuis');
  });
});

it('the placeholder texts the tests look for are the ones the templates print', () => {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a template literal, searched for literally
  expect(readFileSync(join(ROOT, 'src/render/template-set.ts'), 'utf8')).toContain('`${PLACEHOLDER_AFSPRAAK}]`');
  expect(PLACEHOLDER).toBe('[nog af te spreken');
  const templates = readdirSync(join(ROOT, 'templates'))
    .map((f) => readFileSync(join(ROOT, 'templates', f), 'utf8'))
    .join('\n');
  const shown = [...templates.matchAll(/\[nog [^:\]"]*/g)].map((m) => m[0]);
  expect(new Set(shown)).toEqual(new Set(['[nog af te spreken', '[nog in te vullen']));
});
