/**
 * The load generator, run by the runner as its own process so that it does not share an event loop
 * (or a CPU) with the server it measures:
 *
 *   node --import tsx bench/load.ts '<json LoadSpec>'
 *
 * Runs autocannon for `warmup` seconds (result discarded: JIT, connection set-up, pools filling),
 * then for `duration` seconds, and prints the measured run's result as one JSON object on stdout.
 * Loopback targets only.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoadRequest } from './scenario';

export type LoadSpec = {
  url: string;
  connections: number;
  /** Seconds measured. */
  duration: number;
  /** Seconds of discarded warm-up before the measured run (0 for none). */
  warmup: number;
  method?: LoadRequest['method'];
  headers?: Record<string, string>;
  body?: string;
  requests?: LoadRequest[];
};

/** The fields of autocannon's result the runner reads (it has many more; all are printed). */
export type Histogram = { average: number; mean: number; stddev: number; min: number; max: number; total: number } & Record<
  `p${string}`,
  number
>;
/** Latency of 2xx responses in ms at 10 µs resolution (autocannon's own histogram has 1 ms resolution). */
export type FineLatency = { p50: number; p90: number; p99: number; p99_9: number; mean: number; max: number; count: number };
export type LoadResult = {
  /** Added by this script: what the runner reports as p50 / p99. */
  latencyFine: FineLatency;
  requests: Histogram & { sent: number };
  latency: Histogram;
  throughput: Histogram;
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
  connections: number;
  statusCodeStats?: Record<string, { count: number }>;
};

type AutocannonOptions = LoadSpec & { pipelining: number; timeout: number };
type Instance = Promise<Omit<LoadResult, 'latencyFine'>> & {
  on(event: 'response', listener: (client: unknown, statusCode: number, resBytes: number, responseTimeMs: number) => void): void;
};
type Autocannon = (options: Omit<AutocannonOptions, 'warmup'>) => Instance;

/** A fixed-bucket latency histogram: 10 µs buckets up to 10 s (4 MB), whatever the run's length. */
class LatencyRecorder {
  private static readonly BUCKET_MS = 0.01;
  private readonly buckets = new Uint32Array(1_000_001);
  private count = 0;
  private sum = 0;
  private max = 0;

  record(ms: number): void {
    const index = Math.min(this.buckets.length - 1, Math.floor(ms / LatencyRecorder.BUCKET_MS));
    this.buckets[index] = (this.buckets[index] ?? 0) + 1;
    this.count++;
    this.sum += ms;
    if (ms > this.max) this.max = ms;
  }

  /** The upper edge of the bucket holding the q-th value (never more than the maximum seen). */
  private quantile(q: number): number {
    if (this.count === 0) return 0;
    const rank = Math.ceil(q * this.count);
    let seen = 0;
    for (let i = 0; i < this.buckets.length; i++) {
      seen += this.buckets[i] ?? 0;
      if (seen >= rank) return Math.min(this.max, (i + 1) * LatencyRecorder.BUCKET_MS);
    }
    return this.max;
  }

  summary(): FineLatency {
    const round = (v: number) => Math.round(v * 1000) / 1000;
    return {
      p50: round(this.quantile(0.5)),
      p90: round(this.quantile(0.9)),
      p99: round(this.quantile(0.99)),
      p99_9: round(this.quantile(0.999)),
      mean: round(this.count ? this.sum / this.count : 0),
      max: round(this.max),
      count: this.count,
    };
  }
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function checkLoopback(url: string): void {
  const { hostname } = new URL(url);
  if (!LOOPBACK.has(hostname)) throw new Error(`refusing to load ${url}: the benchmark only targets loopback addresses`);
}

async function main(): Promise<void> {
  const arg = process.argv[2];
  if (!arg) throw new Error("usage: node --import tsx bench/load.ts '<json LoadSpec>' | @spec.json");
  // A large spec (thousands of distinct request bodies) comes in a file: argv has a size limit.
  const raw = arg.startsWith('@') ? fs.readFileSync(arg.slice(1), 'utf8') : arg;
  const spec = JSON.parse(raw) as LoadSpec;
  checkLoopback(spec.url);
  if (!(spec.duration > 0 && spec.duration <= 600)) throw new Error(`duration must be 1..600 seconds, got ${spec.duration}`);
  if (!(spec.connections > 0 && spec.connections <= 1000)) throw new Error(`connections must be 1..1000, got ${spec.connections}`);

  const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
  const { warmup, ...options } = spec;
  const run = (duration: number) => autocannon({ ...options, duration, pipelining: 1, timeout: 10 });
  if (warmup > 0) await run(warmup);
  const recorder = new LatencyRecorder();
  const measured = run(spec.duration);
  // Like autocannon's histogram, only 2xx responses count towards latency.
  measured.on('response', (_client, statusCode, _bytes, responseTimeMs) => {
    if (statusCode >= 200 && statusCode < 300) recorder.record(responseTimeMs);
  });
  const result: LoadResult = { ...(await measured), latencyFine: recorder.summary() };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

// Run only as the entry point, so the runner can import the types and checkLoopback.
if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  });
}
