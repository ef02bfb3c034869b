import { ERROR_STATUS, type ErrorCode } from '@bluelamp/contracts/errors';

/**
 * The one error type the application throws on purpose. The HTTP edge turns it into
 * `{ code, message, details }` with the status from ERROR_STATUS; nothing matches on message text.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
  get statusCode(): number {
    return ERROR_STATUS[this.code];
  }
}

/** 404 for a record that does not exist or that the caller may not see; the two look the same. */
export const notFound = (what: string): AppError => new AppError('NOT_FOUND', `${what} was not found`);

/** 409 with the record as it now stands, so the client can show it and let the user redo the change. */
export const versionConflict = (what: string, current: unknown): AppError =>
  new AppError('VERSION_CONFLICT', `${what} was changed by someone else; reload it and make your change again`, { current });
