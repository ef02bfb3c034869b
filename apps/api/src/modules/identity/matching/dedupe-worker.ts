/** Worker thread for parallel.ts: scores its share of the blocks and posts the pairs back. */
import { parentPort, workerData } from 'node:worker_threads';
import { rememberKeys } from './blocking';
import { createMatcher } from './matcher';
import type { WorkerTask } from './parallel';

const task = workerData as WorkerTask;
rememberKeys(task.records, { ids: task.ids, oversized: task.oversized.map((ids) => new Set(ids)) });
const pairs = createMatcher(task.model).dedupe(task.records, { threshold: task.threshold, closure: false, part: { index: task.part, of: task.parts } });
const left = Int32Array.from(pairs, (p) => p.left);
const right = Int32Array.from(pairs, (p) => p.right);
const probability = Float64Array.from(pairs, (p) => p.probability);
parentPort!.postMessage({ left, right, probability }, [left.buffer, right.buffer, probability.buffer]);
