import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseFilesFor } from '../../src/cli/base-files.js';
import type { PlanSettings } from '../../src/cli/render/plan-file.js';
import { inProcessPlanner, type Planner } from '../../src/cli/render/planner.js';
import { WorkerPool } from '../../src/cli/render/worker-pool.js';
import { loadTemplates } from '../../src/render/load-templates.js';
import { compileTemplates } from '../../src/render/template-set.js';
import { BIN, ROOT, swa } from '../helpers/cli.js';

// The planner as built (dist/cli/render/planner.js), beside the built worker it starts; from
// source there is no worker and it plans in the main thread.
const built = (await import(pathToFileURL(join(ROOT, 'dist/cli/render/planner.js')).href)) as typeof import('../../src/cli/render/planner.js');

const settings: PlanSettings = { datum: '2026-11-23', strict: false, perPartner: true, generator: 'swa test', cwd: ROOT };
const FILES = ['examples/voorbeeldstad.yaml', 'test/fixtures/check/compleet/afspraken.yaml', 'examples/concept-middenwaard.yaml'];

async function setup(): Promise<{ sources: Awaited<ReturnType<typeof loadTemplates>>; inProcess: () => Promise<Planner>; fallbacks: () => number }> {
  const sources = await loadTemplates(null);
  const templates = compileTemplates(sources);
  let made = 0;
  return {
    sources,
    inProcess: () => {
      made += 1;
      return inProcessPlanner(templates, baseFilesFor(ROOT), settings);
    },
    fallbacks: () => made,
  };
}

/** Every file planned at once, as the render loop keeps several under way. */
async function planAll(planner: Planner): Promise<unknown[]> {
  try {
    return await Promise.all(FILES.map((file) => planner.plan(file, readFileSync(join(ROOT, file)))));
  } finally {
    await planner.close();
  }
}

describe('render workers and their heap limit', () => {
  it('a worker within its limit gives the plan of the main thread, without loading the main thread planner', async () => {
    const { sources, inProcess, fallbacks } = await setup();
    const expected = await planAll(await inProcess());
    const pooled = await planAll(await built.workerPlanner(2, sources, settings, inProcess));
    expect(pooled).toEqual(expected);
    expect(fallbacks()).toBe(1);
  }, 60_000);

  it('a worker that runs out of memory costs only time: the main thread plans its files, with the same bytes', async () => {
    const { sources, inProcess, fallbacks } = await setup();
    const expected = await planAll(await inProcess());
    // 4 MB of old generation: too little to even load swa's modules, so every worker dies, in a file or before one.
    const pooled = await planAll(await built.workerPlanner(2, sources, settings, inProcess, { maxOldGenerationSizeMb: 4, maxYoungGenerationSizeMb: 1 }));
    expect(pooled).toEqual(expected);
    // Loaded once, on the first failure, and kept for the rest of the run.
    expect(fallbacks()).toBe(2);
  }, 60_000);

  it('when the main thread fails too, the run stops with one Dutch message for the user and exit code 2', async () => {
    const { sources } = await setup();
    const failing = async (): Promise<Planner> => ({
      plan: () => Promise.reject(new Error('stuk')),
      ahead: 1,
      close: async () => undefined,
    });
    const planner = await built.workerPlanner(2, sources, settings, failing, { maxOldGenerationSizeMb: 4, maxYoungGenerationSizeMb: 1 });
    try {
      const error = await planner.plan('regio/a.yaml', readFileSync(join(ROOT, FILES[0]!))).catch((e: unknown) => e);
      expect(error).toMatchObject({
        exitCode: 2,
        message: 'interne fout bij regio/a.yaml: stuk (in een worker thread: het geheugen was op). Meld dit als probleem, met het commando dat u gaf.',
      });
    } finally {
      await planner.close();
    }
  }, 60_000);
});

/** A stand-in worker: what it does with a "file" is in its name. */
const FAKE_WORKER = `
import { appendFileSync } from 'node:fs';
import { parentPort, threadId, workerData } from 'node:worker_threads';
if (workerData.starts) appendFileSync(workerData.starts, threadId + ' ');
parentPort.postMessage({ ready: true });
parentPort.on('message', ({ file }) => {
  if (file === 'crash') setTimeout(() => { throw new Error('kapot'); });
  else if (file === 'exit') process.exit(3);
  else if (file === 'oom') { const keep = []; for (;;) keep.push(new Array(100000).fill(keep.length)); }
  else if (file === 'throws') parentPort.postMessage({ error: 'fout bij het plannen' });
  else parentPort.postMessage({ plan: { kind: 'none', outcome: 'overgeslagen', label: file + '@' + threadId, baseFilesRead: [] } });
});
`;

function fakeWorkers(): { works: URL; diesAtStart: URL } {
  const dir = mkdtempSync(join(tmpdir(), 'swa-worker-'));
  writeFileSync(join(dir, 'worker.mjs'), FAKE_WORKER);
  writeFileSync(join(dir, 'dies-at-start.mjs'), "throw new Error('start mislukt');\n");
  return { works: pathToFileURL(join(dir, 'worker.mjs')), diesAtStart: pathToFileURL(join(dir, 'dies-at-start.mjs')) };
}

const SETUP = { sources: [], settings };
const LIMITS = { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 2 };
const plan = (pool: WorkerPool, file: string): Promise<unknown> => pool.plan({ file, bytes: new Uint8Array() });
/** The file a plan is of, and the thread that made it. */
const label = (result: unknown): unknown => (result as { label: string }).label.split('@')[0];
const thread = (result: unknown): unknown => (result as { label: string }).label.split('@')[1];

describe('the worker pool when a worker dies', () => {
  const { works, diesAtStart } = fakeWorkers();

  it('each way to die fails only the file the worker had; a new worker takes the files after it', async () => {
    const pool = new WorkerPool(1, works, SETUP, LIMITS);
    try {
      const files = ['a', 'crash', 'b', 'exit', 'c', 'oom', 'd', 'throws', 'e'];
      const results = await Promise.allSettled(files.map((file) => plan(pool, file)));
      expect(results.map((r) => (r.status === 'fulfilled' ? label(r.value) : 'x'))).toEqual(['a', 'x', 'b', 'x', 'c', 'x', 'd', 'x', 'e']);
      const reasons = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as NodeJS.ErrnoException] : []));
      expect(reasons.map((error) => error.code ?? error.message)).toEqual([
        'kapot',
        'worker thread gestopt met code 3',
        'ERR_WORKER_OUT_OF_MEMORY',
        'fout bij het plannen',
      ]);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('a worker that dies is replaced by one worker, not more: the pool never runs more threads than it was given', async () => {
    const starts = join(mkdtempSync(join(tmpdir(), 'swa-starts-')), 'starts.txt');
    const pool = new WorkerPool(1, works, { ...SETUP, starts } as typeof SETUP, LIMITS);
    try {
      // A crash and running out of memory end a worker with 'error' and then 'exit'; that is still one death.
      const files = ['a', 'crash', 'b', 'c', 'oom', 'd', 'exit', 'e', 'f'];
      const results = await Promise.allSettled(files.map((file) => plan(pool, file)));
      const planned = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      expect(planned.map(label)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
      // The first worker and one for each of the three deaths; the last one planned e and f. A worker
      // started too many would have no file to plan: time for it to start (and write) before counting.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(readFileSync(starts, 'utf8').trim().split(' ')).toHaveLength(4);
      expect(new Set(planned.map(thread)).size).toBe(4);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('workers that die while starting are not started again, and the files waiting fail instead of waiting for ever', async () => {
    const pool = new WorkerPool(2, diesAtStart, SETUP, LIMITS);
    try {
      const results = await Promise.allSettled(['a', 'b', 'c', 'd'].map((file) => plan(pool, file)));
      expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected', 'rejected']);
      await expect(plan(pool, 'e')).rejects.toThrow();
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('whatever the mix of files, every plain file gets its plan and every failing one is rejected', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('ok1', 'ok2', 'crash', 'exit', 'throws'), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 2 }),
        async (files, size) => {
          const pool = new WorkerPool(size, works, SETUP, LIMITS);
          try {
            const results = await Promise.allSettled(files.map((file) => plan(pool, file)));
            expect(results.map((r) => (r.status === 'fulfilled' ? label(r.value) : 'x'))).toEqual(files.map((file) => (file.startsWith('ok') ? file : 'x')));
          } finally {
            await pool.close();
          }
        },
      ),
      { numRuns: 20 },
    );
  }, 120_000);

  it('close ends the workers and fails the files still under way or waiting', async () => {
    const pool = new WorkerPool(1, works, SETUP, LIMITS);
    const waiting = Promise.allSettled([plan(pool, 'a'), plan(pool, 'b')]);
    await pool.close();
    for (const result of await waiting) expect(result.status).toBe('rejected');
    await expect(plan(pool, 'c')).rejects.toThrow();
  });
});

describe('swa render when every worker runs out of memory', () => {
  it('makes the same documents with the same log as on one thread, without an English error or a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'swa-oom-'));
    mkdirSync(join(dir, 'in'));
    const text = readFileSync(join(ROOT, 'test/fixtures/check/compleet/afspraken.yaml'), 'utf8');
    for (let i = 0; i < 5; i += 1) writeFileSync(join(dir, 'in', `g${i}.yaml`), text.replace(/naam: ([^\n]*)/, `naam: $1 ${i}`));
    const log = join(dir, 'workers.log');
    const limited = spawnSync(
      process.execPath,
      [
        '--import',
        join(ROOT, 'test/helpers/worker-heap-limit.mjs'),
        BIN,
        'render',
        'in',
        '--per-partner',
        '--kernen',
        '2',
        '--out',
        'uit',
        '--datum',
        '2026-11-23',
      ],
      {
        cwd: dir,
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: undefined, SWA_TEST_WORKER_HEAP_MB: '4', SWA_TEST_WORKER_LOG: log },
      },
    );
    const single = swa(['render', 'in', '--per-partner', '--kernen', '1', '--out', 'een', '--datum', '2026-11-23'], { cwd: dir });
    expect(limited.status, limited.stderr).toBe(0);
    expect(readFileSync(log, 'utf8')).toMatch(/^ERR_WORKER_OUT_OF_MEMORY\n/);
    expect(limited.stderr.replaceAll('uit/', 'een/')).toBe(single.stderr);
    const hashes = (out: string): Record<string, string> =>
      Object.fromEntries(
        readdirSync(join(dir, out)).map((name) => [
          name,
          createHash('sha256')
            .update(readFileSync(join(dir, out, name)))
            .digest('hex'),
        ]),
      );
    expect(Object.keys(hashes('uit'))).toHaveLength(25);
    expect(hashes('uit')).toEqual(hashes('een'));
  }, 120_000);
});
