import { AppError } from '../../../core/errors';

/** 400 in the same shape as schema validation, naming the field. */
export const invalidField = (path: string, message: string): AppError =>
  new AppError('VALIDATION_FAILED', `${path} ${message}`, { issues: [{ path, message: `${path} ${message}` }] });
