import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { TemplateSet, TemplateSource } from '../../render/template-set.js';
import { visible } from '../../report/visible.js';
import { EXIT, UserError } from '../io.js';
import type { BaseFiles } from '../base-files.js';
import type { FilePlan, PlanSettings } from './plan-file.js';
import type { PlanTask, WorkerSetup } from './render-worker.js';

/** Plans files (check → render) in the main thread or spread over worker threads; results come back per file. */
export interface Planner {
  plan(file: string, bytes: Uint8Array): Promise<FilePlan>;
  /** How many files may be under way at once: enough to keep every worker busy, few enough to bound memory. */
  readonly ahead: number;
  close(): Promise<void>;
}

/** Fewer files than this are planned in the main thread: starting workers (≈ 0.3 s each, docx and Handlebars loaded again) costs more. */
const MIN_FILES_FOR_WORKERS = 4;

/** The worker entry beside this module in the bundle (dist/swa/render-worker.js). */
const WORKER = new URL('./render-worker.js', import.meta.url);

/**
 * How many threads render uses: `--kernen`, else SWA_KERNEN, else every core the machine offers
 * (os.availableParallelism). One, or a batch of fewer than MIN_FILES_FOR_WORKERS files, means the main thread.
 */
export function threadCount(asked: number | undefined, env: NodeJS.ProcessEnv, files: number): number {
  const fromEnv = asked === undefined && env.SWA_KERNEN !== undefined && env.SWA_KERNEN.trim() !== '' ? parseThreads(env.SWA_KERNEN) : undefined;
  const wanted = Math.min(asked ?? fromEnv ?? availableParallelism(), availableParallelism(), files);
  return files < MIN_FILES_FOR_WORKERS ? 1 : Math.max(1, wanted);
}

/** SWA_KERNEN as set by the user: a wrong value is an error (exit 2), never silently all cores. */
function parseThreads(value: string): number {
  if (!/^[1-9]\d{0,2}$/.test(value.trim()))
    throw new UserError(
      `SWA_KERNEN is "${visible(value)}", maar moet een geheel getal van 1 of meer zijn, bijvoorbeeld 2 (of laat de variabele weg: dan gebruikt swa alle kernen).`,
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
 * A tinypool of worker threads, each with the templates compiled once. The workers get the
 * templates the main thread already read, checked and precompiled (so a template file changed meanwhile
 * cannot make them differ); what a file gives depends only on the file, so the documents are the
 * same bytes whichever worker makes them. Without the built worker (tests run from source) the
 * main thread plans.
 */
export async function workerPlanner(
  threads: number,
  sources: readonly TemplateSource[],
  settings: PlanSettings,
  fallback: () => Promise<Planner>,
): Promise<Planner> {
  if (threads <= 1 || !existsSync(fileURLToPath(WORKER))) return fallback();
  const { Tinypool } = await import('tinypool');
  const setup: WorkerSetup = { sources: [...sources], settings };
  const pool = new Tinypool({
    filename: WORKER.href,
    minThreads: threads,
    maxThreads: threads,
    workerData: setup,
    // A smaller young generation than V8's default keeps memory bounded with two workers beside the
    // main thread: 60 files --per-partner peaked at 282–285 MB instead of 333–348 MB, for ≈ 10% more CPU.
    resourceLimits: { maxYoungGenerationSizeMb: 16 },
  });
  return {
    plan: (file, bytes) => pool.run({ file, bytes } satisfies PlanTask) as Promise<FilePlan>,
    ahead: threads * 2 + 1,
    close: () => pool.destroy(),
  };
}
