import { describe, expect, it } from 'vitest';
import { ApiError } from './ApiError';
import { fieldErrors } from './fieldErrors';

describe('fieldErrors', () => {
  it('should put each validation issue on its field', () => {
    const error = new ApiError(400, {
      code: 'VALIDATION_FAILED',
      message: 'body/roles must NOT have fewer than 1 items',
      details: { issues: [{ path: 'body/roles', message: 'body/roles must NOT have fewer than 1 items' }, { path: 'body/email', message: 'body/email must match format "email"' }] },
    });
    expect(fieldErrors(error)).toEqual({
      fields: { roles: 'Must NOT have fewer than 1 items', email: 'Must match format "email"' },
      summary: undefined,
    });
  });

  it('should put a field-shaped code on its field', () => {
    const error = new ApiError(409, { code: 'ALREADY_EXISTS', message: 'The username ann is already taken' });
    expect(fieldErrors(error, { ALREADY_EXISTS: 'username' })).toEqual({ fields: { username: 'The username ann is already taken' }, summary: undefined });
  });

  it('should leave anything else to the summary', () => {
    const error = new ApiError(409, { code: 'LAST_ADMINISTRATOR', message: 'This is the last active administrator' });
    expect(fieldErrors(error)).toEqual({ fields: {}, summary: 'This is the last active administrator' });
  });
});
