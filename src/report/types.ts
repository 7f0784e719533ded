import type { CheckRun, Thresholds, UsageProblems } from '../core/run.js';

export interface ReportOptions {
  /** ANSI colours, for the text report on a terminal. */
  color: boolean;
  tool: { name: string; version: string };
  /**
   * The directory file paths are reported relative to: the repository root in CI
   * (GITHUB_WORKSPACE, CI_PROJECT_DIR), otherwise the current directory.
   */
  root: string;
  /** The directory the file names in the run are relative to. */
  cwd: string;
  /** `--fail-on` and `--max-waarschuwingen`: a report's pass or fail follows them (default: fail on a fout). */
  thresholds?: Thresholds;
  /** Problems outside the files that also decide the exit code. */
  usage?: UsageProblems;
}

/** A reporter turns a finished run into the text of one report; writing it somewhere is the CLI's job. */
export type Reporter = (run: CheckRun, options: ReportOptions) => string;
