import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileCheck } from '../../core/check.js';

export interface SourceToCheck {
  file: string;
  bytes: Uint8Array;
}

/**
 * Below this many files the extra threads cost more than they save: a worker needs ≈ 80 ms to
 * start and load the YAML parser, one file takes ≈ 2 ms once warm (see `npm run bench`).
 */
export const PARALLEL_MIN_FILES = 24;
const MAX_WORKERS = 3;

/** What the main thread and the workers share: all bytes in one buffer, and the claim counters. */
export interface SharedBatch {
  bytes: SharedArrayBuffer;
  /** [start, end) of each source in `bytes`. */
  ranges: Int32Array;
  names: string[];
  /** [0]: the next source to claim; [1 + w]: worker w's state (0 starting, 1 working, 2 not needed). */
  control: Int32Array;
  today: string;
}

export const WORKER_STATE = { starting: 0, working: 1, cancelled: 2 } as const;

/** Checks all sources; on a machine with several cores and many files, on several threads at once. */
export async function checkSources(sources: readonly SourceToCheck[], today: string): Promise<FileCheck[]> {
  const { checkSource } = await import('../../core/check.js');
  const workers = sources.length >= PARALLEL_MIN_FILES ? Math.min(availableParallelism() - 1, MAX_WORKERS, Math.floor(sources.length / PARALLEL_MIN_FILES)) : 0;
  if (workers < 1) return sources.map((source) => checkSource(source.file, source.bytes, { today }));

  const batch = share(sources, today, workers);
  const results: Array<FileCheck | undefined> = new Array(sources.length);
  const running = Array.from({ length: workers }, (_, w) => startWorker(batch, w));

  // The main thread works too, claiming files one at a time from the same counter as the workers.
  for (let i = Atomics.add(batch.control, 0, 1); i < sources.length; i = Atomics.add(batch.control, 0, 1)) {
    results[i] = checkSource(sources[i]!.file, sources[i]!.bytes, { today });
  }
  const outcomes = await Promise.all(
    running.map(({ worker, done }, w) => {
      // A worker that has not claimed a file yet is not needed any more: stop it instead of waiting for its start.
      if (Atomics.compareExchange(batch.control, 1 + w, WORKER_STATE.starting, WORKER_STATE.cancelled) === WORKER_STATE.starting) {
        void worker.terminate();
        return Promise.resolve([] as Array<[number, FileCheck]>);
      }
      return done;
    }),
  );
  for (const outcome of outcomes) for (const [index, check] of outcome) results[index] = check;
  // A worker that failed (it should not) leaves gaps: check those files here.
  return results.map((check, i) => check ?? checkSource(sources[i]!.file, sources[i]!.bytes, { today }));
}

function share(sources: readonly SourceToCheck[], today: string, workers: number): SharedBatch {
  const total = sources.reduce((n, s) => n + s.bytes.byteLength, 0);
  const bytes = new SharedArrayBuffer(total);
  const view = new Uint8Array(bytes);
  const ranges = new Int32Array(new SharedArrayBuffer(sources.length * 2 * 4));
  let offset = 0;
  sources.forEach((source, i) => {
    view.set(source.bytes, offset);
    ranges[2 * i] = offset;
    offset += source.bytes.byteLength;
    ranges[2 * i + 1] = offset;
  });
  const control = new Int32Array(new SharedArrayBuffer((1 + workers) * 4));
  return { bytes, ranges, names: sources.map((s) => s.file), control, today };
}

function startWorker(batch: SharedBatch, index: number): { worker: Worker; done: Promise<Array<[number, FileCheck]>> } {
  const worker = new Worker(new URL('./check-worker.js', import.meta.url), { workerData: { batch, index } });
  worker.unref();
  const done = new Promise<Array<[number, FileCheck]>>((resolve) => {
    worker.once('message', (results: Array<[number, FileCheck]>) => resolve(results));
    worker.once('error', () => resolve([]));
    worker.once('exit', () => resolve([]));
  });
  return { worker, done };
}
