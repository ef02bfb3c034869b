import { Type, type Static } from '@sinclair/typebox';
import { Instant, Uuid, Page, PageQuery } from '../common';
import { ROLE_CODES } from '../roles';

export const RoleCode = Type.Union(ROLE_CODES.map((code) => Type.Literal(code)));

export const Role = Type.Object(
  { code: Type.String(), name: Type.String(), description: Type.String() },
  { additionalProperties: false },
);
export type Role = Static<typeof Role>;
export const RoleList = Type.Object({ items: Type.Array(Role) }, { additionalProperties: false });

export const User = Type.Object(
  {
    id: Uuid,
    username: Type.String(),
    displayName: Type.String(),
    email: Type.Union([Type.String(), Type.Null()]),
    isActive: Type.Boolean(),
    roles: Type.Array(Type.String()),
    staffId: Type.Union([Uuid, Type.Null()]),
    lastSignInAt: Type.Union([Instant, Type.Null()]),
    createdAt: Instant,
    /** Send back on update; a stale version gets 409 VERSION_CONFLICT with the current user. */
    version: Type.Integer(),
  },
  { additionalProperties: false },
);
export type User = Static<typeof User>;

export const ListUsersQuery = Type.Object(
  { ...PageQuery, search: Type.Optional(Type.String({ maxLength: 100 })), role: Type.Optional(RoleCode) },
  { additionalProperties: false },
);
export type ListUsersQuery = Static<typeof ListUsersQuery>;
export const UserPage = Page(User);

const Username = Type.String({ minLength: 3, maxLength: 60, pattern: '^[A-Za-z0-9._-]+$' });
const Email = Type.String({ format: 'email', maxLength: 200 });

export const CreateUserRequest = Type.Object(
  {
    username: Username,
    displayName: Type.String({ minLength: 1, maxLength: 120 }),
    email: Type.Optional(Type.Union([Email, Type.Null()])),
    password: Type.String({ minLength: 1, maxLength: 256 }),
    roles: Type.Array(RoleCode, { minItems: 1, uniqueItems: true }),
    staffId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  },
  { additionalProperties: false },
);
export type CreateUserRequest = Static<typeof CreateUserRequest>;

export const UpdateUserRequest = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
    email: Type.Optional(Type.Union([Email, Type.Null()])),
    isActive: Type.Optional(Type.Boolean()),
    roles: Type.Optional(Type.Array(RoleCode, { minItems: 1, uniqueItems: true })),
    staffId: Type.Optional(Type.Union([Uuid, Type.Null()])),
  },
  { additionalProperties: false },
);
export type UpdateUserRequest = Static<typeof UpdateUserRequest>;

export const SetPasswordRequest = Type.Object(
  { version: Type.Integer({ minimum: 1 }), password: Type.String({ minLength: 1, maxLength: 256 }) },
  { additionalProperties: false },
);
export type SetPasswordRequest = Static<typeof SetPasswordRequest>;

export const ChangeOwnPasswordRequest = Type.Object(
  { currentPassword: Type.String({ minLength: 1, maxLength: 256 }), newPassword: Type.String({ minLength: 1, maxLength: 256 }) },
  { additionalProperties: false },
);
export type ChangeOwnPasswordRequest = Static<typeof ChangeOwnPasswordRequest>;
