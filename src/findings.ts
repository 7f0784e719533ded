/** The shared vocabulary of the whole tool: what a finding is and which onderdeel it belongs to. */

export const SEVERITIES = ['fout', 'waarschuwing', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Onderdelen a–j of §6c with their sub-items, then the three voorwaarden that follow them. */
export const ONDERDELEN = [
  'a',
  'b.i',
  'b.ii',
  'c',
  'd.i',
  'd.ii',
  'd.iii',
  'd.iv',
  'd.v',
  'e',
  'f',
  'g',
  'h',
  'i',
  'j',
  'voorwaarde.visie',
  'voorwaarde.aansluiting',
  'voorwaarde.evaluatie',
] as const;
export type Onderdeel = (typeof ONDERDELEN)[number];

export type OnderdeelStatus = 'compleet' | 'onvolledig' | 'ontbreekt';

export type PathSegment = string | number;

export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

export interface Finding extends SourcePosition {
  rule: string;
  severity: Severity;
  onderdeel: Onderdeel | null;
  message: string;
  path: PathSegment[];
}

const severityRank: Record<Severity, number> = { fout: 3, waarschuwing: 2, info: 1 };

export function isAtLeast(severity: Severity, threshold: Severity): boolean {
  return severityRank[severity] >= severityRank[threshold];
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || severityRank[b.severity] - severityRank[a.severity] || a.rule.localeCompare(b.rule);
}
