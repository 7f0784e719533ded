import { resolve } from 'node:path';
import { outcomeOf, type CheckedFile, type CheckRun, type Thresholds, type UsageProblems } from '../../core/run.js';
import { REPORTERS, type ReportFormat } from '../../report/index.js';
import type { ReportOptions } from '../../report/types.js';
import { checkSources, type SourceToCheck } from '../inputs/check-files.js';
import { expandInputs } from '../inputs/expand.js';
import { EXIT, UserError, useColor, type CliIo } from '../io.js';
import { packageInfo } from '../package-info.js';
import { baseFilesFor, type BaseFiles } from '../base-files.js';
import { ProtectedFiles, realTarget } from '../protected-files.js';
import { readInput, type InputRead } from '../read-inputs.js';
import { writeFileSafely } from '../safe-write.js';
import type { CheckCommandOptions } from './check.js';
import { visible } from '../../report/visible.js';

type Destination = { kind: 'file'; path: string } | { kind: 'stdout' } | { kind: 'stderr' };

interface PlannedReport {
  format: ReportFormat;
  destination: Destination;
}

/** Reading many small files at once is faster; a limit keeps us below the open-files limit. */
const READ_CONCURRENCY = 64;

export async function runCheck(args: string[], options: CheckCommandOptions, io: CliIo): Promise<number> {
  const reports = planReports(options, io);
  if (options.stdinBestandsnaam !== undefined && !args.includes('-')) {
    throw new UserError(
      '--stdin-bestandsnaam zegt welk bestand standaardinvoer is, maar er wordt niets van standaardinvoer gelezen. Geef - als bestand, bijvoorbeeld: cat gemeente.yaml | swa check - --stdin-bestandsnaam gemeenten/gemeente.yaml',
    );
  }
  const { files: inputs, problems } = await expandInputs(args, io.cwd, { stdinName: options.stdinBestandsnaam });
  for (const problem of problems) io.stderr.write(`swa: ${visible(problem.message)}\n`);
  if (inputs.length === 0) {
    if (problems.length === 0) io.stderr.write('swa: er is geen bestand om te controleren.\n');
    return EXIT.usage;
  }
  // Refused before anything is read; base files are known only after checking, see below.
  // Real paths cost a system call per input: only worth it when a report goes to a file.
  const readFiles = reports.some((report) => report.destination.kind === 'file') ? await ProtectedFiles.of(inputs) : new ProtectedFiles();
  // The file standard input stands for is the user's file too: no report may replace it.
  if (options.stdinBestandsnaam !== undefined) readFiles.addReal([await realTarget(resolve(io.cwd, options.stdinBestandsnaam))]);
  for (const report of reports) {
    if (report.destination.kind === 'file') await readFiles.refuse(report.destination.path, `Het rapport (${report.format})`);
  }

  const reads = await mapLimited(inputs, READ_CONCURRENCY, (input) => readInput(input, io.stdin));
  const baseFiles = baseFilesFor(io.cwd);
  const run: CheckRun = { today: options.datum, files: checkAll(reads, options.datum, baseFiles) };
  readFiles.addReal(baseFiles.read);

  const thresholds: Thresholds = { failOn: options.failOn, maxWaarschuwingen: options.maxWaarschuwingen };
  // Files first: a report that could not be written is then part of what the screen says.
  let unwritten = 0;
  for (const report of reports) {
    if (report.destination.kind !== 'file') continue;
    const { path } = report.destination;
    const text = await formatReport(report, run, reportOptions(report.destination, io, thresholds, { inputs: problems.length }));
    try {
      await readFiles.refuse(path, 'Dit');
      await writeFileSafely(path, text, { force: true });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      io.stderr.write(`swa: het rapport (${report.format}) is niet geschreven: ${visible(error.message)}\n`);
      unwritten += 1;
    }
  }
  const usage = { inputs: problems.length, reports: unwritten };
  for (const report of reports) {
    if (report.destination.kind === 'file') continue;
    const text = await formatReport(report, run, reportOptions(report.destination, io, thresholds, usage));
    (report.destination.kind === 'stdout' ? io.stdout : io.stderr).write(text);
  }
  return outcomeOf(run, thresholds, usage).exitCode;
}

async function formatReport(report: PlannedReport, run: CheckRun, options: ReportOptions): Promise<string> {
  return (await REPORTERS[report.format]())(run, options);
}

function checkAll(reads: InputRead[], today: string, baseFiles: BaseFiles): CheckedFile[] {
  const sources: SourceToCheck[] = reads.flatMap((read) => ('bytes' in read ? [{ file: read.file, bytes: read.bytes }] : []));
  const checks = checkSources(sources, today, baseFiles);
  let next = 0;
  return reads.map((read): CheckedFile => {
    if ('bytes' in read) return checks[next++]!;
    return { file: read.file, findings: [read.problem], onderdelen: null, data: undefined, ...(read.unreadable ? { unreadable: true } : {}) };
  });
}

/**
 * Where each report goes. A format without its own file goes to --output or standard output;
 * inside GitHub Actions annotations are added unasked, on stderr when stdout carries a report
 * for machines (GitHub's runner reads workflow commands from both).
 */
function planReports(options: CheckCommandOptions, io: CliIo): PlannedReport[] {
  const withoutFile = options.format.filter((target) => target.file === undefined);
  if (options.output !== undefined && withoutFile.length > 1) {
    throw new UserError(
      `--output geldt voor één formaat, maar ${withoutFile.map((t) => t.format).join(' en ')} hebben geen eigen bestand. Geef de andere formaten een eigen bestand, bijvoorbeeld --format sarif:rapport.sarif.`,
    );
  }
  // Text and GitHub annotations are lines a log reads; two documents on one stream are neither.
  const documentsOnStdout = options.output === undefined ? withoutFile.filter((t) => t.format !== 'text' && t.format !== 'github') : [];
  if (documentsOnStdout.length > 1) {
    throw new UserError(
      `${documentsOnStdout.map((t) => t.format).join(' en ')} zouden allebei op het scherm komen, aan elkaar vast. Geef ze elk een eigen bestand, bijvoorbeeld --format ${documentsOnStdout[0]!.format}:rapport.${documentsOnStdout[0]!.format}.`,
    );
  }
  const reports: PlannedReport[] = options.format.map((target) => {
    const path = target.file ?? options.output;
    return { format: target.format, destination: path === undefined ? { kind: 'stdout' } : { kind: 'file', path: resolve(io.cwd, path) } };
  });
  const files = reports.flatMap((r) => (r.destination.kind === 'file' ? [r.destination.path] : []));
  const twice = files.find((path, i) => files.indexOf(path) !== i);
  if (twice) throw new UserError(`Twee rapporten zouden naar hetzelfde bestand ${twice} gaan. Geef elk formaat een eigen bestand.`);

  if (io.env.GITHUB_ACTIONS === 'true' && !reports.some((r) => r.format === 'github')) {
    const stdoutForMachines = reports.some((r) => r.destination.kind === 'stdout' && r.format !== 'text');
    reports.unshift({ format: 'github', destination: { kind: stdoutForMachines ? 'stderr' : 'stdout' } });
  }
  return reports;
}

function reportOptions(destination: Destination, io: CliIo, thresholds: Thresholds, usage: UsageProblems): ReportOptions {
  return {
    thresholds,
    usage,
    color: destination.kind === 'stdout' ? useColor(io.stdout, io.env) : destination.kind === 'stderr' ? useColor(io.stderr, io.env) : false,
    tool: packageInfo(),
    root: io.env.GITHUB_WORKSPACE || io.env.CI_PROJECT_DIR || io.cwd,
    cwd: io.cwd,
  };
}

async function mapLimited<T, R>(items: readonly T[], limit: number, map: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) results[i] = await map(items[i]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}
