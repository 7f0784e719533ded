import { summarize, type CheckRun } from '../core/run.js';

/** One document for all files: findings plus the per-onderdeel status a dashboard or renderer needs. */
export function formatJson(run: CheckRun, tool: { name: string; version: string }): string {
  const document = {
    tool,
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
}
