import { removeLiveTemporaries } from './temporary-files.js';

/** 128 + the signal's number, as a shell reports a process ended by it. */
const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/**
 * What only the real process needs (the in-process tests call run() without it): an interrupt
 * removes the temporary files of writes in progress before exiting, and a reader that closes the
 * pipe early (`swa check … | head -c 1`) ends output quietly instead of with Node's EPIPE stack
 * trace. The run itself goes on, so files it writes are still written and its exit code holds.
 */
export function guardProcess(proc: NodeJS.Process): void {
  for (const [signal, code] of Object.entries(SIGNAL_EXIT_CODES)) {
    proc.once(signal as NodeJS.Signals, () => {
      removeLiveTemporaries();
      try {
        proc.stderr.write(`\nswa: onderbroken (${signal}); wat half geschreven was, is opgeruimd.\n`);
      } catch {
        // stderr may be gone too.
      }
      // A write whose file was still being created in Node's thread pool can land just after the
      // first clean-up; no new write starts any more, so a second one a moment later gets it.
      setTimeout(() => {
        removeLiveTemporaries();
        proc.exit(code);
      }, 50);
    });
  }
  for (const stream of [proc.stdout, proc.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      // A closed pipe: nobody reads any more, which is the reader's choice, not a failure of swa.
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
      if (stream !== proc.stderr) proc.stderr.write(`swa: de uitvoer kan niet worden geschreven (${error.code ?? error.message}).\n`);
      proc.exitCode = 2;
    });
  }
}
