import { summarize } from '../core/run.js';
import { describeBreach, outcomeFor } from './outcome.js';
import type { Reporter } from './types.js';

/** One document for all files: findings plus the per-onderdeel status a dashboard or renderer needs. */
export const formatJson: Reporter = (run, options) => {
  const outcome = outcomeFor(run, options);
  const document = {
    tool: options.tool,
    today: run.today,
    summary: summarize(run),
    // The exit code and why, as the CLI decides it; each reason with its Dutch line.
    outcome: {
      exitCode: outcome.exitCode,
      failOn: outcome.thresholds.failOn,
      ...(outcome.thresholds.maxWaarschuwingen !== undefined ? { maxWaarschuwingen: outcome.thresholds.maxWaarschuwingen } : {}),
      reasons: outcome.breaches.map((breach) => ({ ...breach, message: describeBreach(breach) })),
    },
    files: run.files.map((file) => ({
      file: file.file,
      readable: !file.unreadable,
      onderdelen: file.onderdelen,
      findings: file.findings,
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
};
