import { Type } from '@sinclair/typebox';
import { SignInRequest, SignInResponse } from '@bluelamp/contracts/platform/auth';
import { ChangeOwnPasswordRequest } from '@bluelamp/contracts/platform/users';
import type { App, AppDeps } from '../../../http/types';
import { errors } from '../../../http/schemas';
import { AppError } from '../../../core/errors';
import { writeAudit } from '../../../core/audit';
import { signIn } from './commands/sign-in';
import { changeOwnPassword } from './commands/change-own-password';
import { deleteSession, findSession, SESSION_COOKIE } from './session.repository';
import { presentCurrentUser } from './user.presenter';

export function registerAuthRoutes(app: App, deps: AppDeps): void {
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: deps.config.env === 'production',
  };

  app.post(
    '/api/auth/sign-in',
    {
      config: { access: 'public' },
      schema: { tags: ['auth'], summary: 'Sign in with a username and password', security: [], body: SignInRequest, response: { 200: SignInResponse, ...errors(400, 401, 429) } },
    },
    async (request, reply) => {
      const { token, userId } = await signIn(deps.db, request.ctx, request.body, {
        maxFailures: deps.config.signInMaxFailures,
        lockSeconds: deps.config.signInLockSeconds,
        sessionTtlSeconds: deps.config.sessionTtlSeconds,
      });
      const session = await findSession(deps.db, token, deps.config.sessionTtlSeconds);
      if (!session || session === 'expired') throw new Error(`session for ${userId} vanished after sign-in`);
      void reply.setCookie(SESSION_COOKIE, token, cookieOptions);
      return { user: presentCurrentUser({ ...session, permissions: deps.access.permissionsFor(session.roles) }) };
    },
  );

  app.post(
    '/api/auth/sign-out',
    { config: { access: 'authenticated' }, schema: { tags: ['auth'], summary: 'End this session', response: { 204: Type.Null(), ...errors(401) } } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      await deps.db.transaction().execute(async (tx) => {
        if (token) await deleteSession(tx, token);
        await writeAudit(tx, request.ctx, { action: 'session.signed_out', entityType: 'user', entityId: request.actor?.userId ?? null });
      });
      void reply.clearCookie(SESSION_COOKIE, cookieOptions).status(204);
      return null;
    },
  );

  app.get(
    '/api/auth/me',
    { config: { access: 'authenticated' }, schema: { tags: ['auth'], summary: 'The signed-in user, roles and permissions', response: { 200: SignInResponse, ...errors(401) } } },
    async (request) => {
      if (!request.actor) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
      return { user: presentCurrentUser(request.actor) };
    },
  );

  app.post(
    '/api/auth/password',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['auth'], summary: 'Change your own password', body: ChangeOwnPasswordRequest, response: { 204: Type.Null(), ...errors(400, 401) } },
    },
    async (request, reply) => {
      await changeOwnPassword(deps.db, request.ctx, request.body);
      void reply.status(204);
      return null;
    },
  );
}
