import { Type, type Static } from '@sinclair/typebox';
import { Uuid } from '../common';

export const SignInRequest = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 100 }),
    password: Type.String({ minLength: 1, maxLength: 256 }),
  },
  { additionalProperties: false },
);
export type SignInRequest = Static<typeof SignInRequest>;

export const CurrentUser = Type.Object(
  {
    id: Uuid,
    username: Type.String(),
    displayName: Type.String(),
    roles: Type.Array(Type.String(), { description: 'Role codes, e.g. call_handler' }),
    permissions: Type.Array(Type.String(), { description: 'Every permission the roles grant, e.g. users:manage' }),
    staffId: Type.Union([Uuid, Type.Null()]),
  },
  { additionalProperties: false },
);
export type CurrentUser = Static<typeof CurrentUser>;

export const SignInResponse = Type.Object({ user: CurrentUser }, { additionalProperties: false });
export type SignInResponse = Static<typeof SignInResponse>;
