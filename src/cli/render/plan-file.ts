import { checkSource, type FileCheck } from '../../core/check.js';
import { renderFile, type RenderedDocument } from '../../render/render-document.js';
import { TemplateError, type TemplateSet } from '../../render/template-set.js';
import { DocumentXmlError } from '../../render/xml-parts.js';
import { formatText } from '../../report/text.js';
import { visible } from '../../report/visible.js';
import type { BaseFiles } from '../base-files.js';
import { packageInfo } from '../package-info.js';

/** What became of one input file, counted in the summary. */
export type Outcome = 'gerenderd' | 'concept' | 'overgeslagen' | 'geweigerd' | 'niet geschreven' | 'onleesbaar';

/** What the planning of a file needs besides its bytes; the same in the main thread and in a worker. */
export interface PlanSettings {
  datum: string;
  strict: boolean;
  /** Render per partner: asked for, or (with --check) because --out holds partner documents. */
  perPartner: boolean;
  generator: string;
  cwd: string;
}

/**
 * What one input file gives: documents to compare or write, or the reason it gives none. Only
 * plain data, so a worker can hand it back. `baseFilesRead`: the real paths of the base files
 * read so far (nothing swa writes may replace them). A template that fails on this file's data
 * stops the whole run (`sjabloonfout`), as a template that does not compile does.
 */
export type FilePlan =
  | { kind: 'documents'; documents: RenderedDocument[]; concept: boolean; baseFilesRead: string[] }
  | { kind: 'none'; outcome: Exclude<Outcome, 'gerenderd' | 'concept'>; label: string; problem?: string; baseFilesRead: string[] }
  | { kind: 'template-error'; message: string };

/** YAML and schema errors mean the data cannot be trusted: such a file is never rendered. */
function unrenderable(check: FileCheck): boolean {
  return check.onderdelen === null || check.findings.some((f) => f.severity === 'fout' && /^(yaml-|schema-|bestand-)/.test(f.rule));
}

/** Check → render one file that has been read; nothing is compared or written here. */
export async function planSource(file: string, bytes: Uint8Array, templates: TemplateSet, baseFiles: BaseFiles, settings: PlanSettings): Promise<FilePlan> {
  const name = visible(file);
  const baseFilesRead = (): string[] => [...baseFiles.read];
  const check = checkSource(file, bytes, { today: settings.datum, ...baseFiles(file) });
  const report = (): string =>
    formatText({ today: settings.datum, files: [check] }, { color: false, tool: packageInfo(), root: settings.cwd, cwd: settings.cwd });
  if (unrenderable(check)) {
    return {
      kind: 'none',
      outcome: 'geweigerd',
      label: 'geweigerd',
      problem: `swa: ${name} wordt niet gemaakt: het bestand heeft fouten in de YAML of het schema.\n${report()}`,
      baseFilesRead: baseFilesRead(),
    };
  }
  // A base file holds what several gemeenten share; only the documents built on it are signed.
  if (check.isBase)
    return {
      kind: 'none',
      outcome: 'overgeslagen',
      label: 'overgeslagen, dit is een basisbestand; maak de documenten van de gemeenten die erop voortbouwen',
      baseFilesRead: baseFilesRead(),
    };
  const errors = check.findings.filter((f) => f.severity === 'fout');
  if (settings.strict && errors.length > 0) {
    return {
      kind: 'none',
      outcome: 'geweigerd',
      label: 'geweigerd (--strict)',
      problem: `swa: ${name} wordt niet gemaakt (--strict): swa check vindt nog ${errors.length} ${errors.length === 1 ? 'fout' : 'fouten'}.\n${report()}`,
      baseFilesRead: baseFilesRead(),
    };
  }
  try {
    const { documents, concept } = await renderFile(check, templates, { perPartner: settings.perPartner, generator: settings.generator, cwd: settings.cwd });
    return { kind: 'documents', documents, concept, baseFilesRead: baseFilesRead() };
  } catch (error) {
    if (error instanceof TemplateError) return { kind: 'template-error', message: error.message };
    if (!(error instanceof DocumentXmlError)) throw error;
    // A fault in swa, not in the file: this document is not written, the rest of the batch goes on.
    return {
      kind: 'none',
      outcome: 'niet geschreven',
      label: 'niet geschreven',
      problem: `swa: ${name}: ${visible(error.message)}`,
      baseFilesRead: baseFilesRead(),
    };
  }
}
