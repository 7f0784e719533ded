import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { FilePlan } from './plan-file.js';
import type { PlanReply, PlanTask, WorkerSetup } from './render-worker.js';

interface Job {
  task: PlanTask;
  resolve: (plan: FilePlan) => void;
  reject: (error: unknown) => void;
}

interface Thread {
  worker: Worker;
  job: Job | null;
  /** Said it is ready: its start worked, so one that replaces it will start too. */
  started: boolean;
}

/**
 * A fixed number of render worker threads taking files from one queue. A worker that dies (its
 * heap limit reached, an uncaught error, an exit) rejects the file it had. A worker that had
 * started is replaced; one that died while starting is not (another would die the same way), and
 * with no worker left every queued file is rejected. Nothing a worker does becomes an
 * unhandled 'error' event: the caller sees rejected plans only. (tinypool emitted an 'error' event
 * for a worker that died between files, and its destroy() hung on a worker that died while it ended.)
 */
export class WorkerPool {
  private readonly threads = new Set<Thread>();
  private readonly queue: Job[] = [];
  private closed = false;

  constructor(
    size: number,
    private readonly entry: URL,
    private readonly setup: WorkerSetup,
    private readonly limits: ResourceLimits,
  ) {
    for (let i = 0; i < size; i += 1) this.start();
  }

  plan(task: PlanTask): Promise<FilePlan> {
    if (this.closed || this.threads.size === 0) return Promise.reject(new Error('geen worker thread meer'));
    return new Promise<FilePlan>((resolve, reject) => {
      this.queue.push({ task, resolve, reject });
      this.next();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const threads = [...this.threads];
    this.threads.clear();
    for (const job of this.queue.splice(0)) job.reject(new Error('gestopt'));
    for (const thread of threads) thread.job?.reject(new Error('gestopt'));
    await Promise.all(threads.map((thread) => thread.worker.terminate()));
  }

  private start(): void {
    const worker = new Worker(this.entry, { workerData: this.setup, resourceLimits: this.limits });
    const thread: Thread = { worker, job: null, started: false };
    this.threads.add(thread);
    // An idle worker does not keep the process alive; one with a file does (see next()).
    worker.unref();
    worker.on('message', (reply: PlanReply) => {
      if ('ready' in reply) {
        thread.started = true;
        return;
      }
      const job = thread.job;
      thread.job = null;
      worker.unref();
      if ('plan' in reply) job?.resolve(reply.plan);
      else job?.reject(new Error(reply.error));
      this.next();
    });
    worker.on('error', (error) => this.lost(thread, error));
    worker.on('exit', (code) => this.lost(thread, new Error(`worker thread gestopt met code ${code}`)));
  }

  private lost(thread: Thread, error: unknown): void {
    // 'exit' follows 'error', and close() ends every worker: each death counts once, and none after close.
    if (!this.threads.delete(thread)) return;
    thread.job?.reject(error);
    if (this.closed) return;
    if (thread.started) this.start();
    if (this.threads.size === 0) for (const job of this.queue.splice(0)) job.reject(error);
    this.next();
  }

  private next(): void {
    for (const thread of this.threads) {
      if (thread.job !== null) continue;
      const job = this.queue.shift();
      if (!job) return;
      thread.job = job;
      thread.worker.ref();
      thread.worker.postMessage(job.task);
    }
  }
}
