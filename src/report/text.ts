import { ONDERDELEN, type Finding, type Severity } from '../findings.js';
import { ONDERDEEL_INFO } from '../core/domain/onderdelen.js';
import { summarize, type Outcome, type RunSummary } from '../core/run.js';
import { describeBreach, outcomeFor } from './outcome.js';
import type { Reporter } from './types.js';
import { visible } from './visible.js';

const ansi = { red: [31, 39], yellow: [33, 39], blue: [34, 39], dim: [2, 22], bold: [1, 22], green: [32, 39], underline: [4, 24] } as const;
type Style = keyof typeof ansi;
type Paint = (style: Style, text: string) => string;

const severityStyle: Record<Severity, Style> = { fout: 'red', waarschuwing: 'yellow', info: 'blue' };

/** Human report: per file `line:col  severity  onderdeel  message  rule`, then a summary of the run. */
export const formatText: Reporter = (run, options) => {
  const paint: Paint = (style, text) => (options.color ? `\u001b[${ansi[style][0]}m${text}\u001b[${ansi[style][1]}m` : text);
  // Everything from a file passes through visible(): no key, value or file name can start a line of its own.
  const lines: string[] = [];
  for (const file of run.files) {
    if (file.findings.length === 0) continue;
    lines.push(paint('underline', visible(file.file)));
    const rows = file.findings.map((f) => row(f, file.file));
    // A loop, not Math.max(...spread): a spread of 50,000 findings exceeds the call stack.
    const widths = [0, 1, 2].map((i) => rows.reduce((max, r) => Math.max(max, r.cells[i]!.length), 0));
    for (const { cells, finding } of rows) {
      const [position, severity, onderdeel] = cells.map((cell, i) => cell.padEnd(widths[i]!)) as [string, string, string];
      lines.push(
        `  ${paint('dim', position)}  ${paint(severityStyle[finding.severity], severity)}  ${onderdeel}  ${visible(finding.message)}  ${paint('dim', visible(finding.rule))}`,
      );
    }
    lines.push('');
  }
  const summary = summarize(run);
  for (const line of missingPerOnderdeel(summary)) lines.push(line);
  const outcome = outcomeFor(run, options);
  lines.push(summaryLine(outcome, summary, paint));
  // Why the exit code is not 0, so a failing pipeline says so in its log. A fout failing the run
  // is the default and the summary line already counts the fouten; every other reason is named.
  for (const breach of outcome.breaches) {
    if (breach.kind !== 'fail-on' || breach.failOn !== 'fout') lines.push(`  ${describeBreach(breach)}`);
  }
  return `${lines.join('\n')}\n`;
};

function row(finding: Finding, file: string): { cells: [string, string, string]; finding: Finding } {
  const position = finding.line > 0 ? `${finding.line}:${finding.column}` : '-';
  const where = finding.file === file ? position : `${visible(finding.file)}:${position}`;
  return { cells: [where, finding.severity, finding.onderdeel ?? '-'], finding };
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Which onderdelen are missing or incomplete in how many files: where a region should start. */
function missingPerOnderdeel(summary: RunSummary): string[] {
  const missing = ONDERDELEN.filter((onderdeel) => summary.missingPerOnderdeel[onderdeel] > 0);
  if (missing.length === 0) return [];
  const width = Math.max(...missing.map((o) => o.length));
  const of = summary.assessed === 1 ? '' : ` van ${summary.assessed}`;
  return [
    'Niet compleet per onderdeel:',
    ...missing.map((onderdeel) => {
      const n = summary.missingPerOnderdeel[onderdeel];
      return `  ${onderdeel.padEnd(width)}  ${ONDERDEEL_INFO[onderdeel].titel}: ${count(n, 'bestand', 'bestanden')}${of}`;
    }),
    '',
  ];
}

/** ✔ exactly when the exit code is 0: the mark agrees with what the pipeline does. */
function summaryLine(outcome: Outcome, summary: RunSummary, paint: Paint): string {
  const files = count(summary.files, 'bestand', 'bestanden');
  const findings = [
    count(summary.findings.fout, 'fout', 'fouten'),
    count(summary.findings.waarschuwing, 'waarschuwing', 'waarschuwingen'),
    `${summary.findings.info} info`,
  ].join(', ');
  const mark = outcome.exitCode === 0 ? paint('green', '✔') : paint('red', '✖');
  const notAssessed = summary.files - summary.bases - summary.assessed;
  const aside = [
    summary.bases > 0 ? count(summary.bases, 'basisbestand', 'basisbestanden') : '',
    notAssessed > 0 ? `${notAssessed} niet te beoordelen` : '',
  ].filter(Boolean);
  return `${mark} ${files} gecontroleerd${aside.length ? ` (waarvan ${aside.join(', ')})` : ''}, ${summary.complete} compleet: ${findings}.`;
}
