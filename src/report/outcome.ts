import { outcomeOf, type Breach, type CheckRun, type Outcome } from '../core/run.js';
import type { ReportOptions } from './types.js';

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The run's verdict as the CLI computed it for its exit code; without one, the default thresholds. */
export function outcomeFor(run: CheckRun, options: ReportOptions): Outcome {
  return outcomeOf(run, options.thresholds, options.usage);
}

/** One Dutch line per reason for the exit code, the same words in every report. */
export function describeBreach(breach: Breach): string {
  const code = `exitcode ${breach.exitCode}`;
  switch (breach.kind) {
    case 'unreadable':
      return `${count(breach.files, 'bestand', 'bestanden')} niet te lezen, dus niet alles gecontroleerd: ${code}`;
    case 'inputs':
      return `${count(breach.arguments, 'argument', 'argumenten')} zonder bestand om te controleren: ${code}`;
    case 'reports':
      return `${count(breach.reports, 'rapport', 'rapporten')} niet geschreven: ${code}`;
    case 'fail-on':
      return `${failOnCount(breach.failOn, breach.findings)} (--fail-on ${breach.failOn}): ${code}`;
    case 'max-waarschuwingen':
      return `meer dan ${count(breach.max, 'waarschuwing', 'waarschuwingen')} (${breach.waarschuwingen}, --max-waarschuwingen ${breach.max}): ${code}`;
  }
}

function failOnCount(failOn: 'fout' | 'waarschuwing' | 'info', n: number): string {
  if (failOn === 'fout') return count(n, 'fout', 'fouten');
  if (failOn === 'waarschuwing') return count(n, 'fout of waarschuwing', 'fouten of waarschuwingen');
  return count(n, 'melding', 'meldingen');
}
