/*
 * The API's checks of typed details, mirrored so a form can say what is wrong before sending. The
 * API checks again and has the last word (its field errors are shown the same way).
 */

const UK_NSN = /^(?:[12][0-9]{8,9}|[3579][0-9]{9}|8[0-9]{8,9})$/;
const INTERNATIONAL = /^[1-9][0-9]{6,14}$/;

/** True for a UK number in any usual format, or an international one written with + or 00. */
export function isPhoneNumber(input: string): boolean {
  const compact = input.trim().replace(/\(0\)/g, '').replace(/[\s\-.()]/g, '');
  if (!/^\+?[0-9]+$/.test(compact)) return false;
  const international = compact.startsWith('+') ? compact.slice(1) : compact.startsWith('00') ? compact.slice(2) : undefined;
  if (international !== undefined) return international.startsWith('44') ? UK_NSN.test(international.slice(2).replace(/^0/, '')) : INTERNATIONAL.test(international);
  return compact.startsWith('0') && UK_NSN.test(compact.slice(1));
}

const NI_NUMBER = /^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$/;
const PNC_ID = /^([0-9]{2}|[0-9]{4})\/([0-9]{1,7})([A-Z])$/;

/** The API's words when an identifier of this kind is not valid, or undefined when it is. */
export function identifierError(kind: string, value: string): string | undefined {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  if (kind === 'ni_number') return NI_NUMBER.test(compact) ? undefined : 'Not a valid national insurance number (like AB123456C)';
  if (kind === 'pnc_id') return PNC_ID.test(compact) ? undefined : 'Not a valid PNC id (like 12/345678A)';
  return /[A-Za-z0-9]/.test(value) ? undefined : 'Must contain letters or digits';
}

/** A plausible e-mail address (the API checks the format strictly). */
export const isEmailAddress = (input: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.trim());

const POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$/;

/** A UK postcode, however spaced or cased ("ec2m4np"). */
export const isPostcode = (input: string): boolean => POSTCODE.test(input.trim().toUpperCase().replace(/\s+/g, ' '));

/**
 * A stored number (E.164) as people write it: '+442076012222' → '020 7601 2222', '+447700900123' →
 * '07700 900123', '+441632960001' → '01632 960001'; other countries stay as stored.
 */
export function formatPhone(e164: string): string {
  if (!e164.startsWith('+44')) return e164;
  const national = `0${e164.slice(3)}`;
  if (/^02\d{9}$/.test(national)) return `${national.slice(0, 3)} ${national.slice(3, 7)} ${national.slice(7)}`;
  if (/^0\d{10}$/.test(national)) return `${national.slice(0, 5)} ${national.slice(5)}`;
  return national;
}
