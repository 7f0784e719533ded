import { isAbsolute, join, relative, resolve } from 'node:path';
import { loadTemplates } from '../../render/load-templates.js';
import { Progress } from '../../render/progress.js';
import { compileTemplates, TemplateError, type TemplateSet } from '../../render/template-set.js';
import { visible } from '../../report/visible.js';
import { baseFilesFor } from '../base-files.js';
import { swaDocumentsIn } from '../existing-documents.js';
import { expandInputs, type InputFile } from '../inputs/expand.js';
import { EXIT, UserError, type CliIo } from '../io.js';
import { packageInfo } from '../package-info.js';
import { PdfExport } from '../pdf/pdf-export.js';
import { ProtectedFiles } from '../protected-files.js';
import { readInput } from '../read-inputs.js';
import { placeDocuments, type PlaceContext, type Placed } from '../render/place-documents.js';
import type { FilePlan, Outcome, PlanSettings } from '../render/plan-file.js';
import { inProcessPlanner, threadCount, workerPlanner, type Planner } from '../render/planner.js';
import type { RenderCommandOptions } from './render.js';

/** What one input file came to: counted once for the summary, and the line the log shows. */
interface FileResult {
  outcome: Outcome;
  line: string;
  stale: string[];
}

/**
 * swa render in three steps per file: plan (read → check → render; in worker threads for a large
 * batch), then compare (--check) or write, in the order the files were given. Only the planning
 * runs in parallel: which file claims a document name first, and what the log says, never depends
 * on how many threads there are.
 */
export async function runRender(patterns: string[], options: RenderCommandOptions, io: CliIo): Promise<number> {
  const startedMs = Date.now();
  const { files: inputs, problems } = await expandInputs(patterns, io.cwd);
  for (const problem of problems) io.stderr.write(`swa: ${visible(problem.message)}\n`);
  if (inputs.length === 0) return EXIT.usage;
  // Before anything is rendered: without LibreOffice, --pdf stops here and writes nothing.
  const pdf = await PdfExport.forOptions(options, io.env);
  const outDir = resolve(io.cwd, options.out);
  // With --check, the swa documents already in --out: to find orphans, and partner documents to compare.
  const existing = options.check ? await swaDocumentsIn(outDir) : null;
  const templates = await templatesFor(options, io);
  const baseFiles = baseFilesFor(io.cwd);
  const settings: PlanSettings = {
    datum: options.datum,
    strict: options.strict,
    perPartner: options.perPartner || [...(existing?.values() ?? [])].some((seal) => seal.kind.startsWith('partner:')),
    generator: `swa ${packageInfo().version}`,
    cwd: io.cwd,
  };
  const shown = (path: string): string => {
    const rel = relative(io.cwd, path);
    return visible(rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path);
  };
  const progress = Progress.for(io.stderr, inputs.length, options.quiet);
  const inProcess = (): Promise<Planner> => inProcessPlanner(templates, baseFiles, settings);
  const planner = await workerPlanner(threadCount(options.kernen, io.env, inputs.length, settings.perPartner), templates.precompiled, settings, inProcess);
  const baseFilesRead = new Set<string>();
  const context: PlaceContext = {
    outDir,
    force: options.force,
    check: options.check,
    perPartnerAsked: options.perPartner,
    startedMs,
    claimed: new Map(),
    readFiles: await ProtectedFiles.of(inputs),
    baseFilesRead,
    shown,
    problem: (line) => progress.problem(line),
  };

  const results: FileResult[] = [];
  try {
    for await (const [source, plan] of inOrder(inputs, (input) => planInput(input, planner, io), planner.ahead)) {
      if (plan.kind === 'template-error') throw new UserError(`sjabloonfout in ${plan.message}`, EXIT.usage);
      for (const path of plan.baseFilesRead) baseFilesRead.add(path);
      const result = await finishFile(source.display, plan, context, pdf);
      results.push(result);
      progress.step(source.display, result.line);
    }
  } finally {
    await planner.close();
  }

  const count = (kind: Outcome): number => results.filter((r) => r.outcome === kind).length;
  const stale = results.flatMap((r) => r.stale);
  const allPlanned = count('geweigerd') + count('onleesbaar') + count('niet geschreven') === 0 && problems.length === 0;
  const orphans = existing && allPlanned ? orphansIn(existing, context.claimed, outDir) : [];
  if (existing && !allPlanned && existing.size > 0) {
    progress.problem(`swa: niet gezocht naar verweesde documenten in ${shown(outDir) || '.'}: niet elk bestand kon worden gemaakt.`);
  }
  for (const orphan of orphans)
    stale.push(
      `${shown(join(outDir, orphan))} is gemaakt door swa, maar geen van de opgegeven bestanden maakt het nog (verweesd). Verwijder het, of geef het bestand mee waaruit het komt.`,
    );
  for (const line of stale) progress.problem(`swa: ${line}`);
  progress.finish(summary(count, stale.length, orphans.length, options.check, shown(outDir) || '.'));
  if (count('onleesbaar') > 0 || count('niet geschreven') > 0 || problems.length > 0) return EXIT.usage;
  if (count('geweigerd') > 0 || stale.length > 0) return EXIT.findings;
  return EXIT.ok;
}

/** The templates, read and compiled in the main thread first: a template that does not compile stops the run before any file. */
async function templatesFor(options: RenderCommandOptions, io: CliIo): Promise<TemplateSet> {
  try {
    return compileTemplates(await loadTemplates(options.templates === undefined ? null : resolve(io.cwd, options.templates)));
  } catch (error) {
    if (error instanceof TemplateError) throw new UserError(`sjabloonfout in ${error.message}`, EXIT.usage);
    throw error;
  }
}

/** The plan step: reading stays in the main thread (standard input is its own); check and render go to the planner. */
async function planInput(source: InputFile, planner: Planner, io: CliIo): Promise<FilePlan> {
  const input = await readInput(source, io.stdin);
  if ('problem' in input)
    return {
      kind: 'none',
      outcome: 'onleesbaar',
      label: 'niet gelezen',
      problem: `swa: ${visible(source.display)}: ${visible(input.problem.message)}`,
      baseFilesRead: [],
    };
  return planner.plan(source.display, input.bytes);
}

/**
 * Runs `start` for up to `ahead` items at once and yields the results in the order of the items,
 * so the work overlaps while what follows (compare, write, log) stays in input order and memory
 * holds at most `ahead` results.
 */
async function* inOrder<T, R>(items: readonly T[], start: (item: T) => Promise<R>, ahead: number): AsyncGenerator<[T, R]> {
  const started: Array<Promise<R>> = [];
  let next = 0;
  const fill = (): void => {
    while (next < items.length && started.length < ahead) {
      const promise = start(items[next++]!);
      // Awaited in turn below; until then a failure must not count as unhandled.
      promise.catch(() => undefined);
      started.push(promise);
    }
  };
  fill();
  for (const item of items) {
    const result = await started.shift()!;
    yield [item, result];
    // After the result is used: with ahead 1 (the main thread) the files are taken strictly one by one.
    fill();
  }
}

/** Compare and write steps for one planned file, and what it came to (the outcome is decided here, once). */
async function finishFile(
  file: string,
  plan: Exclude<FilePlan, { kind: 'template-error' }>,
  context: PlaceContext,
  pdf: PdfExport | null,
): Promise<FileResult> {
  const name = visible(file);
  if (plan.kind === 'none') {
    if (plan.problem) context.problem(plan.problem);
    return { outcome: plan.outcome, line: `${name}: ${plan.label}`, stale: [] };
  }
  let documents = plan.documents;
  if (pdf) {
    try {
      documents = await pdf.documentsToWrite(documents, context.outDir);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      context.problem(`swa: ${name}: ${visible(error.message)}`);
      return { outcome: 'niet geschreven', line: `${name}: niet geschreven`, stale: [] };
    }
  }
  const placed = await placeDocuments(file, documents, context);
  const outcome: Outcome = placed.unwritten ? 'niet geschreven' : placed.refused ? 'geweigerd' : plan.concept ? 'concept' : 'gerenderd';
  const written = placed.written.length ? ` → ${placed.written.join(', ')}` : '';
  return { outcome, line: `${name}: ${label(outcome, placed, context.check)}${written}`, stale: placed.stale };
}

/** The word for a file in the log; with --check about the comparison, else about writing. */
function label(outcome: Outcome, placed: Placed, check: boolean): string {
  if (outcome === 'niet geschreven') return check ? 'niet vergeleken' : 'niet geschreven';
  if (outcome === 'geweigerd') return 'geweigerd';
  if (check) return placed.stale.length > 0 ? 'niet actueel' : 'actueel';
  return outcome === 'concept' ? 'concept' : 'gemaakt';
}

/** Documents of swa in --out that no input of this run gives (any more). */
function orphansIn(existing: ReadonlyMap<string, unknown>, claimed: ReadonlyMap<string, string>, outDir: string): string[] {
  const produced = new Set([...claimed.keys()].map((target) => relative(outDir, target)));
  return [...existing.keys()].filter((name) => !produced.has(name));
}

function summary(count: (kind: Outcome) => number, stale: number, orphans: number, check: boolean, outDir: string): string {
  const rendered = count('gerenderd') + count('concept');
  const refused = count('geweigerd') + count('onleesbaar');
  const skipped = count('overgeslagen');
  const unwritten = count('niet geschreven');
  if (check) {
    const outdated = stale - orphans;
    if (stale === 0 && refused === 0 && unwritten === 0) {
      const skippedNote = skipped ? ` (${skipped} ${skipped === 1 ? 'basisbestand' : 'basisbestanden'} overgeslagen)` : '';
      return `✔ ${rendered} ${rendered === 1 ? 'bestand' : 'bestanden'} gecontroleerd${skippedNote}: de documenten in ${outDir} zijn actueel.`;
    }
    const parts = [`${outdated} ${outdated === 1 ? 'document is' : 'documenten zijn'} niet actueel`];
    if (orphans) parts.push(`${orphans} ${orphans === 1 ? 'document is' : 'documenten zijn'} verweesd`);
    if (refused) parts.push(`${refused} ${refused === 1 ? 'bestand' : 'bestanden'} geweigerd`);
    if (unwritten) parts.push(`${unwritten} niet vergeleken`);
    const advice = [outdated ? 'maak de documenten opnieuw met swa render (zonder --check)' : '', orphans ? 'verwijder de verweesde documenten' : '']
      .filter(Boolean)
      .join(' en ');
    return `✖ ${parts.join(', ')}.${advice ? ` ${advice[0]!.toUpperCase()}${advice.slice(1)}.` : ''}`;
  }
  const mark = refused === 0 && unwritten === 0 ? '✔' : '✖';
  return `${mark} ${rendered} gerenderd (waarvan ${count('concept')} concept)${skipped ? `, ${skipped} overgeslagen` : ''}, ${refused} geweigerd${unwritten ? `, ${unwritten} niet geschreven` : ''}.`;
}
