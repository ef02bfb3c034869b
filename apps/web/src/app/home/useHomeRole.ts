import { useState } from 'react';
import { ROLE_CODES, type RoleCode } from '@bluelamp/contracts/roles';
import { sortRoles } from '../../modules/platform/users/utils/roleName';

const STORAGE_KEY = 'bluelamp.homeRole';

const isRoleCode = (code: string): code is RoleCode => (ROLE_CODES as readonly string[]).includes(code);

/**
 * Which role's home to show. A user with several roles (a sergeant who is also an administrator)
 * picks one; the choice is remembered in this browser. Defaults to the first role in product order.
 */
export function useHomeRole(roles: string[]): [RoleCode | undefined, (role: RoleCode) => void] {
  const held = sortRoles(roles).filter(isRoleCode);
  const [chosen, setChosen] = useState<string | null>(() => window.localStorage.getItem(STORAGE_KEY));
  const role = held.find((r) => r === chosen) ?? held[0];
  const choose = (next: RoleCode) => {
    window.localStorage.setItem(STORAGE_KEY, next);
    setChosen(next);
  };
  return [role, choose];
}
