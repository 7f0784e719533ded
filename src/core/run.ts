import { isAtLeast, ONDERDELEN, SEVERITIES, type Onderdeel, type Severity } from '../findings.js';
import type { FileCheck } from './check.js';

export interface CheckedFile extends FileCheck {
  /** The file could not be read at all (missing, a directory, no permission): a usage error, exit 2. */
  unreadable?: boolean;
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

/** The exit code is a pure function of the run and the options (see README, "Exitcodes"). */
export function exitCodeFor(run: CheckRun, failOn: FailOn, maxWaarschuwingen?: number): 0 | 1 | 2 {
  if (run.files.some((f) => f.unreadable)) return 2;
  const all = run.files.flatMap((f) => f.findings);
  if (failOn !== 'nooit' && all.some((f) => isAtLeast(f.severity, failOn))) return 1;
  if (maxWaarschuwingen !== undefined && all.filter((f) => f.severity === 'waarschuwing').length > maxWaarschuwingen) return 1;
  return 0;
}
