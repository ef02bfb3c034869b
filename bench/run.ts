/**
 * The benchmark: `npm run bench` (node --import tsx bench/run.ts).
 *
 * 1. Creates a fresh database `bluelamp_bench` on the PostgreSQL server (BENCH_DATABASE_URL is the
 *    admin URL, default postgres://postgres@127.0.0.1:5432/postgres).
 * 2. Starts the Bluelamp server on it as a child process (demo force, response validation off) and
 *    waits for /ready; starts the bare node:http ceiling server as another.
 * 3. Signs in as demo.analyst, then for each target (bare, health, then every bench/scenarios/*.ts)
 *    runs autocannon in its own process: a discarded warm-up, then the measured run.
 * 4. Prints req/s, p50, p99, errors and % of the ceiling per target, writes .bench/results-<time>.json.
 * 5. Always stops its children and drops the database, also on error and Ctrl+C.
 *
 * Settings (environment): BENCH_DURATION seconds per measured run (10), BENCH_WARMUP seconds (2),
 * BENCH_CONNECTIONS (10), BENCH_ONLY=name,name (scenarios to run; bare and health always run),
 * BENCH_BARE_BYTES (size of the ceiling's JSON body, 2048),
 * BENCH_DATABASE_URL (admin URL of a loopback PostgreSQL server).
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import pg from 'pg';
import { checkLoopback, type LoadResult, type LoadSpec } from './load';
import { BenchError, type BenchContext, type HttpResult, type LoadPlan, type Scenario } from './scenario';

const ROOT = path.resolve(import.meta.dirname, '..');
const DB_NAME = 'bluelamp_bench';
const DEMO_USER = 'demo.analyst';
const DEMO_PASSWORD = 'bluelamp-demo';
// A preloaded million people take a few minutes to index at start.
const READY_TIMEOUT_MS = 15 * 60_000;

function intSetting(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new BenchError(`${name} must be a whole number ${min}..${max}, got "${raw}"`);
  return value;
}

function readSettings() {
  return {
    duration: intSetting('BENCH_DURATION', 10, 1, 600),
    warmup: intSetting('BENCH_WARMUP', 2, 0, 60),
    connections: intSetting('BENCH_CONNECTIONS', 10, 1, 1000),
    /**
     * The ceiling's body. 2 KB keeps it a ceiling for every target (health answers ~0.3 KB); the
     * 50-row staff page is ~22 KB, and 22 KB roughly halves the ceiling: set 22528 to compare like for like.
     */
    bareBytes: intSetting('BENCH_BARE_BYTES', 2048, 2, 10 * 1024 * 1024),
    only: (process.env.BENCH_ONLY ?? '').split(',').map((s) => s.trim()).filter(Boolean),
  };
}
/** Read at the start of main, so a bad value is reported like any other failure. */
let settings: ReturnType<typeof readSettings>;

// ---------------------------------------------------------------------------------------------
// Child processes

const children = new Set<Child>();

class Child {
  readonly proc: ChildProcess;
  /** The last lines the process wrote (stdout and stderr), for error messages. */
  readonly tail: string[] = [];
  lineCount = 0;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private lineListeners: ((line: string) => void)[] = [];

  constructor(
    readonly name: string,
    args: string[],
    env: NodeJS.ProcessEnv,
    options: { keepStdin?: boolean; collectStdout?: boolean } = {},
  ) {
    this.proc = spawn(process.execPath, ['--import', 'tsx', ...args], {
      cwd: ROOT,
      env,
      stdio: [options.keepStdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    });
    children.add(this);
    this.exited = new Promise((resolve) => {
      this.proc.once('exit', (code, signal) => {
        children.delete(this);
        resolve({ code, signal });
      });
      this.proc.once('error', (error) => {
        this.remember(`spawn failed: ${error.message}`);
        children.delete(this);
        resolve({ code: -1, signal: null });
      });
    });
    for (const stream of [this.proc.stdout, this.proc.stderr]) {
      let partial = '';
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => {
        const lines = (partial + chunk).split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines) this.remember(line);
      });
      stream?.on('end', () => partial && this.remember(partial));
    }
  }

  private remember(line: string): void {
    this.lineCount++;
    this.tail.push(line);
    if (this.tail.length > 40) this.tail.shift();
    for (const listener of this.lineListeners) listener(line);
  }

  onLine(listener: (line: string) => void): void {
    this.lineListeners.push(listener);
  }

  get running(): boolean {
    return this.proc.exitCode === null && this.proc.signalCode === null && children.has(this);
  }

  describeTail(lines = 20): string {
    const tail = this.tail.slice(-lines);
    return tail.length ? `last output of ${this.name}:\n    ${tail.join('\n    ')}` : `${this.name} wrote nothing`;
  }

  /** SIGTERM, then SIGKILL after `graceMs`. */
  async stop(graceMs = 5000): Promise<void> {
    if (!this.running) return;
    this.proc.kill('SIGTERM');
    const timer = setTimeout(() => this.proc.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// Database

function databaseUrls(): { admin: string; bench: string; display: string } {
  const admin = new URL(process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres');
  const host = admin.hostname || admin.searchParams.get('host') || '';
  const loopback = host === '' || host.startsWith('/') || ['127.0.0.1', 'localhost', '[::1]', '::1'].includes(host);
  if (!loopback) throw new BenchError(`BENCH_DATABASE_URL must point at a loopback PostgreSQL server, got host "${host}"`);
  if (admin.pathname === '' || admin.pathname === '/') admin.pathname = '/postgres';
  if (admin.pathname === `/${DB_NAME}`) throw new BenchError(`BENCH_DATABASE_URL must name an admin database, not ${DB_NAME} itself`);
  const bench = new URL(admin);
  bench.pathname = `/${DB_NAME}`;
  const display = new URL(bench);
  if (display.password) display.password = '***';
  return { admin: admin.toString(), bench: bench.toString(), display: display.toString() };
}

async function dropBenchDatabase(admin: pg.Client): Promise<void> {
  // Terminate leftovers (a killed server's pool) first: works on every PostgreSQL version.
  await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [DB_NAME]);
  await admin.query(`drop database if exists ${DB_NAME}`);
}

// ---------------------------------------------------------------------------------------------
// HTTP helpers (unmeasured requests)

async function request(baseUrl: string, urlPath: string, init: { method?: string; headers?: Record<string, string>; body?: unknown } = {}): Promise<HttpResult> {
  const headers: Record<string, string> = { ...init.headers };
  let body: string | undefined;
  if (init.body !== undefined) {
    body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch(new URL(urlPath, baseUrl), { method: init.method ?? 'GET', headers, body, signal: AbortSignal.timeout(30_000) });
  const text = await res.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  return { status: res.status, headers: res.headers, body: parsed, text, bytes: Buffer.byteLength(text) };
}

async function signIn(baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await request(baseUrl, '/api/auth/sign-in', { method: 'POST', body: { username, password } });
  if (res.status !== 200) throw new BenchError(`sign-in as ${username} answered ${res.status}: ${res.text.slice(0, 300)}`);
  const session = res.headers.getSetCookie().map((c) => c.split(';')[0] ?? '').find((c) => c.startsWith('bluelamp_session='));
  if (!session) throw new BenchError(`sign-in as ${username} set no bluelamp_session cookie`);
  return session;
}

async function waitReady(baseUrl: string, server: Child): Promise<number> {
  const started = Date.now();
  let last = 'no answer yet';
  while (Date.now() - started < READY_TIMEOUT_MS) {
    if (!server.running) {
      const { code, signal } = await server.exited;
      const hint = code === 0 && server.lineCount === 0 ? ' (does apps/api/src/main.ts start the server when run directly?)' : '';
      throw new BenchError(`the Bluelamp server exited (${signal ?? `code ${code}`}) before /ready answered 200${hint}\n  ${server.describeTail()}`);
    }
    try {
      const res = await fetch(new URL('/ready', baseUrl), { signal: AbortSignal.timeout(2000) });
      last = `${res.status} ${(await res.text()).slice(0, 200)}`;
      if (res.status === 200) return Date.now() - started;
    } catch (error) {
      last = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    }
    await sleep(250);
  }
  throw new BenchError(`the Bluelamp server was not ready within ${READY_TIMEOUT_MS / 1000} s (last: ${last})\n  ${server.describeTail()}`);
}

// ---------------------------------------------------------------------------------------------
// Load runs

async function runLoad(name: string, spec: LoadSpec): Promise<LoadResult> {
  checkLoopback(spec.url);
  // The spec goes in a file: a scenario's distinct request bodies can outgrow the argument limit.
  const specFile = path.join(os.tmpdir(), `bluelamp-bench-${process.pid}-${name}.json`);
  fs.writeFileSync(specFile, JSON.stringify(spec));
  const load = new Child(`load:${name}`, ['bench/load.ts', `@${specFile}`], process.env);
  void load.exited.then(() => fs.rmSync(specFile, { force: true }));
  let stdout = '';
  load.onLine((line) => {
    if (line.startsWith('{')) stdout = line;
  });
  const limitMs = (spec.warmup + spec.duration + 30) * 1000;
  const timer = setTimeout(() => void load.stop(1000), limitMs);
  const { code, signal } = await load.exited;
  clearTimeout(timer);
  if (code !== 0 || !stdout) {
    throw new BenchError(`the load process for ${name} failed (${signal ?? `code ${code}`})\n  ${load.describeTail()}`);
  }
  return JSON.parse(stdout) as LoadResult;
}

// ---------------------------------------------------------------------------------------------
// Scenarios

async function loadScenarios(): Promise<Scenario[]> {
  const dir = path.join(ROOT, 'bench', 'scenarios');
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.endsWith('.test.ts') && !f.startsWith('_'))
    .sort();
  const scenarios: Scenario[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { default?: Partial<Scenario> };
    const s = mod.default;
    if (!s || typeof s.name !== 'string' || typeof s.description !== 'string' || typeof s.setup !== 'function') {
      throw new BenchError(`bench/scenarios/${file} must default-export { name, description, setup(ctx) }`);
    }
    if (['bare', 'health'].includes(s.name) || scenarios.some((o) => o.name === s.name)) {
      throw new BenchError(`bench/scenarios/${file}: the scenario name "${s.name}" is taken`);
    }
    scenarios.push(s as Scenario);
  }
  const unknown = settings.only.filter((n) => !scenarios.some((s) => s.name === n));
  if (unknown.length) throw new BenchError(`BENCH_ONLY names unknown scenarios: ${unknown.join(', ')} (known: ${scenarios.map((s) => s.name).join(', ')})`);
  return settings.only.length ? scenarios.filter((s) => settings.only.includes(s.name)) : scenarios;
}

// ---------------------------------------------------------------------------------------------
// Output

type Row = {
  name: string;
  description: string;
  target: string;
  connections: number;
  requestsPerSecond: number;
  /** From the load process's 10 µs histogram of 2xx responses. */
  latencyMs: { p50: number; p90: number; p99: number; p99_9: number; mean: number; max: number };
  /** autocannon's own percentiles (whole milliseconds). */
  autocannonLatencyMs: { p50: number; p99: number };
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  bytesPerResponse: number;
  percentOfCeiling: number | null;
  raw: LoadResult;
};

const int = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const ms = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(1));

function table(rows: Row[]): string {
  const header = ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'non-2xx', 'bytes/resp', '% of ceiling'];
  const body = rows.map((r) => [
    r.name,
    int.format(r.requestsPerSecond),
    ms(r.latencyMs.p50),
    ms(r.latencyMs.p99),
    int.format(r.errors),
    int.format(r.non2xx),
    int.format(r.bytesPerResponse),
    r.percentOfCeiling === null ? '-' : `${r.percentOfCeiling.toFixed(1)}%`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

function gitRevision(): string | null {
  try {
    const rev = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return dirty ? `${rev}+dirty` : rev;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Clean-up: children, database. Runs once, from the finally block or a signal.

let admin: pg.Client | null = null;
let benchPool: pg.Pool | null = null;
let databaseCreated = false;
let cleanupPromise: Promise<boolean> | null = null;

function cleanup(): Promise<boolean> {
  cleanupPromise ??= (async () => {
    let ok = true;
    await Promise.all([...children].map((c) => c.stop().catch(() => undefined)));
    if (benchPool) await benchPool.end().catch(() => undefined);
    if (databaseCreated) {
      try {
        if (!admin) throw new Error('no admin connection');
        await dropBenchDatabase(admin);
      } catch {
        // The admin connection may have died with the run: one more try on a new connection.
        try {
          const fresh = new pg.Client({ connectionString: databaseUrls().admin });
          await fresh.connect();
          await dropBenchDatabase(fresh);
          await fresh.end();
        } catch (error) {
          ok = false;
          console.error(`could not drop database ${DB_NAME}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
    if (admin) await admin.end().catch(() => undefined);
    return ok;
  })();
  return cleanupPromise;
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: stopping, cleaning up`);
    void cleanup().finally(() => process.exit(130));
  });
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const startedAt = new Date();
  settings = readSettings();
  const urls = databaseUrls();

  admin = new pg.Client({ connectionString: urls.admin });
  await admin.connect().catch((error: unknown) => {
    throw new BenchError(`cannot reach the PostgreSQL server (${new URL(urls.admin).host}): ${error instanceof Error ? error.message : String(error)}`);
  });
  const dbVersion = String((await admin.query<{ version: string }>('select version()')).rows[0]?.version ?? 'unknown');
  await dropBenchDatabase(admin);
  await admin.query(`create database ${DB_NAME}`);
  databaseCreated = true;

  const cpus = os.cpus();
  const autocannonVersion = (createRequire(import.meta.url)('autocannon/package.json') as { version: string }).version;
  const machine = {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    /** 1-minute load average at the start: other work on the machine skews every number. */
    loadAverage: Math.round((os.loadavg()[0] ?? 0) * 100) / 100,
    node: process.version,
    database: dbVersion,
    autocannon: autocannonVersion,
    revision: gitRevision(),
  };
  const serverEnv = { NODE_ENV: 'development', BLUELAMP_DEMO: '1', LOG_LEVEL: 'warn', BLUELAMP_VALIDATE_RESPONSES: '0' };
  console.log('Bluelamp benchmark');
  console.log(`  machine    ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, ${machine.platform}, load average ${machine.loadAverage}`);
  console.log(`  node       ${machine.node}${machine.revision ? `, bluelamp ${machine.revision}` : ''}`);
  console.log(`  database   ${machine.database}`);
  console.log(`             ${urls.display} (created fresh, dropped at the end)`);
  console.log(`  server     demo force, response validation OFF (production-like), ${Object.entries(serverEnv).map(([k, v]) => `${k}=${v}`).join(' ')}`);
  console.log(
    `  load       autocannon ${autocannonVersion} in a separate process, ${settings.connections} connections, pipelining 1, ` +
      `${settings.warmup} s warm-up (discarded) + ${settings.duration} s measured per target`,
  );
  if (machine.cpus < 4) console.log(`  note       ${machine.cpus} CPUs shared by server, database and load generator: compare runs on the same machine only`);
  if (machine.loadAverage > machine.cpus / 2) console.log(`  note       the machine is busy (load average ${machine.loadAverage}): expect noisy numbers`);
  console.log('');

  // Scenarios with bulk data load it into the migrated database before the server starts.
  const scenarios = await loadScenarios();
  const preloading = scenarios.filter((s) => s.preload);
  if (preloading.length) {
    const migrate = new Child('bluelamp migrate', ['bin/bluelamp.js', 'migrate'], { ...process.env, DATABASE_URL: urls.bench });
    const { code } = await migrate.exited;
    if (code !== 0) throw new BenchError(`bluelamp migrate failed\n  ${migrate.describeTail()}`);
    const pool = new pg.Pool({ connectionString: urls.bench, max: 2 });
    try {
      for (const s of preloading) {
        const t0 = Date.now();
        await s.preload!({ sql: async <R>(text: string, params?: unknown[]) => (await pool.query(text, params)).rows as R[], log: (m) => console.log(`  ${s.name} (preload): ${m}`) });
        console.log(`  ${s.name} (preload): done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
      }
    } finally {
      await pool.end();
    }
  }

  // The Bluelamp server.
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = new Child('bluelamp server', ['apps/api/src/main.ts'], {
    ...process.env,
    ...serverEnv,
    DATABASE_URL: urls.bench,
    PORT: String(port),
    HOST: '127.0.0.1',
    // Room for the person index of a preloaded population (a million people need a few GiB).
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=8192`.trim(),
  });
  process.stdout.write(`starting the server on ${baseUrl} (migrates and seeds the demo force) ... `);
  const readyMs = await waitReady(baseUrl, server);
  console.log(`ready in ${(readyMs / 1000).toFixed(1)} s`);
  const serverLinesAtReady = server.lineCount;

  // The ceiling.
  const bare = new Child('bare server', ['bench/bare-server.ts'], { ...process.env, BENCH_WATCH_STDIN: '1', BARE_BODY_BYTES: String(settings.bareBytes) }, { keepStdin: true });
  const bareInfo = await new Promise<{ port: number; bytes: number }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new BenchError(`the bare server did not start\n  ${bare.describeTail()}`)), 15_000);
    bare.onLine((line) => {
      if (!line.startsWith('{')) return;
      clearTimeout(timer);
      resolve(JSON.parse(line) as { port: number; bytes: number });
    });
    void bare.exited.then(() => reject(new BenchError(`the bare server exited\n  ${bare.describeTail()}`)));
  });
  const bareUrl = `http://127.0.0.1:${bareInfo.port}`;

  // The context scenarios get.
  const cookie = await signIn(baseUrl, DEMO_USER);
  benchPool = new pg.Pool({ connectionString: urls.bench, max: 2 });
  const makeContext = (name: string): BenchContext => ({
    baseUrl,
    cookie,
    signIn: (username, password) => signIn(baseUrl, username, password),
    http: (urlPath, init) => request(baseUrl, urlPath, init),
    sql: async <R>(text: string, params?: unknown[]) => (await benchPool!.query(text, params)).rows as R[],
    log: (message) => console.log(`  ${name}: ${message}`),
  });

  type Target = { name: string; description: string; url: string; plan: (ctx: BenchContext) => Promise<LoadPlan> | LoadPlan; scenario?: Scenario };
  const targets: Target[] = [
    { name: 'bare', description: `ceiling: bare node:http server, fixed ${bareInfo.bytes}-byte JSON body (BENCH_BARE_BYTES), no framework, no database`, url: bareUrl, plan: () => ({ path: '/' }) },
    { name: 'health', description: 'GET /health unauthenticated: the framework floor (routing, access hook, request id, serialisation), no database', url: baseUrl, plan: () => ({ path: '/health' }) },
    ...scenarios.map((s) => ({ name: s.name, description: s.description, url: baseUrl, plan: (ctx: BenchContext) => s.setup(ctx), scenario: s })),
  ];

  const rows: Row[] = [];
  for (const target of targets) {
    if (interrupted) return;
    console.log(`${target.name}: ${target.description}`);
    const ctx = makeContext(target.name);
    const plan = await target.plan(ctx);
    const connections = plan.connections ?? settings.connections;
    const raw = await runLoad(target.name, {
      url: new URL(plan.requests?.[0]?.path ?? plan.path, target.url).toString(),
      connections,
      duration: settings.duration,
      warmup: settings.warmup,
      method: plan.method,
      headers: plan.headers,
      body: plan.body,
      requests: plan.requests,
    });
    if (target.scenario?.teardown) await target.scenario.teardown(ctx);
    const ceiling = rows[0]?.requestsPerSecond;
    const row: Row = {
      name: target.name,
      description: target.description,
      target: plan.requests ? plan.requests.map((r) => `${r.method ?? 'GET'} ${r.path}`).join(' → ') : `${plan.method ?? 'GET'} ${plan.path}`,
      connections,
      requestsPerSecond: raw.requests.average,
      latencyMs: { p50: raw.latencyFine.p50, p90: raw.latencyFine.p90, p99: raw.latencyFine.p99, p99_9: raw.latencyFine.p99_9, mean: raw.latencyFine.mean, max: raw.latencyFine.max },
      autocannonLatencyMs: { p50: raw.latency.p50 ?? NaN, p99: raw.latency.p99 ?? NaN },
      requests: raw.requests.total,
      errors: raw.errors,
      timeouts: raw.timeouts,
      non2xx: raw.non2xx,
      bytesPerResponse: raw.requests.total ? Math.round(raw.throughput.total / raw.requests.total) : 0,
      percentOfCeiling: target.name === 'bare' ? 100 : ceiling ? (raw.requests.average / ceiling) * 100 : null,
      raw,
    };
    rows.push(row);
    console.log(`  ${int.format(row.requestsPerSecond)} req/s, p50 ${ms(row.latencyMs.p50)} ms, p99 ${ms(row.latencyMs.p99)} ms, ${row.errors} errors, ${row.non2xx} non-2xx`);
  }

  console.log('');
  console.log(table(rows));
  console.log('');
  console.log('req/s: mean of per-second samples; p50/p99: latency of 2xx responses (10 µs resolution); bytes/resp includes headers;');
  console.log('% of ceiling: req/s divided by the bare server\'s req/s measured in this run.');

  const serverLogLines = server.lineCount - serverLinesAtReady;
  if (serverLogLines > 0) console.log(`\nthe server logged ${serverLogLines} line(s) at warn or above during the runs; ${server.describeTail(5)}`);

  const finishedAt = new Date();
  const outDir = path.join(ROOT, '.bench');
  fs.mkdirSync(outDir, { recursive: true });
  const outFile = path.join(outDir, `results-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  const results = {
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    machine,
    settings: { ...settings, serverEnv, database: urls.display, readySeconds: readyMs / 1000 },
    results: rows,
  };
  fs.writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nresults: ${path.relative(ROOT, outFile)} (${((finishedAt.getTime() - startedAt.getTime()) / 1000).toFixed(0)} s in all)`);

  const bad = rows.filter((r) => r.errors > 0 || r.non2xx > 0);
  if (bad.length) {
    throw new BenchError(`invalid measurements: ${bad.map((r) => `${r.name} had ${r.errors} errors and ${r.non2xx} non-2xx responses`).join('; ')}`);
  }
}

let exitCode = 0;
try {
  await main();
  if (interrupted) exitCode = 130;
} catch (error) {
  exitCode = interrupted ? 130 : 1;
  if (!interrupted) {
    console.error(`\nbenchmark failed: ${error instanceof BenchError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
} finally {
  const cleaned = await cleanup();
  if (!cleaned && exitCode === 0) exitCode = 1;
}
process.exit(exitCode);
