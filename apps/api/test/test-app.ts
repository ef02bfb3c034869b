import { loadConfig, type Config } from '../src/config';
import { createApp, type RunningApp } from '../src/app';
import { createTestDatabase, type TestDatabase } from './test-database';

export const DEMO_PASSWORD = 'bluelamp-demo';

export type Reply<T = any> = { status: number; body: T; headers: Headers };

/** A real server on a real port over a real database, and a small HTTP client for it. */
export type TestApp = RunningApp & {
  baseUrl: string;
  testDb: TestDatabase;
  /** Signs in and returns the Cookie header value. */
  signIn: (username: string, password?: string) => Promise<string>;
  request: <T = any>(method: string, path: string, options?: { cookie?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> }) => Promise<Reply<T>>;
  stop: () => Promise<void>;
};

/** Starts the app (demo force seeded unless told otherwise) on a fresh test database. */
export async function startTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const testDb = await createTestDatabase();
  const config: Config = {
    ...loadConfig({ NODE_ENV: 'test' }),
    databaseUrl: testDb.databaseUrl,
    dataDir: testDb.dataDir,
    port: 0,
    poolSize: 5,
    ...overrides,
  };
  let running: RunningApp;
  try {
    running = await createApp(config);
  } catch (error) {
    await testDb.drop();
    throw error;
  }
  const address = await running.app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = address.replace('localhost', '127.0.0.1');

  const request: TestApp['request'] = async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.cookie) headers.cookie = options.cookie;
    let body: string | undefined;
    if (options.rawBody !== undefined) body = options.rawBody;
    else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await fetch(baseUrl + path, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON (e.g. HTML): keep the text
    }
    return { status: res.status, body: parsed as any, headers: res.headers };
  };

  const signIn = async (username: string, password = DEMO_PASSWORD) => {
    const res = await request('POST', '/api/auth/sign-in', { body: { username, password } });
    if (res.status !== 200) throw new Error(`sign-in as ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
    const cookie = res.headers.get('set-cookie');
    if (!cookie) throw new Error('no session cookie');
    return cookie.split(';')[0]!;
  };

  return {
    ...running,
    baseUrl,
    testDb,
    request,
    signIn,
    stop: async () => {
      await running.close();
      await testDb.drop();
    },
  };
}
