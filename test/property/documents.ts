/**
 * Checking and rendering a generated file in-process, and reading back what the documents show.
 * Two depths: the real .docx bytes (renderFile, as `swa render` makes them; the honest check, about
 * a second per file with its partner documents), and the markup the templates produce just before
 * the docx step (milliseconds), so a property can run on many files and on a few real documents.
 */
import { strFromU8, unzipSync } from 'fflate';
import { checkSource, type FileCheck } from '../../src/core/check.js';
import { buildModel } from '../../src/core/model/build-model.js';
import { blocksUse } from '../../src/core/rules/catalog.js';
import { selectForPartner } from '../../src/core/model/per-partner.js';
import type { PartnerKey } from '../../src/core/model/types.js';
import { buildDocumentView } from '../../src/render/document-view.js';
import { loadTemplates } from '../../src/render/load-templates.js';
import { isConcept, partnerDocuments, renderFile, type RenderedDocument } from '../../src/render/render-document.js';
import { compileTemplates, type TemplateSet } from '../../src/render/template-set.js';
import { PLACEHOLDER_AFSPRAAK, PLACEHOLDER_GEGEVEN } from '../../src/core/domain/open-punten.js';
import { DEFERRALS, TODAY } from './arbitraries.js';

export const FILE = 'gegenereerd.yaml';

export function check(text: string, file = FILE): FileCheck {
  return checkSource(file, new TextEncoder().encode(text), { today: TODAY });
}

/** The same test as `swa render`: YAML and schema errors mean the file is never rendered. */
export function renderable(result: FileCheck): boolean {
  return !(result.onderdelen === null || result.findings.some((f) => blocksUse(f)));
}

let templates: Promise<TemplateSet> | undefined;
export function builtInTemplates(): Promise<TemplateSet> {
  return (templates ??= loadTemplates(null).then(compileTemplates));
}

/** What one document shows, as text; `partner` null for the integral document. */
export interface ShownDocument {
  partner: PartnerKey | null;
  /** Every paragraph's text (body, header, footer, footnotes), one per line. */
  text: string;
  /** Parts marked as open (highlighted `<open>` in the templates). */
  marked: number;
}

/** The real documents, as `swa render --per-partner` writes them. */
export async function renderDocx(result: FileCheck): Promise<{ documents: RenderedDocument[]; shown: ShownDocument[] }> {
  const rendered = await renderFile(result, await builtInTemplates(), { perPartner: true, generator: 'swa test' });
  return { documents: rendered.documents, shown: rendered.documents.map((d) => ({ partner: d.partner, ...docxText(d.bytes) })) };
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeXml = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) =>
    name.startsWith('#x') || name.startsWith('#X')
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : (XML_ENTITIES[name] ?? whole),
  );

/** All text of a .docx, paragraph by paragraph, from every part a reader sees. */
export function docxText(bytes: Uint8Array): { text: string; marked: number } {
  const files = unzipSync(bytes);
  const lines: string[] = [];
  let marked = 0;
  for (const [name, data] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    if (!/^word\/(document|header\d*|footer\d*|footnotes)\.xml$/.test(name)) continue;
    const xml = strFromU8(data);
    for (const paragraph of xml.split('</w:p>')) {
      // One open part is one highlighted stretch, also when a content control (a name inside it) splits its runs.
      let previous = false;
      for (const run of paragraph.match(/<w:r>.*?<\/w:r>|<w:r [^>]*>.*?<\/w:r>/g) ?? []) {
        const highlighted = /<w:highlight\b/.test(run);
        if (highlighted && !previous) marked += 1;
        previous = highlighted;
      }
      const runs = [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((m) => (m[0] === '<w:tab/>' ? '\t' : decodeXml(m[1] ?? '')));
      if (runs.length) lines.push(runs.join(''));
    }
  }
  return { text: lines.join('\n'), marked };
}

/**
 * The markup of every document `swa render --per-partner` would make, before the docx step:
 * renderFile's own steps (model → per-partner selection → view → templates), as text.
 */
export async function renderMarkup(result: FileCheck): Promise<ShownDocument[]> {
  const set = await builtInTemplates();
  const model = buildModel(result.data);
  const concept = isConcept(result, model);
  const partners: Array<PartnerKey | null> = [null, ...partnerDocuments(model)];
  return partners.map((partner) => {
    const selected = partner ? selectForPartner(model, partner) : model;
    const view = buildDocumentView(selected, { partner, concept, findings: result.findings, file: result.file }, result.data);
    const markup = (['koptekst', 'document', 'voettekst'] as const).map((name) => set.render(name, view)).join('\n');
    return {
      partner,
      marked: (markup.match(/<open>/g) ?? []).length,
      text: decodeXml(
        markup
          .replace(/<(p|li|tr|td|th|h\d)\b[^>]*>/g, '\n')
          .replace(/<tab\/>/g, '\t')
          .replace(/<[^>]+>/g, ''),
      ),
    };
  });
}

const PLACEHOLDER_TEXTS = [PLACEHOLDER_AFSPRAAK, PLACEHOLDER_GEGEVEN];
const DEFERRAL_SET = new Set(DEFERRALS.map((d) => d.toLocaleLowerCase('nl')));

/** What in a document says "not agreed yet": a placeholder, a marked open part, or a deferral standing as an agreement. */
export function openPoints(document: ShownDocument): string[] {
  const found: string[] = [];
  const lines = document.text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  for (const [index, line] of lines.entries()) {
    // A table cell with only the placeholder says little; the cell before it names the field.
    const placeholder = PLACEHOLDER_TEXTS.find((text) => line.includes(text));
    if (placeholder) found.push(line.length > placeholder.length + 2 || index === 0 ? line : `${lines[index - 1]} | ${line}`);
    // An agreement is "<nummer><tab><tekst>"; a deferral there is no agreement.
    const agreement = /^[a-j](?:\.[iv]+)?\.\d+\t(.*)$/.exec(line.trim())?.[1];
    if (agreement !== undefined && DEFERRAL_SET.has(agreement.trim().toLocaleLowerCase('nl')))
      found.push(`${line.trim()} (uitstel in plaats van een afspraak)`);
  }
  if (document.marked > 0 && found.length === 0) found.push(`${document.marked} gemarkeerde open plek(ken)`);
  return found;
}

export const documentName = (partner: PartnerKey | null): string => (partner === null ? 'integraal document' : `document ${partner}`);
