/** Normalising what a person record says: names, dates, phone numbers, postcodes, addresses. */
import { phoneticKey } from './phonetic';

/** The fields a description of a person may carry; all optional. */
export const PERSON_FIELDS = [
  'first_name', 'middle_name', 'last_name', 'full_name', 'dob', 'gender', 'phone', 'email', 'address', 'postcode', 'city', 'id_number',
] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];
export type PersonInput = Partial<Record<PersonField, string | null | undefined>> & { id?: string };

export type DateParts = { y: number; m: number; d: number };

/** A record prepared for comparison: every field lower case, letters/digits only, '' when missing. */
export type PreparedPerson = {
  id: string;
  first: string;
  firstKey: string;
  middle: string;
  last: string;
  lastKey: string;
  lastParts: string[];
  dob: string; // YYYYMMDD or ''
  dobParts: DateParts | null;
  gender: string; // 'm' | 'f' | other letter | ''
  phone: string;
  email: string;
  emailUser: string;
  address: string;
  addressTokens: string[];
  postcode: string;
  city: string;
  idNumber: string;
};

/** Lower case, diacritics removed, punctuation to spaces, spaces collapsed. */
export function cleanText(value: string | null | undefined): string {
  if (!value) return '';
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\x00-\x7f]*$/.test(value) ? value : value.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return ascii
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'rev', 'lady', 'lord', 'dame']);
const SUFFIXES = new Set(['jr', 'jnr', 'sr', 'snr', 'ii', 'iii', 'iv']);

/** Splits a full name into first, middle and last: "Smith, John Paul" or "Dr John Paul Smith". */
export function splitFullName(full: string): { first: string; middle: string; last: string } {
  const commaFirst = full.includes(',');
  const [before, after] = commaFirst ? [full.slice(full.indexOf(',') + 1), full.slice(0, full.indexOf(','))] : [full, ''];
  // Words split on spaces only, so a hyphenated surname stays one name (its parts space-separated).
  const words = before.split(/\s+/).map(cleanText).filter((t) => t && !TITLES.has(t) && !SUFFIXES.has(t));
  const one = (w: string | undefined): string => (w ?? '').replace(/ /g, '');
  if (commaFirst) return { first: one(words[0]), middle: words.slice(1).map(one).join(' '), last: cleanText(after) };
  if (words.length === 0) return { first: '', middle: '', last: '' };
  if (words.length === 1) return { first: one(words[0]), middle: '', last: '' };
  return { first: one(words[0]), middle: words.slice(1, -1).map(one).join(' '), last: words[words.length - 1]! };
}

const validDate = (y: number, m: number, d: number): boolean => {
  if (!(y >= 1800 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
};

/** True for a date that exists on the calendar. */
export const isCalendarDate = (p: DateParts): boolean => validDate(p.y, p.m, p.d);

/**
 * Reads YYYY-MM-DD, YYYYMMDD or DD/MM/YYYY (also with '-' or '.' after the day). Returns null when
 * the text is in none of those forms; blank gives undefined (missing, not an error). A date in the
 * right form but impossible on the calendar (month 95: a keying slip in legacy data) is kept as typed,
 * so that it still matches the true date one digit away; `isCalendarDate` tells them apart.
 */
export function parseDate(text: string | null | undefined): DateParts | null | undefined {
  const s = (text ?? '').trim();
  if (!s) return undefined;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(s);
  let y: number; let m: number; let d: number;
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{4})(\d{2})(\d{2})$/.exec(s))) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s))) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else return null;
  return y >= 1000 && m <= 99 && d <= 99 ? { y, m, d } : null;
}

export const formatDate = (p: DateParts): string => `${p.y}${String(p.m).padStart(2, '0')}${String(p.d).padStart(2, '0')}`;

/** UK phone numbers to national digits: +44 20 7946 0018, 0044…, (020) 7946-0018 → 02079460018. */
export function normalisePhone(value: string | null | undefined): string {
  if (!value) return '';
  let digits = value.replace(/\(0\)/g, '').replace(/[^0-9+]/g, '');
  if (digits.startsWith('+')) digits = digits.slice(1).startsWith('44') ? `0${digits.slice(3)}` : `00${digits.slice(1)}`;
  else if (digits.startsWith('0044')) digits = `0${digits.slice(4)}`;
  else if (digits.startsWith('44') && digits.length === 12) digits = `0${digits.slice(2)}`;
  digits = digits.replace(/\+/g, '');
  if (digits.length === 10 && digits[0] !== '0') digits = `0${digits}`;
  return digits;
}

/** Postcodes upper case without spaces: "ec1a 1bb" → "EC1A1BB". */
export function normalisePostcode(value: string | null | undefined): string {
  return (value ?? '').toUpperCase().replace(/[^A-Z0-9]/g, '');
}

const ADDRESS_WORDS: Record<string, string> = {
  st: 'street', str: 'street', rd: 'road', ave: 'avenue', av: 'avenue', ln: 'lane', dr: 'drive', ct: 'court', crt: 'court',
  pl: 'place', sq: 'square', cres: 'crescent', cr: 'crescent', cl: 'close', gdns: 'gardens', gr: 'grove', tce: 'terrace',
  ter: 'terrace', pde: 'parade', hwy: 'highway', cct: 'circuit', cir: 'circuit', blvd: 'boulevard', pk: 'park', mt: 'mount',
  apt: 'flat', apartment: 'flat', unit: 'flat', fl: 'floor', flr: 'floor', bldg: 'building', ho: 'house', nth: 'north', sth: 'south',
  n: 'north', s: 'south', e: 'east', w: 'west', upr: 'upper', lwr: 'lower', gf: 'ground floor',
};
const ORDINALS: Record<string, string> = { first: '1st', second: '2nd', third: '3rd', fourth: '4th', fifth: '5th', ground: 'ground' };

/** Addresses: lower case, abbreviations expanded (St → street, Flat 3 / Apt 3 → flat 3), "3a" kept. */
export function normaliseAddress(value: string | null | undefined): string {
  const text = cleanText(value);
  if (!text) return '';
  return text
    .split(' ')
    .map((t) => ADDRESS_WORDS[t] ?? ORDINALS[t] ?? t)
    .join(' ');
}

/** Gender to one letter: m / f / first letter of anything else. */
export function normaliseGender(value: string | null | undefined): string {
  const g = cleanText(value);
  if (!g) return '';
  if (['m', 'male', 'man', 'boy'].includes(g)) return 'm';
  if (['f', 'female', 'woman', 'girl'].includes(g)) return 'f';
  return g[0] ?? '';
}

const nameToken = (value: string | null | undefined): string => cleanText(value).replace(/ /g, '');

/** Prepares one input record for matching. Throws nothing: an unreadable date counts as missing. */
export function preparePerson(input: PersonInput, fallbackId = ''): PreparedPerson {
  let firstRaw = cleanText(input.first_name);
  let middle = cleanText(input.middle_name);
  let lastRaw = cleanText(input.last_name);
  if (input.full_name && (!firstRaw || !lastRaw)) {
    const parts = splitFullName(input.full_name);
    if (!firstRaw) firstRaw = parts.first;
    if (!middle) middle = parts.middle;
    if (!lastRaw) lastRaw = parts.last;
  }
  // "John Paul" in a first-name field: the rest is a middle name.
  const firstTokens = firstRaw.split(' ').filter((t) => t && !TITLES.has(t));
  const first = firstTokens[0] ?? '';
  if (firstTokens.length > 1 && !middle) middle = firstTokens.slice(1).join(' ');
  const lastParts = lastRaw.split(' ').filter(Boolean);
  const last = lastParts.join('');
  const dobParts = parseDate(input.dob) ?? null;
  const email = (input.email ?? '').trim().toLowerCase();
  const address = normaliseAddress(input.address);
  return {
    id: input.id ?? fallbackId,
    first,
    firstKey: phoneticKey(first),
    middle: middle.replace(/ /g, ''),
    last,
    lastKey: phoneticKey(last),
    lastParts: lastParts.length > 1 ? lastParts : [],
    dob: dobParts ? formatDate(dobParts) : '',
    dobParts,
    gender: normaliseGender(input.gender),
    phone: normalisePhone(input.phone),
    email,
    emailUser: email.split('@')[0] ?? '',
    address,
    addressTokens: address ? address.split(' ') : [],
    postcode: normalisePostcode(input.postcode),
    city: nameToken(input.city),
    idNumber: (input.id_number ?? '').toUpperCase().replace(/[^A-Z0-9]/g, ''),
  };
}
