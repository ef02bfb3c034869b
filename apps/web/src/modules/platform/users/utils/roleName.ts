import { ROLE_CODES } from '@bluelamp/contracts/roles';

/**
 * A role's name: from the API's role list when it has loaded, otherwise made from the code
 * ("call_handler" → "Call handler"), which is how the API names them too.
 */
export function roleName(code: string, roles?: { code: string; name: string }[]): string {
  const known = roles?.find((r) => r.code === code);
  if (known) return known.name;
  const words = code.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The user's roles in the product's order (call handler first, administrator last). */
export function sortRoles(codes: string[]): string[] {
  const order = (code: string) => {
    const i = (ROLE_CODES as readonly string[]).indexOf(code);
    return i === -1 ? ROLE_CODES.length : i;
  };
  return [...codes].sort((a, b) => order(a) - order(b));
}
