import type { CliIo } from './io.js';

/** What a command's registration gets: the outside world and a way to set the exit code. */
export interface CommandContext {
  io: CliIo;
  setExitCode(code: number): void;
}
