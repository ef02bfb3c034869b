import type { TSchema } from '@sinclair/typebox';
import { ErrorBody } from '@bluelamp/contracts/errors';

/** The error responses a route can give, for its schema and the OpenAPI document: `errors(400, 401, 404)`. */
export function errors(...statuses: number[]): Record<number, TSchema> {
  return Object.fromEntries(statuses.map((s) => [s, ErrorBody]));
}
