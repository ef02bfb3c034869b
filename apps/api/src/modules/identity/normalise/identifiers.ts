// National insurance number: two prefix letters, six digits, suffix A–D. HMRC never issues D, F, I,
// Q, U or V as either prefix letter, O as the second, nor the prefixes BG, GB, KN, NK, NT, TN and ZZ.
const NI_NUMBER = /^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$/;

/** A national insurance number upper-cased without spaces ('ab 12 34 56 c' → 'AB123456C'), or undefined when invalid. */
export function normaliseNiNumber(input: string): string | undefined {
  const compact = input.replace(/\s+/g, '').toUpperCase();
  return NI_NUMBER.test(compact) ? compact : undefined;
}

// Police National Computer id: year of creation (2 or 4 digits) / serial (up to 7 digits) and a check
// letter, e.g. 12/345678A. Only the format is checked here.
const PNC_ID = /^([0-9]{2}|[0-9]{4})\/([0-9]{1,7})([A-Z])$/;

/**
 * A PNC id written one way: two-digit year, serial without leading zeros, upper-case letter
 * ('2012/0345678a' → '12/345678A'); undefined when it is not in PNC id format.
 */
export function normalisePncId(input: string): string | undefined {
  const match = PNC_ID.exec(input.replace(/\s+/g, '').toUpperCase());
  if (!match) return undefined;
  const [, year, serial, check] = match as unknown as [string, string, string, string];
  return `${year.slice(-2)}/${String(Number(serial))}${check}`;
}

/** Other identifiers (passport, driving licence…) compared upper-cased without spaces or punctuation. */
export const normaliseOtherIdentifier = (input: string): string | undefined => {
  const compact = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return compact.length > 0 ? compact : undefined;
};

export type IdentifierKind = 'ni_number' | 'pnc_id' | 'other';

/** Normalises an identifier of the given kind; undefined when it is not valid for that kind. */
export function normaliseIdentifier(kind: IdentifierKind, value: string): string | undefined {
  if (kind === 'ni_number') return normaliseNiNumber(value);
  if (kind === 'pnc_id') return normalisePncId(value);
  return normaliseOtherIdentifier(value);
}

/** Every stored form an identifier typed without its kind could have (for search). */
export function identifierSearchValues(value: string): string[] {
  const forms = [normaliseNiNumber(value), normalisePncId(value), normaliseOtherIdentifier(value)];
  return [...new Set(forms.filter((f): f is string => f !== undefined))];
}
