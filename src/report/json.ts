import { summarize } from '../core/run.js';
import type { Reporter } from './types.js';

/** One document for all files: findings plus the per-onderdeel status a dashboard or renderer needs. */
export const formatJson: Reporter = (run, options) => {
  const document = {
    tool: options.tool,
    today: run.today,
    summary: summarize(run),
    files: run.files.map((file) => ({
      file: file.file,
      readable: !file.unreadable,
      onderdelen: file.onderdelen,
      findings: file.findings,
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
};
