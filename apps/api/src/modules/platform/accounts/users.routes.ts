import { IdParams } from '@bluelamp/contracts/common';
import { CreateUserRequest, ListUsersQuery, RoleList, SetPasswordRequest, UpdateUserRequest, User, UserPage } from '@bluelamp/contracts/platform/users';
import type { App, AppDeps } from '../../../http/types';
import { errors } from '../../../http/schemas';
import { runWrite } from '../../../http/run-write';
import { notFound } from '../../../core/errors';
import { writeAudit } from '../../../core/audit';
import { getUser, listRoles, listUsers } from './users.repository';
import { changeUser, createUser, resetPassword } from './commands/manage-users';
import { presentUser } from './user.presenter';
import { canViewUser } from './user.policy';

export function registerUserRoutes(app: App, deps: AppDeps): void {
  const tags = ['users'];

  app.get(
    '/api/roles',
    { config: { access: 'authenticated' }, schema: { tags, summary: 'The roles of the product', response: { 200: RoleList, ...errors(401) } } },
    async () => ({ items: await listRoles(deps.db) }),
  );

  app.get(
    '/api/users',
    { config: { access: { permission: 'users:read' } }, schema: { tags, summary: 'List user accounts', querystring: ListUsersQuery, response: { 200: UserPage, ...errors(400, 401, 403) } } },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const offset = request.query.offset ?? 0;
      const page = await listUsers(deps.db, { search: request.query.search, role: request.query.role, limit, offset });
      return { items: page.items.map(presentUser), total: page.total, limit, offset };
    },
  );

  app.get(
    '/api/users/:id',
    { config: { access: 'authenticated' }, schema: { tags, summary: 'One user account (administrators: any; others: their own)', params: IdParams, response: { 200: User, ...errors(400, 401, 404) } } },
    async (request) => {
      if (!canViewUser(request.actor!, request.params.id)) throw notFound('The user');
      const user = await getUser(deps.db, request.params.id);
      if (!user) throw notFound('The user');
      await writeAudit(deps.db, request.ctx, { action: 'user.read', entityType: 'user', entityId: user.id });
      return presentUser(user);
    },
  );

  app.post(
    '/api/users',
    {
      config: { access: { permission: 'users:manage' } },
      schema: { tags, summary: 'Create a user account', body: CreateUserRequest, response: { 201: User, ...errors(400, 401, 403, 409) } },
    },
    async (request, reply) => runWrite(deps, request, reply, 201, async (tx) => presentUser(await createUser(tx, request.ctx, request.body))),
  );

  app.patch(
    '/api/users/:id',
    {
      config: { access: { permission: 'users:manage' } },
      schema: { tags, summary: 'Change a user: details, roles, active', params: IdParams, body: UpdateUserRequest, response: { 200: User, ...errors(400, 401, 403, 404, 409) } },
    },
    async (request, reply) => runWrite(deps, request, reply, 200, async (tx) => presentUser(await changeUser(tx, request.ctx, request.params.id, request.body))),
  );

  app.post(
    '/api/users/:id/password',
    {
      config: { access: { permission: 'users:manage' } },
      schema: { tags, summary: "Set a user's password (their sessions end)", params: IdParams, body: SetPasswordRequest, response: { 200: User, ...errors(400, 401, 403, 404, 409) } },
    },
    async (request, reply) => runWrite(deps, request, reply, 200, async (tx) => presentUser(await resetPassword(tx, request.ctx, request.params.id, request.body))),
  );
}
