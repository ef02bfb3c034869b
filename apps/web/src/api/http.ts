import { ApiError } from './ApiError';

/** Query-string values; undefined, null and '' are left out; a list repeats the key (`ids=a&ids=b`). */
export type QueryParams = Record<string, string | number | boolean | readonly string[] | null | undefined>;

type RequestOptions = {
  query?: QueryParams | undefined;
  body?: unknown;
  signal?: AbortSignal | undefined;
  /**
   * Sent as `Idempotency-Key`: the API answers a repeat of the same key with the first answer, so a
   * write retried after a lost answer (a timeout, a double submit) happens once. Keep one key per
   * user intent (e.g. per form), not per attempt.
   */
  idempotencyKey?: string | undefined;
};

type SessionEndHandler = (error: ApiError) => void;
let onSessionEnd: SessionEndHandler | undefined;

/**
 * Registers what happens when the API says the session is gone (401 UNAUTHENTICATED or
 * SESSION_EXPIRED) on any request: the auth provider returns the user to the sign-in page.
 */
export function setSessionEndHandler(handler: SessionEndHandler | undefined): void {
  onSessionEnd = handler;
}

/** Builds `/api/...?a=1&b=2` from a path and query values. */
export function buildUrl(path: string, query?: QueryParams): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, item);
    else params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/** A path segment from user data, safely encoded. */
export const seg = (value: string): string => encodeURIComponent(value);

/**
 * The one place the web app talks HTTP. Sends JSON, includes the session cookie, turns every
 * non-2xx answer into an ApiError and reports an ended session to the auth provider.
 */
export async function request<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, options: RequestOptions = {}): Promise<T> {
  const init: RequestInit = {
    method,
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
    signal: options.signal ?? null,
  };
  if (options.idempotencyKey) init.headers = { ...init.headers, 'idempotency-key': options.idempotencyKey };
  if (options.body !== undefined) {
    init.headers = { ...init.headers, 'content-type': 'application/json' };
    init.body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, { code: 'NETWORK_ERROR', message: 'Bluelamp could not reach the server; check the connection and try again' });
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (response.ok) return body as T;

  const errorBody = body as { code?: unknown; message?: unknown; details?: unknown } | undefined;
  const error =
    typeof errorBody?.code === 'string' && typeof errorBody.message === 'string'
      ? new ApiError(response.status, { code: errorBody.code, message: errorBody.message, details: errorBody.details })
      : new ApiError(response.status, { code: 'INTERNAL_ERROR', message: `The server answered ${response.status} without an explanation` });
  if (error.code === 'UNAUTHENTICATED' || error.code === 'SESSION_EXPIRED') onSessionEnd?.(error);
  throw error;
}
