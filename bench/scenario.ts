/**
 * The contract between the benchmark runner (`bench/run.ts`) and its scenarios
 * (`bench/scenarios/<name>.ts`, one default export each).
 */

/** One HTTP request as autocannon sends it. JSON only: it is handed to the load process on its command line. */
export type LoadRequest = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD';
  /** Path and query, e.g. `/api/workforce/staff?limit=50`. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
};

/** What a scenario's `setup` returns: the request to repeat, or a sequence each connection cycles through. */
export type LoadPlan = LoadRequest & {
  /** When given, every connection sends these in order, round and round (overrides path/method/headers/body). */
  requests?: LoadRequest[];
  /** Concurrent connections for this scenario (default `BENCH_CONNECTIONS`, 10). */
  connections?: number;
};

/** A response read by `BenchContext.http`. */
export type HttpResult = { status: number; headers: Headers; body: unknown; text: string; bytes: number };

/** What the runner gives a scenario: the running server, a signed-in session and the bench database. */
export type BenchContext = {
  /** The Bluelamp server, e.g. `http://127.0.0.1:41234`. */
  baseUrl: string;
  /** A `Cookie` header value for a session of `demo.analyst` (read access to the force directory). */
  cookie: string;
  /** Signs in another account and returns its `Cookie` header value. Demo accounts share one password. */
  signIn(username: string, password?: string): Promise<string>;
  /** One request to the server (not measured), for checks and for loading data through the API. */
  http(path: string, init?: { method?: string; headers?: Record<string, string>; body?: unknown }): Promise<HttpResult>;
  /** A query on the bench database (fresh for every run), for loading data directly. */
  sql<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  /** A progress line under the scenario's name. */
  log(message: string): void;
};

/** What a scenario's `preload` gets: the migrated bench database before the server starts. */
export type PreloadContext = {
  sql<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  log(message: string): void;
};

export type Scenario = {
  /** Short, kebab-case; the name in the results table. */
  name: string;
  /** One sentence: what a request of this scenario exercises. */
  description: string;
  /**
   * Optional: loads bulk data straight into the migrated database BEFORE the server starts, so the
   * server starts on it as it would in a force (e.g. its in-memory person index is built from it).
   */
  preload?(ctx: PreloadContext): Promise<void>;
  /** Loads whatever data the scenario needs, checks one request gives the expected answer (throw if not), returns the load. */
  setup(ctx: BenchContext): Promise<LoadPlan> | LoadPlan;
  /** Optional: undoes what setup did, after the measured run (the database is dropped at the end anyway). */
  teardown?(ctx: BenchContext): Promise<void> | void;
};

/** A failed expectation: the run stops and exits non-zero with this message. */
export class BenchError extends Error {
  override name = 'BenchError';
}

/** Throws a BenchError unless `condition` holds. For scenario checks: fail loudly rather than measure errors. */
export function ensure(condition: unknown, message: string): asserts condition {
  if (!condition) throw new BenchError(message);
}
