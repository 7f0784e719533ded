import type { Reporter } from './types.js';

export const REPORT_FORMATS = ['text', 'json', 'junit', 'sarif', 'github', 'gitlab'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** What each format is for, in the words of `swa check --help` and the README. */
export const REPORT_FORMAT_USE = {
  text: 'leesbaar overzicht (standaard)',
  json: 'alle meldingen en de stand per onderdeel, voor eigen scripts en dashboards',
  junit: 'JUnit XML: één testsuite per bestand, één test per onderdeel (GitLab, Jenkins, Azure DevOps)',
  sarif: 'SARIF 2.1.0 voor GitHub code scanning',
  github: 'annotaties in GitHub Actions (workflow commands)',
  gitlab: 'GitLab Code Quality-rapport',
} satisfies Record<ReportFormat, string>;

/** Every format, loaded only when asked for: a run that prints text never parses the SARIF reporter. */
export const REPORTERS = {
  text: async () => (await import('./text.js')).formatText,
  json: async () => (await import('./json.js')).formatJson,
  junit: async () => (await import('./junit.js')).formatJunit,
  sarif: async () => (await import('./sarif.js')).formatSarif,
  github: async () => (await import('./github.js')).formatGithub,
  gitlab: async () => (await import('./gitlab.js')).formatGitlab,
} satisfies Record<ReportFormat, () => Promise<Reporter>>;

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}
