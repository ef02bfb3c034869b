import type { RoleCode } from '@bluelamp/contracts/roles';
import { ROLE_CODES } from '@bluelamp/contracts/roles';
import { AppError } from './errors';
import type { Actor } from './context';

/** A module's permissions: each permission names the roles that hold it. One such map per module. */
export type PermissionMap = Readonly<Record<string, readonly RoleCode[]>>;

/** Every role; for permissions every signed-in user holds (e.g. reading reference data). */
export const ALL_ROLES: readonly RoleCode[] = ROLE_CODES;

/** Declares a module's permissions; the keys are `module.resource:verb`-style strings. */
export const definePermissions = <const T extends PermissionMap>(map: T): T => map;

/**
 * How a route says who may call it. `public`: anyone; `authenticated`: any signed-in user;
 * `{ permission }`: a signed-in user whose roles grant that permission.
 */
export type RouteAccess = 'public' | 'authenticated' | { permission: string };

/** The force-wide table of role → permissions, built once from every module's map. */
export class AccessControl {
  private readonly byRole = new Map<RoleCode, Set<string>>();
  private readonly known = new Set<string>();

  constructor(maps: PermissionMap[]) {
    for (const map of maps) {
      for (const [permission, roles] of Object.entries(map)) {
        if (this.known.has(permission)) throw new Error(`permission ${permission} is declared twice`);
        this.known.add(permission);
        for (const role of roles) {
          let set = this.byRole.get(role);
          if (!set) this.byRole.set(role, (set = new Set()));
          set.add(permission);
        }
      }
    }
  }

  /** The union of the permissions the given roles hold. */
  permissionsFor(roles: readonly RoleCode[]): Set<string> {
    const out = new Set<string>();
    for (const role of roles) for (const p of this.byRole.get(role) ?? []) out.add(p);
    return out;
  }

  isKnown(permission: string): boolean {
    return this.known.has(permission);
  }
}

/** Throws 403 unless the actor holds the permission. */
export function requirePermission(actor: Actor, permission: string): void {
  if (!actor.permissions.has(permission)) {
    throw new AppError('FORBIDDEN', 'Your role does not allow this', { permission });
  }
}
