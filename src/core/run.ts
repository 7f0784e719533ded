import { isAtLeast, ONDERDELEN, SEVERITIES, type Onderdeel, type Severity } from '../findings.js';
import type { FileCheck } from './check.js';

export interface CheckedFile extends FileCheck {
  /** The file could not be read at all (missing, a directory, no permission): a usage error, exit 2. */
  unreadable?: boolean;
  /**
   * Decided by the file's own check, when findings about something else are listed with it
   * (`swa verwerk` adds those about the Word document): they do not make the agreements incomplete.
   */
  completeByCheck?: boolean;
}

export interface CheckRun {
  today: string;
  files: CheckedFile[];
}

export type FailOn = Severity | 'nooit';

export interface RunSummary {
  files: number;
  /** Base files (`basis: true`): incomplete on purpose, so not counted as complete or missing anything. */
  bases: number;
  /** Files whose onderdelen could be assessed: readable agreements of a gemeente. */
  assessed: number;
  complete: number;
  findings: Record<Severity, number>;
  /** Per onderdeel: in how many assessed files it is not compleet. */
  missingPerOnderdeel: Record<Onderdeel, number>;
}

/** A gemeente file whose onderdelen could be assessed (a broken file's statuses would only mislead). */
export function isAssessed(file: CheckedFile): boolean {
  return !file.unreadable && !file.isBase && file.onderdelen !== null;
}

/** A file is complete when it could be assessed and has no fout or waarschuwing. */
export function isComplete(file: CheckedFile): boolean {
  if (file.completeByCheck !== undefined) return file.completeByCheck;
  return isAssessed(file) && !file.findings.some((f) => isAtLeast(f.severity, 'waarschuwing'));
}

export function summarize(run: CheckRun): RunSummary {
  const findings = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const missingPerOnderdeel = Object.fromEntries(ONDERDELEN.map((o) => [o, 0])) as Record<Onderdeel, number>;
  for (const file of run.files) {
    for (const finding of file.findings) findings[finding.severity] += 1;
    if (!isAssessed(file)) continue;
    for (const onderdeel of ONDERDELEN) {
      // Stryker disable next-line OptionalChaining: equivalent; isAssessed() above means onderdelen is not null (the ?. is for the type checker)
      if (file.onderdelen?.[onderdeel] !== 'compleet') missingPerOnderdeel[onderdeel] += 1;
    }
  }
  return {
    files: run.files.length,
    bases: run.files.filter((file) => file.isBase).length,
    assessed: run.files.filter(isAssessed).length,
    complete: run.files.filter(isComplete).length,
    findings,
    missingPerOnderdeel,
  };
}

/** What makes `swa check` fail: `--fail-on` and `--max-waarschuwingen` (README, "Drempels"). */
export interface Thresholds {
  failOn: FailOn;
  maxWaarschuwingen?: number;
}

const DEFAULT_THRESHOLDS: Thresholds = { failOn: 'fout' };

/** What went wrong outside the files: arguments that named no file, reports that could not be written. */
export interface UsageProblems {
  /** Arguments (a pattern, a directory) that yielded no file to check. */
  inputs?: number;
  /** Reports that could not be written. */
  reports?: number;
}

/** One reason for a non-zero exit code, as data; the reports put it in words. */
export type Breach =
  | { kind: 'unreadable'; exitCode: 2; files: number }
  | { kind: 'inputs'; exitCode: 2; arguments: number }
  | { kind: 'reports'; exitCode: 2; reports: number }
  | { kind: 'fail-on'; exitCode: 1; failOn: Severity; findings: number }
  | { kind: 'max-waarschuwingen'; exitCode: 1; max: number; waarschuwingen: number };

export interface Outcome {
  exitCode: 0 | 1 | 2;
  thresholds: Thresholds;
  /** Every reason that applies, most serious first; empty exactly when the exit code is 0. */
  breaches: Breach[];
}

/**
 * The exit code with its reasons: a pure function of the run, the thresholds and the usage
 * problems (see README, "Exitcodes"). Every report takes its verdict from here, so none can say
 * "in orde" while the exit code says otherwise.
 */
export function outcomeOf(run: CheckRun, thresholds: Thresholds = DEFAULT_THRESHOLDS, usage: UsageProblems = {}): Outcome {
  const breaches: Breach[] = [];
  const unreadable = run.files.filter((f) => f.unreadable).length;
  if (unreadable > 0) breaches.push({ kind: 'unreadable', exitCode: 2, files: unreadable });
  if ((usage.inputs ?? 0) > 0) breaches.push({ kind: 'inputs', exitCode: 2, arguments: usage.inputs! });
  if ((usage.reports ?? 0) > 0) breaches.push({ kind: 'reports', exitCode: 2, reports: usage.reports! });
  const all = run.files.flatMap((f) => f.findings);
  const { failOn, maxWaarschuwingen } = thresholds;
  if (failOn !== 'nooit') {
    const findings = all.filter((f) => isAtLeast(f.severity, failOn)).length;
    if (findings > 0) breaches.push({ kind: 'fail-on', exitCode: 1, failOn, findings });
  }
  if (maxWaarschuwingen !== undefined) {
    const waarschuwingen = all.filter((f) => f.severity === 'waarschuwing').length;
    if (waarschuwingen > maxWaarschuwingen) breaches.push({ kind: 'max-waarschuwingen', exitCode: 1, max: maxWaarschuwingen, waarschuwingen });
  }
  const exitCode = breaches.reduce<0 | 1 | 2>((code, breach) => (breach.exitCode > code ? breach.exitCode : code), 0);
  return { exitCode, thresholds, breaches };
}

/** The exit code alone (see outcomeOf). */
export function exitCodeFor(run: CheckRun, failOn: FailOn, maxWaarschuwingen?: number): 0 | 1 | 2 {
  return outcomeOf(run, { failOn, maxWaarschuwingen }).exitCode;
}
