import type { ErrorBody, ErrorCode } from '@bluelamp/contracts/errors';

/** One invalid field, as the API reports it in `details.issues` (path like `body/roles`). */
export type FieldIssue = { path: string; message: string };

/**
 * An error answer from the API, `{ code, message, details }`, or a network failure (code
 * `NETWORK_ERROR`, which the API never sends). Screens switch on `code`, never on the message.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | 'NETWORK_ERROR';
  readonly details: unknown;

  constructor(status: number, body: Pick<ErrorBody, 'code' | 'message' | 'details'>) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code as ErrorCode | 'NETWORK_ERROR';
    this.details = body.details;
  }

  /** The invalid fields of a VALIDATION_FAILED answer, or none. */
  get issues(): FieldIssue[] {
    const issues = (this.details as { issues?: unknown } | undefined)?.issues;
    if (!Array.isArray(issues)) return [];
    return issues.filter((i): i is FieldIssue => typeof i?.path === 'string' && typeof i?.message === 'string');
  }

  /** The record as it now stands, sent with a 409 VERSION_CONFLICT. */
  current<T>(): T | undefined {
    return (this.details as { current?: T } | undefined)?.current ?? undefined;
  }
}

/** True for an ApiError with one of the given codes. */
export function isApiError(error: unknown, ...codes: ApiError['code'][]): error is ApiError {
  return error instanceof ApiError && (codes.length === 0 || codes.includes(error.code));
}
