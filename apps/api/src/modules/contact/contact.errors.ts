import { AppError } from '../../core/errors';

/** 400 in the same shape as schema validation, naming the field. */
export const invalidField = (path: string, message: string, code: 'VALIDATION_FAILED' | 'UNKNOWN_POSTCODE' | 'UNKNOWN_CATEGORY' | 'UNKNOWN_GRADE' | 'TIME_IN_FUTURE' | 'TIME_OUT_OF_ORDER' = 'VALIDATION_FAILED'): AppError =>
  new AppError(code, `${path} ${message}`, { issues: [{ path, message: `${path} ${message}` }] });
