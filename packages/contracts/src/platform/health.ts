import { Type } from '@sinclair/typebox';

export const HealthResponse = Type.Object(
  { status: Type.Literal('ok'), version: Type.String(), uptimeSeconds: Type.Number() },
  { additionalProperties: false },
);
export const ReadyResponse = Type.Object(
  { status: Type.Union([Type.Literal('ready'), Type.Literal('not_ready')]), database: Type.String(), migration: Type.Integer() },
  { additionalProperties: false },
);
