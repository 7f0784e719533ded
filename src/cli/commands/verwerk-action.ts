import { lstat, stat } from 'node:fs/promises';
import { basename, dirname, relative, resolve, isAbsolute } from 'node:path';
import { isComplete, outcomeOf, type CheckRun, type Thresholds } from '../../core/run.js';
import { compareFindings, type Finding } from '../../findings.js';
import { REPORTERS } from '../../report/index.js';
import type { ReportOptions } from '../../report/types.js';
import { visible } from '../../report/visible.js';
import { customProperties, DocxError, readDocxParts } from '../../verwerk/docx-parts.js';
import { findOriginalRecord } from '../../word/original-record.js';
import { VERWERK_RULES } from '../../verwerk/plan.js';
import { XmlError } from '../../word/xml-tree.js';
import { baseFilesFor } from '../base-files.js';
import { readRegularFile } from '../existing-documents.js';
import { EXIT, UserError, useColor, type CliIo } from '../io.js';
import { packageInfo } from '../package-info.js';
import { readInput } from '../read-inputs.js';
import { writeFileSafely } from '../safe-write.js';
import { REDLINE_PROPERTY } from '../../render/document-seal.js';
import type { VerwerkCommandOptions } from './verwerk.js';

/**
 * `swa verwerk`: reads the document and the agreements file, lets the core decide what comes
 * back (verwerk/plan.ts), writes the file atomically when at least one edit applies, checks the
 * result with the normal rules and reports everything in the chosen formats.
 */
export async function runVerwerk(documentArg: string, options: VerwerkCommandOptions, io: CliIo): Promise<number> {
  const documentPath = resolve(io.cwd, documentArg);
  const documentName = displayName(documentPath, io.cwd);
  const parts = await readDocument(documentPath, documentName);
  const properties = customProperties(parts.get('docProps/custom.xml'));
  if (!properties.has('swa-document'))
    throw new UserError(
      `${documentName} is geen document van swa: het heeft niet de kenmerken die swa render in een document zet. swa verwerk leest alleen documenten die swa render gemaakt heeft.`,
    );
  const comparedWith = properties.get(REDLINE_PROPERTY);
  // The tracked changes in a redline are swa's own, not a partner's proposals: reading them back would apply the old version.
  if (comparedWith !== undefined)
    throw new UserError(
      `${documentName} is een overzicht van wijzigingen (swa verschil, ten opzichte van ${visible(comparedWith)}), geen document om in te onderhandelen: de bijgehouden wijzigingen erin zijn van swa zelf. Laat de partners werken in het document dat swa render maakt, en verwerk dat.`,
    );
  const record = readable(documentName, () => findOriginalRecord(parts));
  if (record === null)
    throw new UserError(
      `${documentName} is gemaakt met een oudere versie van swa en weet niet welke tekst uit welk veld komt. Maak het document opnieuw met swa render en laat de partners daarin werken.`,
    );

  const yamlPath = await agreementsFile(options.bestand, properties.get('swa-bron'), documentPath, documentName, io.cwd);
  const yamlName = displayName(yamlPath, io.cwd);
  const read = await readInput({ display: yamlName, absolute: yamlPath, discovered: false }, io.stdin);
  if (!('bytes' in read)) throw new UserError(`${yamlName}: ${read.problem.message}`);

  const baseFiles = baseFilesFor(io.cwd);
  const { verwerkDocument } = await import('../../verwerk/verwerk.js');
  const outcome = readable(documentName, () =>
    verwerkDocument({
      parts,
      record,
      documentFile: documentName,
      file: yamlName,
      bytes: read.bytes,
      check: { today: options.datum, ...baseFiles(yamlName) },
      accepteer: options.accepteer,
      sourceHash: properties.get('swa-bron-sha256') ?? null,
    }),
  );
  if (!outcome.ok) {
    io.stderr.write(`swa: ${visible(yamlName)} is geen leesbaar afsprakenbestand; los eerst de fouten op die swa check ${visible(yamlName)} noemt.\n`);
    return EXIT.usage;
  }
  const { plan, text, edited, check: result, changedSinceRender } = outcome;
  // Another file than the document was made from (another name and other agreements): nothing of it fits.
  const source = properties.get('swa-bron');
  if (source !== undefined && basename(source) !== basename(yamlPath) && changedSinceRender !== false) {
    throw new UserError(
      `${documentName} is gemaakt uit ${source}, niet uit ${yamlName}. Geef het juiste afsprakenbestand met --bestand (of laat --bestand weg).`,
    );
  }
  const changed = edited !== text;
  if (changed) {
    const bom = read.bytes[0] === 0xef && read.bytes[1] === 0xbb && read.bytes[2] === 0xbf ? '\uFEFF' : '';
    if (options.toon) {
      const { createTwoFilesPatch, FILE_HEADERS_ONLY } = await import('diff');
      const patch = createTwoFilesPatch(visible(yamlName), visible(yamlName), text, edited, undefined, undefined, { headerOptions: FILE_HEADERS_ONLY });
      io.stdout.write(`${patch.split('\n').map(visible).join('\n')}${patch.endsWith('\n') ? '' : '\n'}`);
    } else {
      await writeBack(yamlPath, yamlName, read.bytes, Buffer.from(bom + edited, 'utf8'), io);
    }
  }
  const edits = plan.findings.filter((f) => f.rule === VERWERK_RULES.verwerkt.id).length;
  const findings = [...plan.findings.sort(byPlace), ...result.findings];
  const run: CheckRun = { today: options.datum, files: [{ ...result, findings, completeByCheck: isComplete(result) }] };
  const thresholds: Thresholds = { failOn: options.failOn };
  const reportStream = options.toon ? io.stderr : io.stdout;
  let unwritten = 0;
  for (const target of options.format) {
    const reportOptions: ReportOptions = {
      thresholds,
      color: target.file === undefined && useColor(reportStream, io.env),
      tool: packageInfo(),
      root: io.env.GITHUB_WORKSPACE || io.env.CI_PROJECT_DIR || io.cwd,
      cwd: io.cwd,
    };
    const report = (await REPORTERS[target.format]())(run, reportOptions);
    if (target.file === undefined) {
      reportStream.write(report);
      continue;
    }
    const reportPath = resolve(io.cwd, target.file);
    if (reportPath === yamlPath || reportPath === documentPath)
      throw new UserError(
        `Het rapport (${target.format}) zou ${visible(target.file)} vervangen, een van de bestanden die swa verwerk leest. Kies een andere naam.`,
      );
    try {
      await writeFileSafely(reportPath, report, { force: true });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      io.stderr.write(`swa: het rapport (${target.format}) is niet geschreven: ${visible(error.message)}\n`);
      unwritten += 1;
    }
  }
  if (changedSinceRender)
    io.stderr.write(
      `swa: ${visible(yamlName)} is gewijzigd sinds ${visible(documentName)} gemaakt is; wat aan beide kanten gewijzigd is, staat als conflict in het rapport.\n`,
    );
  if (!options.toon) {
    io.stderr.write(
      changed
        ? `swa: ${visible(yamlName)} bijgewerkt met ${edits === 1 ? '1 wijziging' : `${edits} wijzigingen`} uit ${visible(documentName)}.\n`
        : `swa: niets overgenomen in ${visible(yamlName)}.\n`,
    );
  }
  return outcomeOf(run, thresholds, { reports: unwritten }).exitCode;
}

function byPlace(a: Finding, b: Finding): number {
  // The file's own findings by line; those about the document's fixed text (line 0) after them.
  return (a.line === 0 ? 1 : 0) - (b.line === 0 ? 1 : 0) || compareFindings(a, b);
}

/** XML in the document that does not nest is a damaged document, said as such (exit code 2). */
function readable<T>(documentName: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof XmlError)
      throw new UserError(`${documentName} is beschadigd: ${error.message}. Open het in Word of LibreOffice en sla het opnieuw op.`);
    throw error;
  }
}

async function readDocument(path: string, name: string): Promise<Map<string, string>> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) {
    throw new UserError(
      info.code === 'ENOENT' ? `${name} bestaat niet. Controleer de naam en de map.` : `${name} kan niet worden gelezen (${info.code ?? 'onbekende oorzaak'}).`,
    );
  }
  if (!info.isFile()) throw new UserError(`${name} is geen gewoon bestand (maar bijvoorbeeld een map of pijp).`);
  const file = await readRegularFile(path);
  if (file === null) throw new UserError(`${name} is te groot voor een document van swa, of geen gewoon bestand.`);
  try {
    return readDocxParts(file.bytes);
  } catch (error) {
    if (error instanceof DocxError) throw new UserError(`${name} ${error.message}.`);
    throw error;
  }
}

/** --bestand, or the file the document says it was made from (relative to the current directory, else to the document's directory). */
async function agreementsFile(given: string | undefined, source: string | undefined, documentPath: string, documentName: string, cwd: string): Promise<string> {
  if (given !== undefined) return resolve(cwd, given);
  if (source === undefined || source === '')
    throw new UserError(
      `${documentName} zegt niet uit welk afsprakenbestand het gemaakt is. Geef het bestand met --bestand, bijvoorbeeld: swa verwerk ${documentName} --bestand afspraken.yaml`,
    );
  for (const candidate of [resolve(cwd, source), resolve(dirname(documentPath), source)]) {
    if (
      await stat(candidate).then(
        (s) => s.isFile(),
        () => false,
      )
    )
      return candidate;
  }
  throw new UserError(`${documentName} is gemaakt uit ${source}, maar dat bestand is hier niet te vinden. Geef het afsprakenbestand met --bestand.`);
}

async function writeBack(path: string, name: string, before: Uint8Array, bytes: Uint8Array, io: CliIo): Promise<void> {
  const info = await lstat(path);
  if (info.isSymbolicLink())
    throw new UserError(
      `${name} is een snelkoppeling (symlink); swa schrijft alleen in gewone bestanden. Geef het bestand zelf op met --bestand, of gebruik --toon om de wijziging te zien.`,
    );
  // Between reading and writing someone may have saved the file: their version is kept.
  const again = await readInput({ display: name, absolute: path, discovered: false }, io.stdin);
  if (!('bytes' in again) || !Buffer.from(again.bytes).equals(Buffer.from(before))) {
    throw new UserError(`${name} is veranderd terwijl swa het document verwerkte; er is niets geschreven. Probeer het opnieuw.`);
  }
  await writeFileSafely(path, bytes, { force: true, mode: info.mode & 0o7777 });
}

function displayName(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
