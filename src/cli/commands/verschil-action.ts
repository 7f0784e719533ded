import { stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { checkSource, type CheckOptions, type FileCheck } from '../../core/check.js';
import { isIsoDate } from '../../core/domain/dates.js';
import { getIn } from '../../core/domain/data-access.js';
import { fileName } from '../../core/domain/file-name.js';
import { loadTemplates } from '../../render/load-templates.js';
import { compileTemplates, TemplateError, type TemplateSet } from '../../render/template-set.js';
import { DocumentXmlError } from '../../render/xml-parts.js';
import { formatText } from '../../report/text.js';
import { visible } from '../../report/visible.js';
import { verschilDocuments, type VerschilResult } from '../../verschil/verschil-documents.js';
import type { Change } from '../../verschil/changes.js';
import { baseFilesFor } from '../base-files.js';
import { examineDocument } from '../existing-documents.js';
import { openGitFile, parseGitReference } from '../git-revision.js';
import type { InputFile } from '../inputs/expand.js';
import { EXIT, UserError, type CliIo } from '../io.js';
import { localToday } from '../options.js';
import { packageInfo } from '../package-info.js';
import { ProtectedFiles } from '../protected-files.js';
import { readInput } from '../read-inputs.js';
import { writeFileSafely } from '../safe-write.js';
import type { VerschilCommandOptions } from './verschil.js';

/** One version as read: its bytes and how check follows its `extends`. */
interface Version {
  /** How messages name it: the file as given, or `<revisie>:<pad>`. */
  name: string;
  /** The name check gives the file (for a git revision: its path in the repository). */
  file: string;
  bytes: Uint8Array;
  access: Omit<CheckOptions, 'today'>;
  /** Names the old version when its document.versie is empty. */
  label: string;
  input: InputFile | null;
}

function shownPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

async function readFileVersion(given: string, io: CliIo, baseFiles: ReturnType<typeof baseFilesFor>): Promise<Version> {
  const absolute = resolve(io.cwd, given);
  const input: InputFile = { display: shownPath(absolute, io.cwd), absolute, discovered: false };
  const read = await readInput(input, io.stdin);
  if ('problem' in read) throw new UserError(`${input.display}: ${read.problem.message}`, EXIT.usage);
  return { name: input.display, file: input.display, bytes: read.bytes, access: baseFiles(input.display), label: fileName(given), input };
}

/** The old version: a file when one exists by that name, else `<revisie>:<pad>` from git. */
async function readOldVersion(given: string, newFile: string, io: CliIo, baseFiles: ReturnType<typeof baseFilesFor>): Promise<Version> {
  const exists = await stat(resolve(io.cwd, given)).then(
    () => true,
    () => false,
  );
  const reference = exists ? null : parseGitReference(given);
  if (!reference) return readFileVersion(given, io, baseFiles);
  const git = openGitFile(reference, { repositoryOf: dirname(resolve(io.cwd, newFile)), cwd: io.cwd, env: io.env });
  return {
    name: given,
    file: git.file,
    bytes: git.bytes,
    access: { readFile: git.readBase, rootLevelsUp: git.rootLevelsUp },
    label: reference.revision,
    input: null,
  };
}

/** YAML and schema errors mean the data cannot be trusted: such a version is never compared (as render never renders it). */
function unusable(check: FileCheck): boolean {
  return check.onderdelen === null || check.findings.some((f) => f.severity === 'fout' && /^(yaml-|schema-|bestand-)/.test(f.rule));
}

function documentDate(check: FileCheck): string | null {
  const datum = getIn(check.data, ['document', 'datum']);
  const text = datum instanceof Date ? datum.toISOString().slice(0, 10) : typeof datum === 'string' ? datum.trim() : '';
  return isIsoDate(text) ? text : null;
}

async function templatesFor(options: VerschilCommandOptions, io: CliIo): Promise<TemplateSet> {
  try {
    return compileTemplates(await loadTemplates(options.templates === undefined ? null : resolve(io.cwd, options.templates)));
  } catch (error) {
    if (error instanceof TemplateError) throw new UserError(`sjabloonfout in ${error.message}`, EXIT.usage);
    throw error;
  }
}

function counts(changes: readonly Change[]): string {
  const parts = (['gewijzigd', 'nieuw', 'vervallen'] as const).map((kind) => `${changes.filter((c) => c.kind === kind).length} ${kind}`);
  return parts.join(', ');
}

export async function runVerschil(oud: string, nieuw: string, options: VerschilCommandOptions, io: CliIo): Promise<number> {
  try {
    return await verschil(oud, nieuw, options, io);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    io.stderr.write(`swa: ${visible(error.message)}\n`);
    return error.exitCode;
  }
}

async function verschil(oud: string, nieuw: string, options: VerschilCommandOptions, io: CliIo): Promise<number> {
  const startedMs = Date.now();
  const baseFiles = baseFilesFor(io.cwd);
  const newVersion = await readFileVersion(nieuw, io, baseFiles);
  const oldVersion = await readOldVersion(oud, nieuw, io, baseFiles);

  // "Today" for both checks: asked for, else the new version's own date, so the result does not depend on the day it runs.
  const provisional = checkSource(newVersion.file, newVersion.bytes, { today: options.datum ?? localToday(), ...newVersion.access });
  const today = options.datum ?? documentDate(provisional) ?? localToday();
  const newCheck = today === (options.datum ?? localToday()) ? provisional : checkSource(newVersion.file, newVersion.bytes, { today, ...newVersion.access });
  const oldCheck = checkSource(oldVersion.file, oldVersion.bytes, { today, ...oldVersion.access });
  for (const [version, check, role] of [
    [oldVersion, oldCheck, 'oude'],
    [newVersion, newCheck, 'nieuwe'],
  ] as const) {
    if (unusable(check)) {
      io.stderr.write(
        `swa: ${visible(version.name)} (de ${role} versie) wordt niet vergeleken: het bestand heeft fouten in de YAML of het schema.\n${formatText({ today, files: [check] }, { color: false, tool: packageInfo(), root: io.cwd, cwd: io.cwd })}`,
      );
      return EXIT.findings;
    }
    if (check.isBase)
      throw new UserError(`${version.name} is een basisbestand (basis: true); vergelijk de bestanden van de gemeenten die erop voortbouwen.`, EXIT.usage);
  }

  let result: VerschilResult;
  try {
    result = await verschilDocuments(oldCheck, newCheck, await templatesFor(options, io), {
      perPartner: options.perPartner,
      generator: `swa ${packageInfo().version}`,
      author: options.auteur,
      date: options.datum ?? null,
      oldName: oldVersion.label,
      cwd: io.cwd,
    });
  } catch (error) {
    if (error instanceof TemplateError) throw new UserError(`sjabloonfout in ${error.message}`, EXIT.usage);
    if (error instanceof DocumentXmlError) throw new UserError(error.message, EXIT.usage);
    throw error;
  }

  const outDir = resolve(io.cwd, options.out);
  const protectedFiles = (await ProtectedFiles.of([newVersion.input!, ...(oldVersion.input ? [oldVersion.input] : [])])).addReal(baseFiles.read);
  const written: string[] = [];
  let refused = false;
  let unwritten = false;
  for (const document of result.documents) {
    const target = join(outDir, document.fileName);
    try {
      await protectedFiles.refuse(target, `Het document ${document.fileName}`);
      const state = await writeDocument(target, document.bytes, options.force, startedMs);
      written.push(`${visible(shownPath(target, io.cwd))}${state === 'gelijk' ? ' (ongewijzigd)' : ''}`);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      io.stderr.write(`swa: ${visible(error.message)}\n`);
      if (error.exitCode === EXIT.findings) refused = true;
      else unwritten = true;
    }
  }
  for (const partner of result.dropped) {
    io.stderr.write(`swa: ${visible(partner)} heeft in de nieuwe versie geen eigen document meer; daarvoor is geen wijzigingsdocument gemaakt.\n`);
  }
  if (!options.quiet) {
    const name = visible(newVersion.name);
    if (written.length > 0) io.stderr.write(`${name}: gemaakt → ${written.join(', ')}\n`);
    const mark = refused || unwritten ? '✖' : '✔';
    io.stderr.write(
      `${mark} ten opzichte van ${visible(oldVersion.name)}: ${counts(result.changes)}; ${written.length} ${written.length === 1 ? 'document' : 'documenten'} gemaakt.\n`,
    );
  }
  if (unwritten) return EXIT.usage;
  return refused ? EXIT.findings : EXIT.ok;
}

/** The rules of render (see render-action.ts): replaced without --force only when it is an earlier, unedited document of swa. */
async function writeDocument(target: string, bytes: Uint8Array, force: boolean, startedMs: number): Promise<string> {
  const state = await examineDocument(target, bytes, startedMs);
  if (state === 'gelijk') return state;
  if (!force) {
    if (state === 'bewerkt')
      throw new UserError(
        `${target} is bewerkt nadat swa het maakte en wordt niet vervangen, zodat die wijzigingen niet verloren gaan. Gebruik --force om het te vervangen, of kies een andere map.`,
        EXIT.findings,
      );
    if (state === 'zojuist')
      throw new UserError(
        `${target} is zojuist door een ander proces gemaakt en is anders dan wat nu gemaakt wordt. Het is niet overschreven; gebruik --force om het te vervangen.`,
        EXIT.findings,
      );
    if (state === 'vreemd')
      throw new UserError(
        `${target} bestaat al en is niet door swa gemaakt. Het is niet overschreven; gebruik --force om het te vervangen, of kies een andere map.`,
        EXIT.findings,
      );
  }
  await writeFileSafely(target, bytes, { force: force || state === 'eigen' });
  return state;
}
