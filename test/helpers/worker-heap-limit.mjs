// Loaded with `node --import`: every worker thread the process starts gets the heap limit in
// $SWA_TEST_WORKER_HEAP_MB (old generation, in MB), whatever limit swa itself asks for; the code
// of each error a worker ends with is appended to the file $SWA_TEST_WORKER_LOG.
import { appendFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import workerThreads from 'node:worker_threads';

const limit = Number(process.env.SWA_TEST_WORKER_HEAP_MB);
const { Worker } = workerThreads;
workerThreads.Worker = class extends Worker {
  constructor(entry, options = {}) {
    super(entry, { ...options, resourceLimits: { ...options.resourceLimits, maxOldGenerationSizeMb: limit, maxYoungGenerationSizeMb: 1 } });
    this.on('error', (error) => appendFileSync(process.env.SWA_TEST_WORKER_LOG, `${error.code}\n`));
  }
};
syncBuiltinESMExports();
