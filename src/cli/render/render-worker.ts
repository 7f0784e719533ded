// Entry of a render worker thread (see planner.ts): compiles the templates once, then plans the
// files it is given. Built as dist/swa/render-worker.js.
import Tinypool from 'tinypool';
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

const setup = Tinypool.workerData as WorkerSetup;
// The main thread checked and precompiled these templates (TemplateSet.precompiled): nothing is parsed again here.
const templates = compileTemplates(setup.sources);
// One per worker for the whole run: a region's base file is parsed once per worker.
const baseFiles = baseFilesFor(setup.settings.cwd);

export default function plan(task: PlanTask): Promise<FilePlan> {
  return planSource(task.file, task.bytes, templates, baseFiles, setup.settings);
}
