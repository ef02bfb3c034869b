import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../core/errors';
import type { AppDeps } from './types';
import { findSession, SESSION_COOKIE } from '../modules/platform/accounts/session.repository';

/**
 * The onRequest hook that runs before anything else on every route: works out who is calling,
 * then applies the route's declared access. It runs before the body is even parsed, so a caller
 * without the right gets 401/403 and no data is read on their behalf.
 */
export function authenticate(deps: AppDeps) {
  return async function onRequest(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    request.actor = null;
    request.ctx = {
      actor: null,
      ip: request.ip ?? null,
      requestId: String(request.id),
      userAgent: request.headers['user-agent'] ?? null,
      idempotencyKey: typeof request.headers['idempotency-key'] === 'string' ? request.headers['idempotency-key'] : undefined,
    };
    void reply.header('x-request-id', request.id);
    const access = request.routeOptions.config.access;
    if (access === undefined) return; // not an /api route (static files, docs)
    refuseCrossSiteWrites(request);

    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const session = await findSession(deps.db, token, deps.config.sessionTtlSeconds);
      if (session === 'expired') {
        if (access !== 'public') throw new AppError('SESSION_EXPIRED', 'Your session has expired; sign in again');
      } else if (session) {
        request.actor = { ...session, permissions: deps.access.permissionsFor(session.roles) };
        request.ctx.actor = request.actor;
      }
    }
    if (access === 'public') return;
    if (!request.actor) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
    if (access === 'authenticated') return;
    if (!request.actor.permissions.has(access.permission)) {
      throw new AppError('FORBIDDEN', 'Your role does not allow this', { permission: access.permission });
    }
  };
}

// The session cookie is SameSite=Strict and writes need a JSON body (which a cross-site form cannot
// send without a CORS preflight we never grant); refusing a foreign Origin closes what is left.
function refuseCrossSiteWrites(request: FastifyRequest): void {
  if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return;
  const origin = request.headers.origin;
  if (!origin) return;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new AppError('FORBIDDEN', 'Cross-site requests are refused');
  }
  if (originHost !== request.headers.host) throw new AppError('FORBIDDEN', 'Cross-site requests are refused');
}
