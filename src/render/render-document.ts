import type { FileCheck } from '../core/check.js';
import { buildModel } from '../core/model/build-model.js';
import { findingConcernsPartner, selectForPartner } from '../core/model/per-partner.js';
import type { AgreementsModel, PartnerKey } from '../core/model/types.js';
import { isAtLeast } from '../findings.js';
import { documentFileName } from './file-names.js';
import { MarkupError, parseMarkup, type Block, type BronMark } from './markup.js';
import { isIsoDate } from '../core/domain/dates.js';
import { normaliseParts } from './normalise.js';
import { writeDocument } from './word-document.js';
import type { BodyText } from './word-runs.js';
import { TemplateError, type TemplateSet } from './template-set.js';
import { buildDocumentView, type DocumentViewData } from './document-view.js';
import { dataHash, sealParts, sealProperties, sourcePath, type SourceProperties } from './document-seal.js';
import { recordedMargins, unnumberedControls, writeOriginalRecord, type OriginalRecord } from '../word/original-record.js';
import { withoutXmlInvalid } from '../core/domain/xml-chars.js';

export interface RenderedDocument {
  fileName: string;
  bytes: Uint8Array;
  partner: PartnerKey | null;
}

export interface RenderResult {
  concept: boolean;
  documents: RenderedDocument[];
}

export interface RenderOptions {
  perPartner: boolean;
  /** Written into the document properties, e.g. "swa 0.1.0". */
  generator: string;
  /** The working directory the source file's name is relative to (swa-bron); the process's by default. */
  cwd?: string;
}

/**
 * A document is a concept while its status says so or while check still finds gaps: a fout or a
 * waarschuwing anywhere in the file (also one about another partner) keeps every document of it a concept.
 */
export function isConcept(check: FileCheck, model: AgreementsModel): boolean {
  return model.document.status !== 'vastgesteld' || check.findings.some((f) => isAtLeast(f.severity, 'waarschuwing'));
}

/** The partners that get a document of their own with --per-partner: VT, RvdK, each GI, and a further partner that asks for one. */
export function partnerDocuments(model: AgreementsModel): PartnerKey[] {
  return model.partners.filter((p) => p.eigenDocument).map((p) => p.key);
}

/** Renders the integral document (and with perPartner one per partner relation) for a checked file. */
export async function renderFile(check: FileCheck, templates: TemplateSet, options: RenderOptions): Promise<RenderResult> {
  const model = buildModel(check.data);
  const concept = isConcept(check, model);
  const partners: Array<PartnerKey | null> = [null];
  if (options.perPartner) partners.push(...partnerDocuments(model));
  const documents: RenderedDocument[] = [];
  const source: SourceProperties = {
    versie: options.generator.split(' ').at(-1) ?? options.generator,
    bron: sourcePath(check.file, options.cwd ?? process.cwd()),
    bronSha256: dataHash(check.data),
    basis: check.inherited ?? [],
  };
  for (const partner of partners) {
    const selected = partner ? selectForPartner(model, partner) : model;
    // A partner's concept lists its own open points only; the integral document lists them all.
    const findings = partner
      ? check.findings.filter((f) => findingConcernsPartner(f, partner as Exclude<PartnerKey, 'lokaal_team'>, check.data))
      : check.findings;
    const view = buildDocumentView(selected, { partner, concept, findings, file: check.file }, check.data);
    const bytes = await renderBytes(view, templates, selected, concept, options.generator, partner, source);
    documents.push({ fileName: documentFileName(model.gemeente.naam, check.file, partner, partners), bytes, partner });
  }
  return { concept, documents };
}

function parse(templates: TemplateSet, name: 'document' | 'koptekst' | 'voettekst', view: unknown): Block[] {
  const markup = templates.render(name, view);
  try {
    return parseMarkup(markup);
  } catch (error) {
    if (error instanceof MarkupError) throw markupTemplateError(error, templates, name);
    throw error;
  }
}

/** Finds the offending tag back in the template that produced it, for a file:line message. */
function markupTemplateError(error: MarkupError, templates: TemplateSet, fallback: string): TemplateError {
  const name = error.template ?? fallback;
  const source = templates.sourceOf(name);
  let line: number | null = error.line;
  if (source && error.snippet) {
    const at = source.indexOf(error.snippet);
    if (at !== -1) line = source.slice(0, at).split('\n').length;
  }
  return new TemplateError(error.message, templates.origin(name), line);
}

async function renderBytes(
  view: DocumentViewData,
  templates: TemplateSet,
  model: AgreementsModel,
  concept: boolean,
  generator: string,
  partner: PartnerKey | null,
  source: SourceProperties,
): Promise<Uint8Array> {
  const parts = { body: parse(templates, 'document', view), header: parse(templates, 'koptekst', view), footer: parse(templates, 'voettekst', view) };
  let built: ReturnType<typeof writeDocument>;
  const titel = view.perPartner ? `${view.document.titel} — ${view.perPartner.naam}` : String(view.document.titel);
  try {
    built = writeDocument(
      parts,
      {
        // A screen reader or file list shows the title before anything else: a concept says so there too.
        title: concept ? `CONCEPT — ${titel}` : titel,
        subject:
          'Samenwerkingsafspraken lokaal team, Veilig Thuis, Raad voor de Kinderbescherming en GI (Leidraad Werken aan veiligheid, VNG januari 2024, §6c)',
        creator: model.gemeente.naam ? `Gemeente ${model.gemeente.naam}` : generator,
        description: `Gemaakt met ${generator} uit het afsprakenbestand.`,
        keywords: ['samenwerkingsafspraken', 'Werken aan veiligheid', model.gemeente.naam, model.regio.naam].filter(Boolean).join('; '),
      },
      sealProperties(partner, source),
    );
  } catch (error) {
    if (error instanceof MarkupError) throw markupTemplateError(error, templates, 'document');
    throw error;
  }
  // Without a valid document date the package gets a fixed one: never "now", so the bytes stay the same.
  const datum = isIsoDate(model.document.datum) ? model.document.datum : '1980-01-01';
  return normaliseParts(built.parts, {
    datum,
    version: model.document.versie,
    contentStatus: concept ? 'Concept' : 'Vastgesteld',
    tables: built.tables,
    controls: built.controls,
    // The record of what the document says goes in before the seal, so the seal covers it (see word/original-record.ts).
    finishParts: (parts) => {
      writeOriginalRecord(parts, { ...originalRecord(built.text, built.controls), margins: recordedMargins(parts) });
      sealParts(parts);
    },
  });
}

/**
 * The record of word/document.xml from what the writer wrote into it: the same record that
 * `readOriginalRecord` reads back from the XML (the render tests hold the two side by side).
 */
function originalRecord(text: BodyText, controls: readonly BronMark[]): OriginalRecord {
  return {
    controls: text.controls.map((value, index) => {
      const control = controls[index]!;
      return { tag: withoutXmlInvalid(control.pad), label: withoutXmlInvalid(control.label), text: value, derived: control.afgeleid };
    }),
    paragraphs: text.paragraphs.map(unnumberedControls),
  };
}
