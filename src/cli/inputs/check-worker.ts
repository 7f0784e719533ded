// A worker thread of `swa check`: claims files from the shared counter until none are left.
import { parentPort, workerData } from 'node:worker_threads';
import { checkSource, type FileCheck } from '../../core/check.js';
import { WORKER_STATE, type SharedBatch } from './check-files.js';

const { batch, index } = workerData as { batch: SharedBatch; index: number };
const results: Array<[number, FileCheck]> = [];

if (Atomics.compareExchange(batch.control, 1 + index, WORKER_STATE.starting, WORKER_STATE.working) === WORKER_STATE.starting) {
  const count = batch.names.length;
  for (let i = Atomics.add(batch.control, 0, 1); i < count; i = Atomics.add(batch.control, 0, 1)) {
    // slice(): a private copy, because TextDecoder refuses views of shared memory.
    const bytes = new Uint8Array(batch.bytes, batch.ranges[2 * i]!, batch.ranges[2 * i + 1]! - batch.ranges[2 * i]!).slice();
    // The parsed data stays here: reports need only the findings, and copying it back costs time.
    results.push([i, { ...checkSource(batch.names[i]!, bytes, { today: batch.today }), data: undefined }]);
  }
}
parentPort!.postMessage(results);
