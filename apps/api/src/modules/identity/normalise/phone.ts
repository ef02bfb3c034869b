// UK national significant numbers (the digits after +44 or the leading 0), by their first digit:
// 1 and 2 geographic (9 or 10 digits: a few 01 areas are one short), 3 non-geographic, 5 corporate
// and VoIP, 7 mobile and personal, 8 freephone and special rate (0800 1111 is 9 digits), 9 premium.
const UK_NSN = /^(?:[12][0-9]{8,9}|[3579][0-9]{9}|8[0-9]{8,9})$/;
// Any other country: E.164 allows at most 15 digits after the +.
const INTERNATIONAL = /^[1-9][0-9]{6,14}$/;

/**
 * A phone number in E.164 ('020 7601 2222', '+44 (0)20 7601-2222', '0044 20 7601 2222' →
 * '+442076012222'), or undefined when it is not a valid UK number (or, written with a +, a plausible
 * international one).
 */
export function normalisePhone(input: string): string | undefined {
  const trimmed = input.trim();
  // Spaces, dashes, dots, brackets and the British "(0)" after +44 are presentation only.
  const compact = trimmed.replace(/\(0\)/g, '').replace(/[\s\-.()]/g, '');
  if (!/^\+?[0-9]+$/.test(compact)) return undefined;
  let international: string | undefined;
  if (compact.startsWith('+')) international = compact.slice(1);
  else if (compact.startsWith('00')) international = compact.slice(2);
  if (international !== undefined) {
    if (international.startsWith('44')) return ukNumber(international.slice(2).replace(/^0/, ''));
    return INTERNATIONAL.test(international) ? `+${international}` : undefined;
  }
  if (compact.startsWith('0')) return ukNumber(compact.slice(1));
  return undefined;
}

const ukNumber = (nsn: string): string | undefined => (UK_NSN.test(nsn) ? `+44${nsn}` : undefined);
