import { isAbsolute, join, relative, resolve } from 'node:path';
import { checkSource, type FileCheck } from '../../core/check.js';
import { loadTemplates } from '../../render/load-templates.js';
import { Progress } from '../../render/progress.js';
import { renderFile } from '../../render/render-document.js';
import { DocumentXmlError } from '../../render/xml-parts.js';
import { compileTemplates, TemplateError, type TemplateSet } from '../../render/template-set.js';
import { formatText } from '../../report/text.js';
import type { ReportOptions } from '../../report/types.js';
import { baseFilesFor } from '../base-files.js';
import { expandInputs } from '../inputs/expand.js';
import { EXIT, UserError, type CliIo } from '../io.js';
import { packageInfo } from '../package-info.js';
import { compareWithTarget } from '../output-target.js';
import { ProtectedFiles } from '../protected-files.js';
import { readInput } from '../read-inputs.js';
import { writeFileSafely } from '../safe-write.js';
import { PdfExport } from '../pdf/pdf-export.js';
import type { RenderCommandOptions } from './render.js';
import { visible } from '../../report/visible.js';

type Outcome = 'gerenderd' | 'concept' | 'overgeslagen' | 'geweigerd' | 'niet geschreven' | 'onleesbaar';

/** YAML and schema errors mean the data cannot be trusted: such a file is never rendered. */
function unrenderable(check: FileCheck): boolean {
  return check.onderdelen === null || check.findings.some((f) => f.severity === 'fout' && /^(yaml-|schema-|bestand-)/.test(f.rule));
}

export async function runRender(patterns: string[], options: RenderCommandOptions, io: CliIo): Promise<number> {
  const { files: inputs, problems } = await expandInputs(patterns, io.cwd);
  for (const problem of problems) io.stderr.write(`swa: ${visible(problem.message)}\n`);
  if (inputs.length === 0) return EXIT.usage;
  // Before anything is rendered: without LibreOffice, --pdf stops here and writes nothing.
  const pdf = await PdfExport.forOptions(options, io.env);
  const baseFiles = baseFilesFor(io.cwd);
  const readFiles = await ProtectedFiles.of(inputs);
  let templates: TemplateSet;
  try {
    templates = compileTemplates(await loadTemplates(options.templates === undefined ? null : resolve(io.cwd, options.templates)));
  } catch (error) {
    if (error instanceof TemplateError) throw new UserError(`sjabloonfout in ${error.message}`, EXIT.usage);
    throw error;
  }

  const outDir = resolve(io.cwd, options.out);
  const generator = `swa ${packageInfo().version}`;
  const progress = Progress.for(io.stderr, inputs.length, options.quiet);
  const outcomes: Outcome[] = [];
  const stale: string[] = [];
  const claimed = new Map<string, string>();
  const shown = (path: string): string => {
    const rel = relative(io.cwd, path);
    return visible(rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path);
  };

  for (const source of inputs) {
    const file = source.display;
    // What a file name may hold (a line break, ESC) must not start a line of the log.
    const name = visible(file);
    const input = await readInput(source, io.stdin);
    if ('problem' in input) {
      progress.problem(`swa: ${name}: ${visible(input.problem.message)}`);
      outcomes.push('onleesbaar');
      progress.step(file, `${name}: niet gelezen`);
      continue;
    }
    const check = checkSource(file, input.bytes, { today: options.datum, ...baseFiles(file) });
    if (unrenderable(check)) {
      progress.problem(`swa: ${name} wordt niet gemaakt: het bestand heeft fouten in de YAML of het schema.\n${formatText({ today: options.datum, files: [check] }, plainReport(io))}`);
      outcomes.push('geweigerd');
      progress.step(file, `${name}: geweigerd`);
      continue;
    }
    // A base file holds what several gemeenten share; only the documents built on it are signed.
    if (check.isBase) {
      outcomes.push('overgeslagen');
      progress.step(file, `${name}: overgeslagen, dit is een basisbestand; maak de documenten van de gemeenten die erop voortbouwen`);
      continue;
    }
    const errors = check.findings.filter((f) => f.severity === 'fout');
    if (options.strict && errors.length > 0) {
      progress.problem(`swa: ${name} wordt niet gemaakt (--strict): swa check vindt nog ${errors.length} ${errors.length === 1 ? 'fout' : 'fouten'}.\n${formatText({ today: options.datum, files: [check] }, plainReport(io))}`);
      outcomes.push('geweigerd');
      progress.step(file, `${name}: geweigerd (--strict)`);
      continue;
    }

    let result;
    try {
      result = await renderFile(check, templates, { perPartner: options.perPartner, generator });
    } catch (error) {
      if (error instanceof TemplateError) throw new UserError(`sjabloonfout in ${error.message}`, EXIT.usage);
      if (!(error instanceof DocumentXmlError)) throw error;
      // A fault in swa, not in the file: this document is not written, the rest of the batch goes on.
      progress.problem(`swa: ${name}: ${visible(error.message)}`);
      outcomes.push('niet geschreven');
      progress.step(file, `${name}: niet geschreven`);
      continue;
    }

    let documents = result.documents;
    if (pdf) {
      try {
        documents = await pdf.documentsToWrite(documents, outDir);
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        progress.problem(`swa: ${name}: ${visible(error.message)}`);
        outcomes.push('niet geschreven');
        progress.step(file, `${name}: niet geschreven`);
        continue;
      }
    }

    const written: string[] = [];
    let refused = false;
    let unwritten = false;
    for (const document of documents) {
      const target = join(outDir, document.fileName);
      const owner = claimed.get(target);
      if (owner !== undefined && owner !== file) {
        progress.problem(`swa: ${name} maakt ${shown(target)}, maar dat document is in deze opdracht al gemaakt uit ${visible(owner)}. Geef de gemeenten verschillende namen, of render ze apart.`);
        refused = true;
        continue;
      }
      claimed.set(target, file);
      if (options.check) {
        try {
          const state = await compareWithTarget(target, document.bytes);
          if (state === 'ontbreekt') stale.push(`${shown(target)} ontbreekt (uit ${name})`);
          else if (state === 'anders') stale.push(`${shown(target)} is verouderd (uit ${name})`);
        } catch (error) {
          if (!(error instanceof UserError)) throw error;
          progress.problem(`swa: ${visible(error.message)}`);
          unwritten = true;
        }
        continue;
      }
      try {
        await readFiles.addReal(baseFiles.read).refuse(target, `Het document ${document.fileName}`);
        const outcome = await writeFileSafely(target, document.bytes, { force: options.force });
        written.push(`${shown(target)}${outcome === 'ongewijzigd' ? ' (ongewijzigd)' : ''}`);
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        progress.problem(`swa: ${visible(error.message)}`);
        // Exit 1 means an existing, different document was kept; anything else is a writing failure.
        if (error.exitCode === EXIT.findings) refused = true;
        else unwritten = true;
      }
    }
    outcomes.push(unwritten ? 'niet geschreven' : refused ? 'geweigerd' : result.concept ? 'concept' : 'gerenderd');
    const label = unwritten ? (options.check ? 'niet vergeleken' : 'niet geschreven') : refused ? 'geweigerd' : result.concept ? 'concept' : options.check ? 'gecontroleerd' : 'gemaakt';
    progress.step(file, `${name}: ${label}${written.length ? ` → ${written.join(', ')}` : ''}`);
  }

  const count = (kind: Outcome): number => outcomes.filter((o) => o === kind).length;
  const rendered = count('gerenderd') + count('concept');
  const refused = count('geweigerd') + count('onleesbaar');
  const skipped = count('overgeslagen');
  const skippedNote = skipped ? `${skipped} ${skipped === 1 ? 'basisbestand' : 'basisbestanden'} overgeslagen` : '';
  if (options.check) {
    for (const line of stale) progress.problem(`swa: ${line}`);
    progress.finish(
      stale.length === 0 && refused === 0 && count('niet geschreven') === 0
        ? `✔ ${rendered} ${rendered === 1 ? 'bestand' : 'bestanden'} gecontroleerd${skipped ? ` (${skippedNote})` : ''}: de documenten in ${shown(outDir) || '.'} zijn actueel.`
        : `✖ ${stale.length} ${stale.length === 1 ? 'document is' : 'documenten zijn'} niet actueel${refused ? `, ${refused} ${refused === 1 ? 'bestand' : 'bestanden'} geweigerd` : ''}${count('niet geschreven') ? `, ${count('niet geschreven')} niet vergeleken` : ''}. Maak ze opnieuw met swa render --force.`,
    );
  } else {
    const unwritten = count('niet geschreven');
    const mark = refused === 0 && unwritten === 0 ? '✔' : '✖';
    progress.finish(`${mark} ${rendered} gerenderd (waarvan ${count('concept')} concept)${skipped ? `, ${skipped} overgeslagen` : ''}, ${refused} geweigerd${unwritten ? `, ${unwritten} niet geschreven` : ''}.`);
  }
  if (count('onleesbaar') > 0 || count('niet geschreven') > 0 || problems.length > 0) return EXIT.usage;
  if (refused > 0 || stale.length > 0) return EXIT.findings;
  return EXIT.ok;
}


function plainReport(io: CliIo): ReportOptions {
  return { color: false, tool: packageInfo(), root: io.cwd, cwd: io.cwd };
}
