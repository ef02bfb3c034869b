/**
 * De-duplication on every core: the blocks are shared out between this thread and worker threads
 * (each gets the prepared records, the blocking keys and the model once), and the pairs are joined
 * before the closure step. Falls back to one thread for small inputs or if a worker cannot start.
 *
 * Off by default (threads = BLUELAMP_MATCH_THREADS or 1): on the 2-core test machine, shared with
 * other work, copying the records into the worker cost more than the second core gave back
 * (400,000 records: 21.7 s with two threads against 15.5 s with one).
 */
import os from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { blockingKeys } from './blocking';
import { closePairs, createMatcher, type BatchOptions, type ScoredPair } from './matcher';
import type { MatchModel } from './model';
import type { PreparedPerson } from './normalise';

/** Below this many records one thread is quicker than handing the records over. */
export const PARALLEL_FROM = 150_000;

export type WorkerTask = {
  model: MatchModel;
  records: PreparedPerson[];
  ids: Int32Array[];
  oversized: number[][];
  threshold: number | undefined;
  part: number;
  parts: number;
};

function startWorker(task: WorkerTask): Promise<ScoredPair[]> {
  // The worker is TypeScript: a small JavaScript entry registers tsx (as bin/bluelamp.js does), then loads it.
  // (tsx/esm/api's ESM build sits beside the CommonJS file that require.resolve finds.)
  const api = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const entry = new URL('./dedupe-worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: task });
    worker.once('message', (message: { left: Int32Array; right: Int32Array; probability: Float64Array }) => {
      const out: ScoredPair[] = [];
      for (let k = 0; k < message.left.length; k++) out.push({ left: message.left[k]!, right: message.right[k]!, probability: message.probability[k]! });
      resolve(out);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

export async function dedupeInParallel(model: MatchModel, records: PreparedPerson[], options: BatchOptions & { threads?: number; parallelFrom?: number } = {}): Promise<ScoredPair[]> {
  const matcher = createMatcher(model);
  const threads = Math.min(options.threads ?? (Number(process.env.BLUELAMP_MATCH_THREADS) || 1), os.availableParallelism(), 8);
  if (threads < 2 || records.length < (options.parallelFrom ?? PARALLEL_FROM)) return matcher.dedupe(records, options);
  const keys = blockingKeys(records);
  const oversized = keys.oversized.map((set) => [...set]);
  const workers = Array.from({ length: threads - 1 }, (_, w) =>
    startWorker({ model, records, ids: keys.ids, oversized, threshold: options.threshold, part: w + 1, parts: threads }));
  // This thread takes part 0 while the workers run.
  const mine = matcher.dedupe(records, { ...options, closure: false, part: { index: 0, of: threads } });
  let theirs: ScoredPair[][];
  try {
    theirs = await Promise.all(workers);
  } catch (error) {
    // A worker could not start (e.g. no TypeScript loader): finish the other parts here.
    console.warn(`person matching: worker thread failed (${(error as Error).message}); continuing on one thread`);
    theirs = Array.from({ length: threads - 1 }, (_, w) => matcher.dedupe(records, { ...options, closure: false, part: { index: w + 1, of: threads } }));
  }
  const all = mine.concat(...theirs);
  return options.closure === false ? all : closePairs(all, records.length);
}
