import type { RoleCode } from '@bluelamp/contracts/roles';

/** Who is acting: the signed-in user, with the permissions their roles grant. */
export type Actor = {
  userId: string;
  username: string;
  displayName: string;
  roles: RoleCode[];
  permissions: ReadonlySet<string>;
  staffId: string | null;
};

/** Everything audit and policy need to know about the request a command runs for. */
export type RequestContext = {
  actor: Actor | null;
  ip: string | null;
  requestId: string | null;
  userAgent: string | null;
  /** The caller's Idempotency-Key header, if any. */
  idempotencyKey?: string | undefined;
};

/** The context for work the system does itself (start-up, CLI, seeding). */
export const systemContext = (requestId = 'system'): RequestContext => ({ actor: null, ip: null, requestId, userAgent: null });
