import { AppError } from '../../core/errors';

/**
 * A merged record answers 404 like a missing one, with `details.mergedInto` naming the survivor so
 * a client can follow it (the survivor is never itself merged: later merges repoint).
 */
export const mergedInto = (what: string, survivorId: string): AppError =>
  new AppError('NOT_FOUND', `${what} was merged into another record`, { mergedInto: survivorId });

/** 400 in the same shape as schema validation, naming the field. */
export const invalidField = (path: string, message: string): AppError =>
  new AppError('VALIDATION_FAILED', `${path} ${message}`, { issues: [{ path, message: `${path} ${message}` }] });
