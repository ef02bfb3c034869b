/**
 * A small shared cache of query results, keyed by strings such as `users:list:{"search":"ann"}`.
 * Screens show the last known answer at once and refresh it; a change anywhere invalidates by key
 * prefix (e.g. `users:`) and every screen showing those data fetches them again.
 */
type Entry = { data: unknown; at: number };
type Listener = (key: string) => void;

const entries = new Map<string, Entry>();
const listeners = new Set<Listener>();

export const queryCache = {
  get<T>(key: string): T | undefined {
    return entries.get(key)?.data as T | undefined;
  },
  set(key: string, data: unknown): void {
    entries.set(key, { data, at: Date.now() });
  },
  /** Forgets every entry whose key starts with one of the prefixes and tells the screens showing them. */
  invalidate(...prefixes: string[]): void {
    for (const key of [...entries.keys()]) {
      if (prefixes.some((p) => key.startsWith(p))) entries.delete(key);
    }
    for (const listener of listeners) {
      for (const prefix of prefixes) listener(prefix);
    }
  },
  /** Forgets everything (on sign-out, so the next user never sees the last one's data). */
  clear(): void {
    entries.clear();
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
