import type { Finding, Severity } from '../findings.js';
import { summarize, type CheckRun } from '../core/run.js';

export interface TextOptions {
  color: boolean;
}

const ansi = { red: [31, 39], yellow: [33, 39], blue: [34, 39], dim: [2, 22], bold: [1, 22], green: [32, 39], underline: [4, 24] } as const;
type Style = keyof typeof ansi;

const severityStyle: Record<Severity, Style> = { fout: 'red', waarschuwing: 'yellow', info: 'blue' };

/** Human report: per file `line:col  severity  onderdeel  message  rule`, then a summary. */
export function formatText(run: CheckRun, options: TextOptions): string {
  const paint = (style: Style, text: string): string => (options.color ? `\u001b[${ansi[style][0]}m${text}\u001b[${ansi[style][1]}m` : text);
  const lines: string[] = [];
  for (const file of run.files) {
    if (file.findings.length === 0) continue;
    lines.push(paint('underline', file.file));
    const rows = file.findings.map((f) => row(f, file.file));
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r.cells[i]!.length)));
    for (const { cells, finding } of rows) {
      const [position, severity, onderdeel] = cells.map((cell, i) => cell.padEnd(widths[i]!)) as [string, string, string];
      lines.push(`  ${paint('dim', position)}  ${paint(severityStyle[finding.severity], severity)}  ${onderdeel}  ${finding.message}  ${paint('dim', finding.rule)}`);
    }
    lines.push('');
  }
  lines.push(summaryLine(run, paint));
  return `${lines.join('\n')}\n`;
}

function row(finding: Finding, file: string): { cells: [string, string, string]; finding: Finding } {
  const position = finding.line > 0 ? `${finding.line}:${finding.column}` : '-';
  const where = finding.file === file ? position : `${finding.file}:${position}`;
  return { cells: [where, finding.severity, finding.onderdeel ?? '-'], finding };
}

function summaryLine(run: CheckRun, paint: (style: Style, text: string) => string): string {
  const summary = summarize(run);
  const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  const files = count(summary.files, 'bestand', 'bestanden');
  const findings = [
    count(summary.findings.fout, 'fout', 'fouten'),
    count(summary.findings.waarschuwing, 'waarschuwing', 'waarschuwingen'),
    `${summary.findings.info} info`,
  ].join(', ');
  const ok = summary.findings.fout === 0 && summary.findings.waarschuwing === 0 && !run.files.some((f) => f.unreadable);
  const mark = ok ? paint('green', '✔') : paint('red', '✖');
  return `${mark} ${files} gecontroleerd, ${summary.complete} compleet: ${findings}.`;
}
