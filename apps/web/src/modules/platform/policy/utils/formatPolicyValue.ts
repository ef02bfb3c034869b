/** A setting's value in words: Yes / No for switches, the number or text otherwise. */
export function formatPolicyValue(value: unknown): string {
  if (value === true) return 'Yes';
  if (value === false) return 'No';
  if (typeof value === 'number') return value.toLocaleString('en-GB');
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
