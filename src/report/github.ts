import type { Severity } from '../findings.js';
import { describeRule } from '../core/rules/catalog.js';
import { repositoryPath } from './paths.js';
import type { Reporter } from './types.js';
import { visible } from './visible.js';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { fout: 'error', waarschuwing: 'warning', info: 'notice' };

/**
 * GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=…::…`): the runner turns
 * each into an annotation on that line of the pull request's diff.
 */
export const formatGithub: Reporter = (run, options) => {
  const lines = run.files.flatMap((file) =>
    file.findings.map((finding) => {
      const properties = [`file=${escapeProperty(repositoryPath(finding.file, options))}`];
      if (finding.line > 0) properties.push(`line=${finding.line}`, `col=${Math.max(finding.column, 1)}`);
      const onderdeel = finding.onderdeel ? ` (onderdeel ${finding.onderdeel})` : '';
      properties.push(`title=${escapeProperty(`swa ${finding.rule}${onderdeel}: ${describeRule(finding.rule).titel}`)}`);
      return `::${COMMAND[finding.severity]} ${properties.join(',')}::${escapeData(finding.message)}`;
    }),
  );
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};

// The runner's own escaping (actions/toolkit, command.ts): data escapes %, CR and LF; properties also : and ,.
// Before that, visible() shows other controls (ESC) and bidi characters as escapes, as in the text report;
// line breaks stay, because the runner's %0A turns them back into line breaks inside the annotation.
function escapeData(value: string): string {
  return value.split('\n').map(visible).join('\n').replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
