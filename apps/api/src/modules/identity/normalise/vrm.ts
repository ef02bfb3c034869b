/**
 * A vehicle registration mark written one way ('ab12 cde', 'AB12-CDE' → 'AB12CDE'), or undefined
 * when it cannot be one: 2 to 8 letters and digits with at least one of each (every UK format,
 * current, prefix, suffix, dateless and Northern Irish, and most foreign plates, fit).
 */
export function normaliseVrm(input: string): string | undefined {
  const compact = input.toUpperCase().replace(/[\s\-.]/g, '');
  if (!/^[A-Z0-9]{2,8}$/.test(compact) || !/[A-Z]/.test(compact) || !/[0-9]/.test(compact)) return undefined;
  return compact;
}
