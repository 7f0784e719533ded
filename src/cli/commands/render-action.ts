import { isAbsolute, join, relative, resolve } from 'node:path';
import { checkSource, type FileCheck } from '../../core/check.js';
import { loadTemplates } from '../../render/load-templates.js';
import { Progress } from '../../render/progress.js';
import { renderFile, type RenderedDocument } from '../../render/render-document.js';
import { DocumentXmlError } from '../../render/xml-parts.js';
import { compileTemplates, TemplateError, type TemplateSet } from '../../render/template-set.js';
import { formatText } from '../../report/text.js';
import type { ReportOptions } from '../../report/types.js';
import { baseFilesFor, type BaseFiles } from '../base-files.js';
import { examineDocument, swaDocumentsIn, type ExistingDocument } from '../existing-documents.js';
import { expandInputs, type InputFile } from '../inputs/expand.js';
import { EXIT, UserError, type CliIo } from '../io.js';
import { packageInfo } from '../package-info.js';
import { ProtectedFiles } from '../protected-files.js';
import { readInput } from '../read-inputs.js';
import { writeFileSafely } from '../safe-write.js';
import type { RenderCommandOptions } from './render.js';
import { visible } from '../../report/visible.js';

type Outcome = 'gerenderd' | 'concept' | 'overgeslagen' | 'geweigerd' | 'niet geschreven' | 'onleesbaar';

/** YAML and schema errors mean the data cannot be trusted: such a file is never rendered. */
function unrenderable(check: FileCheck): boolean {
  return check.onderdelen === null || check.findings.some((f) => f.severity === 'fout' && /^(yaml-|schema-|bestand-)/.test(f.rule));
}

/** What one input file gives: documents to compare or write, or the reason it gives none. */
type FilePlan =
  | { documents: RenderedDocument[]; concept: boolean }
  | { outcome: Exclude<Outcome, 'gerenderd' | 'concept'>; label: string; problem?: string };

interface RenderRun {
  options: RenderCommandOptions;
  io: CliIo;
  templates: TemplateSet;
  baseFiles: BaseFiles;
  outDir: string;
  generator: string;
  /** Documents written after this moment belong to a run that is going on at the same time. */
  startedMs: number;
  /** Render per partner: asked for, or (with --check) because --out holds partner documents. */
  perPartner: boolean;
  shown(path: string): string;
}

export async function runRender(patterns: string[], options: RenderCommandOptions, io: CliIo): Promise<number> {
  const startedMs = Date.now();
  const { files: inputs, problems } = await expandInputs(patterns, io.cwd);
  for (const problem of problems) io.stderr.write(`swa: ${visible(problem.message)}\n`);
  if (inputs.length === 0) return EXIT.usage;
  const baseFiles = baseFilesFor(io.cwd);
  const readFiles = await ProtectedFiles.of(inputs);
  const outDir = resolve(io.cwd, options.out);
  // With --check, the swa documents already in --out: to find orphans, and partner documents to compare.
  const existing = options.check ? await swaDocumentsIn(outDir) : null;
  const run: RenderRun = {
    options,
    io,
    templates: await templatesFor(options, io),
    baseFiles,
    outDir,
    generator: `swa ${packageInfo().version}`,
    startedMs,
    perPartner: options.perPartner || [...(existing?.values() ?? [])].some((seal) => seal.kind.startsWith('partner:')),
    shown: (path) => {
      const rel = relative(io.cwd, path);
      return visible(rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path);
    },
  };

  const progress = Progress.for(io.stderr, inputs.length, options.quiet);
  const outcomes: Outcome[] = [];
  const stale: string[] = [];
  const claimed = new Map<string, string>();
  for (const source of inputs) {
    const file = source.display;
    // What a file name may hold (a line break, ESC) must not start a line of the log.
    const name = visible(file);
    const plan = await planFile(source, run);
    if ('outcome' in plan) {
      if (plan.problem) progress.problem(plan.problem);
      outcomes.push(plan.outcome);
      progress.step(file, `${name}: ${plan.label}`);
      continue;
    }

    const placed = await placeDocuments(file, plan.documents, run, { claimed, readFiles, progress });
    stale.push(...placed.stale);
    outcomes.push(placed.unwritten ? 'niet geschreven' : placed.refused ? 'geweigerd' : plan.concept ? 'concept' : 'gerenderd');
    const label = placed.unwritten
      ? (options.check ? 'niet vergeleken' : 'niet geschreven')
      : placed.refused ? 'geweigerd' : options.check ? (placed.stale.length > 0 ? 'niet actueel' : 'actueel') : plan.concept ? 'concept' : 'gemaakt';
    progress.step(file, `${name}: ${label}${placed.written.length ? ` → ${placed.written.join(', ')}` : ''}`);
  }

  const count = (kind: Outcome): number => outcomes.filter((o) => o === kind).length;
  const allPlanned = count('geweigerd') + count('onleesbaar') + count('niet geschreven') === 0 && problems.length === 0;
  const orphans = existing && allPlanned ? orphansIn(existing, claimed, outDir) : [];
  if (existing && !allPlanned && existing.size > 0) {
    progress.problem(`swa: niet gezocht naar verweesde documenten in ${run.shown(outDir) || '.'}: niet elk bestand kon worden gemaakt.`);
  }
  for (const orphan of orphans) stale.push(`${run.shown(join(outDir, orphan))} is gemaakt door swa, maar geen van de opgegeven bestanden maakt het nog (verweesd). Verwijder het, of geef het bestand mee waaruit het komt.`);
  for (const line of stale) progress.problem(`swa: ${line}`);
  progress.finish(summary(outcomes, stale.length, orphans.length, run));
  if (count('onleesbaar') > 0 || count('niet geschreven') > 0 || problems.length > 0) return EXIT.usage;
  if (count('geweigerd') + count('onleesbaar') > 0 || stale.length > 0) return EXIT.findings;
  return EXIT.ok;
}

async function templatesFor(options: RenderCommandOptions, io: CliIo): Promise<TemplateSet> {
  try {
    return compileTemplates(await loadTemplates(options.templates === undefined ? null : resolve(io.cwd, options.templates)));
  } catch (error) {
    if (error instanceof TemplateError) throw new UserError(`sjabloonfout in ${error.message}`, EXIT.usage);
    throw error;
  }
}

/** Read → check → render one input file; nothing is compared or written yet. */
async function planFile(source: InputFile, run: RenderRun): Promise<FilePlan> {
  const { options, io } = run;
  const file = source.display;
  const name = visible(file);
  const input = await readInput(source, io.stdin);
  if ('problem' in input) return { outcome: 'onleesbaar', label: 'niet gelezen', problem: `swa: ${name}: ${visible(input.problem.message)}` };
  const check = checkSource(file, input.bytes, { today: options.datum, ...run.baseFiles(file) });
  if (unrenderable(check)) {
    return { outcome: 'geweigerd', label: 'geweigerd', problem: `swa: ${name} wordt niet gemaakt: het bestand heeft fouten in de YAML of het schema.\n${formatText({ today: options.datum, files: [check] }, plainReport(io))}` };
  }
  // A base file holds what several gemeenten share; only the documents built on it are signed.
  if (check.isBase) return { outcome: 'overgeslagen', label: 'overgeslagen, dit is een basisbestand; maak de documenten van de gemeenten die erop voortbouwen' };
  const errors = check.findings.filter((f) => f.severity === 'fout');
  if (options.strict && errors.length > 0) {
    return { outcome: 'geweigerd', label: 'geweigerd (--strict)', problem: `swa: ${name} wordt niet gemaakt (--strict): swa check vindt nog ${errors.length} ${errors.length === 1 ? 'fout' : 'fouten'}.\n${formatText({ today: options.datum, files: [check] }, plainReport(io))}` };
  }
  try {
    return await renderFile(check, run.templates, { perPartner: run.perPartner, generator: run.generator });
  } catch (error) {
    if (error instanceof TemplateError) throw new UserError(`sjabloonfout in ${error.message}`, EXIT.usage);
    if (!(error instanceof DocumentXmlError)) throw error;
    // A fault in swa, not in the file: this document is not written, the rest of the batch goes on.
    return { outcome: 'niet geschreven', label: 'niet geschreven', problem: `swa: ${name}: ${visible(error.message)}` };
  }
}

/** What became of one file's documents: compared (--check) or written. */
interface Placed {
  written: string[];
  stale: string[];
  /** A document was kept (exit 1): an existing different one, or one another file of this run made. */
  refused: boolean;
  /** A document could not be written or compared (exit 2). */
  unwritten: boolean;
}

/** Compares (--check) or writes each document of one file; problems are reported as they happen. */
async function placeDocuments(
  file: string,
  documents: readonly RenderedDocument[],
  run: RenderRun,
  batch: { claimed: Map<string, string>; readFiles: ProtectedFiles; progress: Progress },
): Promise<Placed> {
  const name = visible(file);
  const placed: Placed = { written: [], stale: [], refused: false, unwritten: false };
  for (const document of documents) {
    const target = join(run.outDir, document.fileName);
    const owner = batch.claimed.get(target);
    if (owner !== undefined && owner !== file) {
      batch.progress.problem(`swa: ${name} maakt ${run.shown(target)}, maar dat document is in deze opdracht al gemaakt uit ${visible(owner)}. Geef de gemeenten verschillende namen, of render ze apart.`);
      placed.refused = true;
      continue;
    }
    batch.claimed.set(target, file);
    try {
      if (run.options.check) {
        const finding = await compareDocument(target, document, name, run);
        if (finding) placed.stale.push(finding);
      } else {
        await batch.readFiles.addReal(run.baseFiles.read).refuse(target, `Het document ${document.fileName}`);
        const state = await writeDocument(target, document, run);
        placed.written.push(`${run.shown(target)}${state === 'gelijk' ? ' (ongewijzigd)' : ''}`);
      }
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      batch.progress.problem(`swa: ${visible(error.message)}`);
      // Exit 1 means an existing, different document was kept; anything else is a writing failure.
      if (error.exitCode === EXIT.findings) placed.refused = true;
      else placed.unwritten = true;
    }
  }
  return placed;
}

/** For --check: a line when the document in --out is not what the file gives now; null when it is. */
async function compareDocument(target: string, document: RenderedDocument, name: string, run: RenderRun): Promise<string | null> {
  const state = await examineDocument(target, document.bytes, Number.POSITIVE_INFINITY);
  if (state === 'gelijk') return null;
  if (state === 'ontbreekt') {
    // Partner documents are only required with --per-partner; without it, those present are compared.
    return document.partner !== null && !run.options.perPartner ? null : `${run.shown(target)} ontbreekt (uit ${name})`;
  }
  return `${run.shown(target)} is verouderd (uit ${name})${state === 'bewerkt' ? '; het is ook met de hand bewerkt nadat swa het maakte' : ''}`;
}

/**
 * Writes one document. Replaced without --force: an earlier document of swa that nobody edited.
 * Only with --force: a document edited since, or a file swa did not write.
 */
async function writeDocument(target: string, document: RenderedDocument, run: RenderRun): Promise<ExistingDocument> {
  const state = await examineDocument(target, document.bytes, run.startedMs);
  if (state === 'gelijk') return state;
  if (!run.options.force) {
    if (state === 'bewerkt') {
      throw new UserError(`${target} is bewerkt nadat swa het maakte en wordt niet vervangen, zodat die wijzigingen niet verloren gaan. Neem ze over in het afsprakenbestand en gebruik dan --force om het document te vervangen, of kies een andere map.`, EXIT.findings);
    }
    if (state === 'zojuist') {
      throw new UserError(`${target} is zojuist door een ander proces gemaakt (bijvoorbeeld een tweede swa render in dezelfde map) en is anders dan wat nu gemaakt wordt. Het is niet overschreven; gebruik --force om het te vervangen.`, EXIT.findings);
    }
  }
  await writeFileSafely(target, document.bytes, { force: run.options.force || state === 'eigen' });
  return state;
}

/** Documents of swa in --out that no input of this run gives (any more). */
function orphansIn(existing: ReadonlyMap<string, unknown>, claimed: ReadonlyMap<string, string>, outDir: string): string[] {
  const produced = new Set([...claimed.keys()].map((target) => relative(outDir, target)));
  return [...existing.keys()].filter((name) => !produced.has(name));
}

function summary(outcomes: readonly Outcome[], stale: number, orphans: number, run: RenderRun): string {
  const count = (kind: Outcome): number => outcomes.filter((o) => o === kind).length;
  const rendered = count('gerenderd') + count('concept');
  const refused = count('geweigerd') + count('onleesbaar');
  const skipped = count('overgeslagen');
  const unwritten = count('niet geschreven');
  if (run.options.check) {
    const outdated = stale - orphans;
    if (stale === 0 && refused === 0 && unwritten === 0) {
      const skippedNote = skipped ? ` (${skipped} ${skipped === 1 ? 'basisbestand' : 'basisbestanden'} overgeslagen)` : '';
      return `✔ ${rendered} ${rendered === 1 ? 'bestand' : 'bestanden'} gecontroleerd${skippedNote}: de documenten in ${run.shown(run.outDir) || '.'} zijn actueel.`;
    }
    const parts = [`${outdated} ${outdated === 1 ? 'document is' : 'documenten zijn'} niet actueel`];
    if (orphans) parts.push(`${orphans} ${orphans === 1 ? 'document is' : 'documenten zijn'} verweesd`);
    if (refused) parts.push(`${refused} ${refused === 1 ? 'bestand' : 'bestanden'} geweigerd`);
    if (unwritten) parts.push(`${unwritten} niet vergeleken`);
    const advice = [outdated ? 'maak de documenten opnieuw met swa render (zonder --check)' : '', orphans ? 'verwijder de verweesde documenten' : ''].filter(Boolean).join(' en ');
    return `✖ ${parts.join(', ')}.${advice ? ` ${advice[0]!.toUpperCase()}${advice.slice(1)}.` : ''}`;
  }
  const mark = refused === 0 && unwritten === 0 ? '✔' : '✖';
  return `${mark} ${rendered} gerenderd (waarvan ${count('concept')} concept)${skipped ? `, ${skipped} overgeslagen` : ''}, ${refused} geweigerd${unwritten ? `, ${unwritten} niet geschreven` : ''}.`;
}

function plainReport(io: CliIo): ReportOptions {
  return { color: false, tool: packageInfo(), root: io.cwd, cwd: io.cwd };
}
