import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { ResourceLimits } from 'node:worker_threads';
import type { TemplateSet, TemplateSource } from '../../render/template-set.js';
import { visible } from '../../report/visible.js';
import { EXIT, UserError } from '../io.js';
import type { BaseFiles } from '../base-files.js';
import type { FilePlan, PlanSettings } from './plan-file.js';
import { WorkerPool } from './worker-pool.js';

/** Plans files (check → render) in the main thread or spread over worker threads; results come back per file. */
export interface Planner {
  plan(file: string, bytes: Uint8Array): Promise<FilePlan>;
  /** How many files may be under way at once: enough to keep every worker busy, few enough to bound memory. */
  readonly ahead: number;
  close(): Promise<void>;
}

/**
 * Unless asked for (--kernen, SWA_KERNEN), workers start only for a batch of at least this many
 * documents: each worker loads swa and warms V8's compiler up on its own, which a small batch does
 * not earn back. Measured on two cores (best of 3, wall time, one thread → two workers): 128
 * documents 2.52 → 2.67 s, 192 documents 4.02 → 3.17 s; --per-partner 16 files (80 documents)
 * 1.45 → 1.55 s, 32 files (160) 2.64 → 2.31 s.
 */
const MIN_DOCUMENTS_FOR_WORKERS = 150;
/** What --per-partner makes of one file, for that estimate: the integral document and four partners'. */
const DOCUMENTS_PER_FILE_PER_PARTNER = 5;

/** The worker entry beside this module in the bundle (dist/swa/render-worker.js). */
const WORKER = new URL('./render-worker.js', import.meta.url);

/**
 * How many threads render uses: `--kernen`, else SWA_KERNEN (never more than the files), else every
 * core the machine offers (os.availableParallelism) when the batch is large enough (see
 * MIN_DOCUMENTS_FOR_WORKERS). One means the main thread.
 */
export function threadCount(asked: number | undefined, env: NodeJS.ProcessEnv, files: number, perPartner: boolean): number {
  const fromEnv = asked === undefined && env.SWA_KERNEN !== undefined && env.SWA_KERNEN.trim() !== '' ? parseThreads(env.SWA_KERNEN) : undefined;
  const chosen = asked ?? fromEnv;
  const documents = files * (perPartner ? DOCUMENTS_PER_FILE_PER_PARTNER : 1);
  if (chosen === undefined && documents < MIN_DOCUMENTS_FOR_WORKERS) return 1;
  return Math.max(1, Math.min(chosen ?? availableParallelism(), availableParallelism(), files));
}

/** SWA_KERNEN as set by the user: a wrong value is an error (exit 2), never silently all cores. */
function parseThreads(value: string): number {
  if (!/^[1-9]\d{0,2}$/.test(value.trim()))
    throw new UserError(
      `SWA_KERNEN is "${visible(value)}", maar moet een geheel getal van 1 of meer zijn, bijvoorbeeld 2 (of laat de variabele weg: dan kiest swa zelf, alle kernen vanaf 150 documenten).`,
      EXIT.usage,
    );
  return Number(value);
}

/** Loaded only when used: with workers, the main thread never loads docx. */
export async function inProcessPlanner(templates: TemplateSet, baseFiles: BaseFiles, settings: PlanSettings): Promise<Planner> {
  const { planSource } = await import('./plan-file.js');
  return {
    plan: (file, bytes) => planSource(file, bytes, templates, baseFiles, settings),
    ahead: 1,
    close: async () => undefined,
  };
}

/**
 * Heap limits of each render worker: it keeps ≈ 18 MB alive between files, but without a limit V8
 * lets its heap fill to ≈ 100 MB first. Measured on 342 files --per-partner, two workers, best of
 * 3 (processor s / wall s / peak RSS MB): no limit 23.8 / 12.4 / 288; old 256 MB 29.5 / 15.3 / 254;
 * old 256 + young 8 MB 31.8 / 16.6 / 186, but that also made the render without --per-partner
 * ≈ 15% slower (old 256 alone ≈ 7%); old 128 + young 8 MB 41.9 / 21.8 / 180 (at 128 MB or less V8
 * collects far more often). A worker that reaches the cap costs only time (see workerPlanner).
 */
const WORKER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 256 };

/**
 * A pool of worker threads (worker-pool.ts), each with the templates compiled once. The workers get the
 * templates the main thread already read, checked and precompiled (so a template file changed meanwhile
 * cannot make them differ); what a file gives depends only on the file, so the documents are the
 * same bytes whichever worker makes them. Without the built worker (tests run from source) the
 * main thread plans.
 *
 * A worker that dies (its heap limit reached, or any crash) costs only time: the file it was
 * planning is planned again by `fallback` in the main thread, which gives the same bytes; so is a
 * file whose planning threw in the worker (the main thread then throws the same, as with one thread).
 */
export async function workerPlanner(
  threads: number,
  sources: readonly TemplateSource[],
  settings: PlanSettings,
  fallback: () => Promise<Planner>,
  limits: ResourceLimits = WORKER_LIMITS,
): Promise<Planner> {
  if (threads <= 1 || !existsSync(fileURLToPath(WORKER))) return fallback();
  const pool = new WorkerPool(threads, WORKER, { sources: [...sources], settings }, limits);
  let closed = false;
  let mainThread: Promise<Planner> | undefined;
  const inMainThread = async (file: string, bytes: Uint8Array, workerError: unknown): Promise<FilePlan> => {
    mainThread ??= fallback();
    try {
      return await (await mainThread).plan(file, bytes);
    } catch (error) {
      const inWorker = reason(workerError) === reason(error) ? '' : ` (in een worker thread: ${reason(workerError)})`;
      // The message is shown through visible(), as every UserError is.
      throw new UserError(`interne fout bij ${file}: ${reason(error)}${inWorker}. Meld dit als probleem, met het commando dat u gaf.`, EXIT.usage);
    }
  };
  return {
    plan: async (file, bytes) => {
      try {
        return await pool.plan({ file, bytes });
      } catch (error) {
        // After close, the files still under way are ended; their results are not used any more.
        if (closed) throw error;
        return inMainThread(file, bytes, error);
      }
    },
    ahead: threads * 2 + 1,
    close: async () => {
      closed = true;
      await pool.close();
      await mainThread?.then(
        (planner) => planner.close(),
        () => undefined,
      );
    },
  };
}

/** Why a thread could not plan a file, in words for the user. */
function reason(error: unknown): string {
  if ((error as NodeJS.ErrnoException | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY') return 'het geheugen was op';
  if (error instanceof RangeError && error.message === 'Array buffer allocation failed') return 'het geheugen was op';
  return error instanceof Error ? error.message : String(error);
}
