/**
 * `swa verschil` without the command line: render the old and the new version as render does (in
 * memory), compare their data, and make the new version's documents with the old one's text as
 * tracked changes. Pure apart from the render pipeline's own work; no file system, no clock.
 */
import type { FileCheck } from '../core/check.js';
import type { PartnerKey } from '../core/model/types.js';
import { isIsoDate } from '../core/domain/dates.js';
import { getIn } from '../core/domain/data-access.js';
import { renderFile, type RenderedDocument } from '../render/render-document.js';
import type { TemplateSet } from '../render/template-set.js';
import { changeSectionXml } from './change-section.js';
import { changesForPartner, compareAgreements, type Change } from './changes.js';
import { redlineDocx } from './redline-docx.js';

export interface VerschilOptions {
  perPartner: boolean;
  generator: string;
  author: string;
  /** The date of the changes (YYYY-MM-DD); null: the new version's document.datum, or none. */
  date: string | null;
  /** How the old version is named when its document.versie is empty (the git revision, or the file name). */
  oldName: string;
  /** The working directory the source file is named from in the document's properties (as render does). */
  cwd?: string;
}

export interface VerschilResult {
  documents: RenderedDocument[];
  changes: Change[];
  /** Partner documents the old version had and the new one has not: nothing is written for them. */
  dropped: PartnerKey[];
}

/** `…-samenwerkingsafspraken.docx` → `…-samenwerkingsafspraken-wijzigingen.docx`. */
function redlineFileName(fileName: string): string {
  return fileName.replace(/\.docx$/, '-wijzigingen.docx');
}

function versie(check: FileCheck): string | null {
  const value = getIn(check.data, ['document', 'versie']);
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() || null : null;
}

/** The date the changes carry: asked for, else the new version's own date; never today, so the bytes stay the same. */
function changeDate(asked: string | null, newCheck: FileCheck): string | null {
  if (asked) return asked;
  const datum = getIn(newCheck.data, ['document', 'datum']);
  const text = datum instanceof Date ? datum.toISOString().slice(0, 10) : typeof datum === 'string' ? datum.trim() : '';
  return isIsoDate(text) ? text : null;
}

export async function verschilDocuments(oldCheck: FileCheck, newCheck: FileCheck, templates: TemplateSet, options: VerschilOptions): Promise<VerschilResult> {
  const render = { perPartner: options.perPartner, generator: options.generator, ...(options.cwd === undefined ? {} : { cwd: options.cwd }) };
  const olds = (await renderFile(oldCheck, templates, render)).documents;
  const news = (await renderFile(newCheck, templates, render)).documents;
  const changes = compareAgreements(oldCheck.data, newCheck.data);
  const versions = { old: versie(oldCheck) ?? options.oldName, new: versie(newCheck) };
  const date = changeDate(options.date, newCheck);
  const documents = news.map((document): RenderedDocument => {
    const old = olds.find((candidate) => candidate.partner === document.partner) ?? null;
    const shown = document.partner === null || document.partner === 'lokaal_team' ? changes : changesForPartner(changes, document.partner);
    const bytes = redlineDocx(old?.bytes ?? null, document.bytes, {
      author: options.author,
      date,
      frontMatter: changeSectionXml(shown, versions),
      comparedWith: versions.old,
    });
    return { fileName: redlineFileName(document.fileName), bytes, partner: document.partner };
  });
  const dropped = olds.filter((old) => old.partner !== null && !news.some((d) => d.partner === old.partner)).map((old) => old.partner!);
  return { documents, changes, dropped };
}
