/** Everything a command may touch of the outside world, passed in so tests can run the CLI in-process. */
export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export const EXIT = {
  /** No finding at or above --fail-on. */
  ok: 0,
  /** Findings at or above --fail-on (a YAML syntax error is a finding too). */
  findings: 1,
  /** Usage errors, unreadable or missing files, broken templates, internal errors. */
  usage: 2,
} as const;

/** An error meant for the user: its message is Dutch and complete; no stack trace is shown. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
  }
}

export function useColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}
