import type { Severity } from '../findings.js';
import { describeRule } from '../core/rules/catalog.js';
import { fingerprints } from './fingerprint.js';
import { repositoryPath } from './paths.js';
import type { Reporter } from './types.js';

const SEVERITY: Record<Severity, 'major' | 'minor' | 'info'> = { fout: 'major', waarschuwing: 'minor', info: 'info' };

/**
 * GitLab Code Quality report (a subset of the Code Climate issue format). The fingerprint does
 * not depend on the line, so a finding stays "the same" in the merge request widget when lines
 * above it change.
 */
export const formatGitlab: Reporter = (run, options) => {
  const issues = run.files.flatMap((file) => {
    // Keyed on the checked file, so a TODO in a shared base is one issue per gemeente file.
    const prints = fingerprints(repositoryPath(file.file, options), file.findings);
    return file.findings.map((finding, i) => ({
      type: 'issue',
      description: finding.onderdeel ? `${finding.message} (onderdeel ${finding.onderdeel})` : finding.message,
      check_name: finding.rule,
      fingerprint: prints[i]!,
      severity: SEVERITY[finding.severity],
      content: { body: describeRule(finding.rule).hulp },
      location: {
        path: repositoryPath(finding.file, options),
        lines: { begin: Math.max(finding.line, 1) },
      },
    }));
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
};
