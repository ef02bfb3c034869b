import { Type, type TSchema } from '@sinclair/typebox';

const errorRef = Type.Ref('ErrorBody');

/** The error responses a route can give, for its schema and the OpenAPI document: `errors(400, 401, 404)`. */
export function errors(...statuses: number[]): Record<number, TSchema> {
  return Object.fromEntries(statuses.map((s) => [s, errorRef]));
}
