import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_STATUS, type ErrorCode } from '@bluelamp/contracts/errors';
import { AppError } from '../core/errors';

type Body = { code: ErrorCode; message: string; details?: unknown };

// Fastify's own error codes for bodies it could not accept, mapped to ours.
const FASTIFY_CODES: Partial<Record<string, { code: ErrorCode; message: string }>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'MALFORMED_JSON', message: 'The request body is not valid JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'MALFORMED_JSON', message: 'The request body is empty but should be JSON' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Send the request body as application/json' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'VALIDATION_FAILED', message: 'The Content-Length header does not match the body' },
};

/** Turns ajv's first error into a sentence, e.g. "body/roles must NOT have fewer than 1 items". */
function describeValidation(error: FastifyError): Body {
  const issues = (error.validation ?? []).map((v) => {
    const where = `${error.validationContext ?? 'request'}${v.instancePath || ''}`;
    if (v.keyword === 'additionalProperties') {
      const extra = (v.params as { additionalProperty?: string }).additionalProperty;
      return { path: `${where}/${extra}`, message: `${where}/${extra} is not an accepted field` };
    }
    if (v.keyword === 'required') {
      const missing = (v.params as { missingProperty?: string }).missingProperty;
      return { path: `${where}/${missing}`, message: `${where}/${missing} is required` };
    }
    return { path: where, message: `${where} ${v.message ?? 'is invalid'}` };
  });
  return { code: 'VALIDATION_FAILED', message: issues[0]?.message ?? error.message, details: { issues } };
}

export function toErrorBody(error: FastifyError | AppError | Error): { status: number; body: Body } {
  if (error instanceof AppError) {
    const body: Body = { code: error.code, message: error.message };
    if (error.details !== undefined) body.details = error.details;
    return { status: error.statusCode, body };
  }
  const fe = error as FastifyError;
  if (fe.validation) return { status: 400, body: describeValidation(fe) };
  const mapped = fe.code ? FASTIFY_CODES[fe.code] : undefined;
  if (mapped) return { status: ERROR_STATUS[mapped.code], body: { ...mapped } };
  // PostgreSQL's unique violation: two requests raced to create the same thing.
  if ((fe.code as string | undefined) === '23505') return { status: 409, body: { code: 'ALREADY_EXISTS', message: 'That already exists' } };
  if (fe.statusCode === 413) return { status: 413, body: { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large' } };
  return { status: 500, body: { code: 'INTERNAL_ERROR', message: 'Something went wrong on the server; the error has been logged' } };
}

export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const { status, body } = toErrorBody(error);
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  else request.log.info({ code: body.code }, body.message);
  void reply.status(status).send(body);
}
