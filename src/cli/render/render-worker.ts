// Entry of a render worker thread (see worker-pool.ts): compiles the templates once, then plans the
// files it is given, one at a time. Built as dist/swa/render-worker.js.
import { parentPort, workerData } from 'node:worker_threads';
import { compileTemplates, type TemplateSource } from '../../render/template-set.js';
import { baseFilesFor } from '../base-files.js';
import { planSource, type FilePlan, type PlanSettings } from './plan-file.js';

export interface WorkerSetup {
  sources: TemplateSource[];
  settings: PlanSettings;
}

export interface PlanTask {
  file: string;
  bytes: Uint8Array;
}

/** The worker has started; then, per file, its plan or the message of what planning threw (the main thread plans that file again). */
export type PlanReply = { ready: true } | { plan: FilePlan } | { error: string };

const setup = workerData as WorkerSetup;
// The main thread checked and precompiled these templates (TemplateSet.precompiled): nothing is parsed again here.
const templates = compileTemplates(setup.sources);
// One per worker for the whole run: a region's base file is parsed once per worker.
const baseFiles = baseFilesFor(setup.settings.cwd);

parentPort?.postMessage({ ready: true } satisfies PlanReply);
parentPort?.on('message', (task: PlanTask) => {
  planSource(task.file, task.bytes, templates, baseFiles, setup.settings).then(
    (plan) => parentPort?.postMessage({ plan } satisfies PlanReply),
    (error: unknown) => parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies PlanReply),
  );
});
