import { loadSyntheticData, postTown, type SyntheticData } from './data';
import { ADDRESS_ABBREVIATIONS, HOUSE_NAMES, KEY_NEIGHBOURS, STREET_STEMS } from './tables';
import { mulberry32 } from '../../../core/random';

/*
 * A synthetic population of UK people, with duplicate records carrying the errors real nominal
 * indexes have: typos, nicknames, phonetic spellings, swapped names, married names, wrong dates of
 * birth, moved addresses, reformatted phone numbers, missing fields. Every record carries the id of
 * the true person (`cluster`), so a matcher can be scored against the ground truth.
 *
 * Deterministic and streaming: each person is a pure function of (seed, person number) and each
 * duplicate of (seed, person number, copy number), so records are made as they are yielded; only a
 * byte per person (how many duplicates) and a queue of pending duplicates are held.
 */

// ---------------------------------------------------------------------------------------------
// Types

export type Gender = 'M' | 'F';

/** One record as a nominal index would hold it. Empty string = not recorded. */
export type SyntheticRecord = {
  /** Record id: 1, 2, 3… in output order. */
  id: string;
  /** The true person's id (ground truth): records with the same cluster are the same person. */
  cluster: string;
  firstName: string;
  middleName: string;
  lastName: string;
  /** YYYY-MM-DD, or '' */
  dob: string;
  gender: Gender | '';
  phone: string;
  email: string;
  /** House number and street, e.g. "12 High Street", "Flat 3, 7 Station Road". */
  address: string;
  postcode: string;
  city: string;
  /** National insurance number, e.g. "QQ123456C" (as recorded; may carry spaces). */
  idNumber: string;
  /** False for the first record of a person; true for its duplicates. */
  duplicate: boolean;
  /** What differs from the true person (for duplicates: the errors applied; for first records: fields not recorded). */
  errors: ErrorType[];
};

/** The truth about one person, before any record of them is written. */
export type TruePerson = {
  cluster: string;
  gender: Gender;
  firstName: string;
  middleName: string;
  lastName: string;
  dob: string;
  phone: string;
  email: string;
  address: string;
  postcode: string;
  city: string;
  idNumber: string;
};

/** Every kind of error a duplicate can carry, with its chance per duplicate in the standard profile. */
export const STANDARD_ERROR_RATES = {
  // Names
  first_typo: 0.08, // one letter inserted, deleted, substituted (keyboard neighbour) or transposed
  last_typo: 0.08,
  first_nickname: 0.1, // Robert → Bob (when the name has a diminutive)
  first_variant: 0.06, // Catherine → Kathryn, Stephen → Steven, or a phonetic respelling
  last_variant: 0.06, // Smith → Smyth, Thompson → Thomson, or a phonetic respelling
  first_initial: 0.02, // only the initial: "R"
  name_swap: 0.03, // first and last name swapped
  surname_change: 0.04, // married (women mostly): a new surname, the maiden name sometimes kept as middle name
  double_barrel: 0.4, // of people with a double-barrelled surname: one part only, or a space for the hyphen
  middle_missing: 0.25, // of people with a middle name
  middle_initial: 0.1, // of people with a middle name
  name_case: 0.05, // names in capitals, as old systems keep them
  // Date of birth
  dob_swap: 0.03, // day and month swapped (when the day is 12 or less)
  dob_digit: 0.03, // one digit wrong (still a valid date)
  dob_year: 0.03, // year one out
  dob_missing: 0.03,
  // Gender
  gender_missing: 0.03,
  gender_wrong: 0.005,
  // Phone
  phone_changed: 0.12, // a different number
  phone_format: 0.25, // +44 7…, no spaces, other grouping
  phone_missing: 0.1, // on top of the base rate below
  // Email
  email_changed: 0.08, // another address made from the names
  email_typo: 0.03,
  email_missing: 0.15, // on top of the base rate below
  // Address
  address_moved: 0.12, // a new address, postcode and town
  address_abbrev: 0.2, // Street → St, Road → Rd, Flat 3, 12 → 3/12
  address_typo: 0.04,
  address_missing: 0.04, // no address, postcode or town
  postcode_format: 0.08, // no space, lower case
  postcode_typo: 0.02,
  postcode_missing: 0.04,
  city_missing: 0.08,
  // National insurance number
  id_format: 0.1, // spaces or lower case
  id_typo: 0.02,
  id_missing: 0.1, // on top of the base rate below
} as const;

export type ErrorType = keyof typeof STANDARD_ERROR_RATES | 'base_phone_missing' | 'base_email_missing' | 'base_id_missing' | 'base_middle_missing';
export type ErrorRates = Record<keyof typeof STANDARD_ERROR_RATES, number>;

/**
 * Fields missing from any record, first ones included (a nominal index rarely has everything):
 * listed in `errors` as base_*.
 */
export const BASE_MISSING_RATES = { phone: 0.1, email: 0.2, id: 0.4, middle: 0.1 };

export type ErrorProfileName = 'none' | 'light' | 'standard' | 'heavy';

const PROFILE_SCALE: Record<ErrorProfileName, number> = { none: 0, light: 0.5, standard: 1, heavy: 2 };

/** The error rates of a profile: a name (rates scaled: none 0, light ½, standard 1, heavy 2) or rates overriding the standard ones. */
export function errorRates(profile: ErrorProfileName | Partial<ErrorRates> = 'standard'): ErrorRates {
  if (typeof profile === 'string') {
    const scale = PROFILE_SCALE[profile];
    if (scale === undefined) throw new Error(`unknown error profile ${profile}: use none, light, standard or heavy`);
    const rates = {} as ErrorRates;
    for (const [k, v] of Object.entries(STANDARD_ERROR_RATES)) rates[k as keyof ErrorRates] = Math.min(0.95, v * scale);
    return rates;
  }
  for (const [k, v] of Object.entries(profile)) {
    if (!(k in STANDARD_ERROR_RATES)) throw new Error(`unknown error type ${k}`);
    if (typeof v !== 'number' || !(v >= 0 && v <= 1)) throw new Error(`error rate ${k} must be between 0 and 1`);
  }
  return { ...STANDARD_ERROR_RATES, ...profile };
}

export type PopulationOptions = {
  /** Number of true people (give this or `records`). */
  people?: number;
  /** Total number of records, duplicates included (give this or `people`). */
  records?: number;
  /** PRNG seed (a 32-bit integer); default 1. */
  seed?: number;
  /** Share of records that are duplicates of an earlier record's person; default 0.2. */
  duplicateRate?: number;
  /** How error-prone duplicates are: a profile name or rates overriding the standard ones. */
  errorProfile?: ErrorProfileName | Partial<ErrorRates>;
  /** Most extra records one person can have; default 5. */
  maxDuplicates?: number;
  /** Ages are counted back from this day (YYYY-MM-DD); fixed so the output never depends on the clock. */
  asOf?: string;
  /** Base missing-field rates; default BASE_MISSING_RATES (all zero when errorProfile is 'none'). */
  baseMissing?: Partial<typeof BASE_MISSING_RATES>;
  /**
   * Postcodes of the force's own area (e.g. the EC postcodes of the demo force): this share of people
   * (`localShare`, default 0.5) live at one of them, the rest anywhere in the UK.
   */
  localPostcodes?: readonly string[];
  localShare?: number;
  /** Data to draw from; default the shipped files. */
  data?: SyntheticData;
};

export type PopulationPlan = {
  records: number;
  people: number;
  duplicates: number;
  /** Pairs of records of the same person: Σ k(k−1)/2 over people with k records. */
  duplicatePairs: number;
};

// ---------------------------------------------------------------------------------------------
// Randomness

export { mulberry32 };

/** Mixes numbers into one 32-bit seed (murmur3 finaliser per step). */
function mix(...values: number[]): number {
  let h = 0x9e3779b9;
  for (const v of values) {
    h = Math.imul(h ^ (v >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

type Random = () => number;
const int = (r: Random, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
function oneOf(r: Random, items: string): string;
function oneOf<T>(r: Random, items: readonly T[]): T;
function oneOf<T>(r: Random, items: string | readonly T[]): string | T {
  return items[Math.floor(r() * items.length)]!;
}
const digits = (r: Random, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += Math.floor(r() * 10);
  return s;
};

// ---------------------------------------------------------------------------------------------
// Names

const O_APOSTROPHE = new Set(['brien', 'neill', 'neil', 'connor', 'donnell', 'sullivan', 'leary', 'reilly', 'rourke', 'hara', 'keefe', 'mahony', 'mahoney', 'dwyer', 'shea', 'callaghan', 'driscoll', 'toole', 'grady', 'halloran', 'connell', 'doherty', 'flaherty', 'farrell', 'gorman', 'hagan', 'hare', 'meara', 'regan', 'riordan', 'donoghue', 'donovan', 'hanlon', 'carroll', 'loughlin', 'malley', 'dowd', 'dea', 'sheehan']);
const MAC_CAPITAL = new Set(['macdonald', 'macgregor', 'macleod', 'macfarlane', 'maclean', 'macmillan', 'macpherson', 'macintyre', 'macaulay', 'macarthur', 'macdougall', 'macneil', 'macneill', 'maclachlan', 'maclennan', 'macinnes', 'macrae', 'maccallum']);
const cap = (w: string): string => (w ? w[0]!.toUpperCase() + w.slice(1) : w);

const capitalised = new Map<string, string>();

/** smith → Smith, mcdonald → McDonald, obrien → O'Brien, macleod → MacLeod, isla-rose → Isla-Rose. */
export function capitaliseName(raw: string): string {
  let out = capitalised.get(raw);
  if (out === undefined) {
    out = capitaliseUncached(raw);
    if (capitalised.size < 200_000) capitalised.set(raw, out);
  }
  return out;
}

function capitaliseUncached(raw: string): string {
  return raw
    .toLowerCase()
    .split(/(\s+|-)/)
    .map((part) => {
      if (part === '-' || part.trim() === '') return part;
      if (part.includes("'")) return part.split("'").map(cap).join("'");
      if (part.length > 3 && part.startsWith('mc')) return `Mc${cap(part.slice(2))}`;
      if (MAC_CAPITAL.has(part)) return `Mac${cap(part.slice(3))}`;
      if (part.length > 2 && part[0] === 'o' && O_APOSTROPHE.has(part.slice(1))) return `O'${cap(part.slice(1))}`;
      return cap(part);
    })
    .join('');
}

/** One keyboard slip: substitute a neighbouring key, delete, insert (a neighbour or a doubled letter) or transpose. */
export function typo(r: Random, s: string): string {
  const out = slip(r, s);
  // A capital stays at the front: Robertson → Obertson is written so.
  return s[0] && s[0] !== s[0].toLowerCase() && out[0] ? out[0].toUpperCase() + out.slice(1) : out;
}

function slip(r: Random, s: string): string {
  const letters: number[] = [];
  for (let i = 0; i < s.length; i++) if (/[a-z]/i.test(s[i]!)) letters.push(i);
  if (letters.length < 3) return s;
  // Slips are rarer on the first letter.
  const at = letters[r() < 0.1 ? 0 : int(r, 1, letters.length - 1)]!;
  const ch = s[at]!;
  const upper = ch !== ch.toLowerCase();
  const neighbour = () => {
    const n = oneOf(r, KEY_NEIGHBOURS[ch.toLowerCase()] ?? 'e');
    return upper ? n.toUpperCase() : n;
  };
  const op = r();
  if (op < 0.35) return s.slice(0, at) + neighbour() + s.slice(at + 1);
  if (op < 0.55) return s.slice(0, at) + s.slice(at + 1);
  if (op < 0.75) return r() < 0.5 ? s.slice(0, at + 1) + ch.toLowerCase() + s.slice(at + 1) : s.slice(0, at + 1) + neighbour().toLowerCase() + s.slice(at + 1);
  // Transpose with the next letter (or the previous one at the end).
  const j = at + 1 < s.length && /[a-z]/i.test(s[at + 1]!) ? at : at - 1;
  if (j < 0 || s[j] === s[j + 1]) return s.slice(0, at) + neighbour() + s.slice(at + 1);
  const a = s[j]!;
  const b = s[j + 1]!;
  // A capital stays at the front: Smith → Msith.
  const swapped = j === 0 && a !== a.toLowerCase() ? b.toUpperCase() + a.toLowerCase() : b + a;
  return s.slice(0, j) + swapped + s.slice(j + 2);
}

// Respellings that sound the same; each [pattern, replacement] applies to a lower-case name.
const PHONETIC_RULES: [RegExp, string][] = [
  [/ph/, 'f'], [/(?<=.)f(?=[aeiou])/, 'ph'], [/ck/, 'k'], [/c(?=[aou])/, 'k'], [/^k(?=[aou])/, 'c'], [/(?<=.)y(?=[^aeiou])/, 'i'],
  [/(?<=[^aeiou])i(?=[^aeiou])/, 'y'], [/ie$/, 'y'], [/y$/, 'ie'], [/ey$/, 'y'], [/(?<=.)([bdfglmnprst])\1/, '$1'],
  [/(?<=[aeiou])([dlnrt])(?=[aeiou])/, '$1$1'], [/ei/, 'ie'], [/ie(?=.)/, 'ei'], [/son$/, 'sen'], [/^mc/, 'mac'], [/^mac/, 'mc'],
  [/ae/, 'a'], [/(?<=.)z/, 's'], [/(?<=[aeiou])s(?=[aeiou])/, 'z'], [/ou/, 'ow'], [/ow/, 'ou'],
  [/(?<=(?:k|wn|een|ild|yn))$/, 'e'], [/(?<=.)a$/, 'ah'], [/wr/, 'r'], [/gh(?=t)/, ''], [/ai/, 'ay'], [/ay/, 'ai'], [/x/, 'cks'], [/qu/, 'kw'],
];

/** A respelling that sounds alike: from the variant table when the name is in it, else by a rule. */
export function phoneticVariant(r: Random, name: string, table: Map<string, string[]>): string {
  const lower = name.toLowerCase();
  const known = table.get(lower);
  if (known?.length) return capitaliseName(oneOf(r, known));
  const applicable = PHONETIC_RULES.filter(([re]) => re.test(lower));
  if (!applicable.length || lower.length < 3) return name;
  const [re, to] = oneOf(r, applicable);
  const out = lower.replace(re, to);
  return out.length >= 2 ? capitaliseName(out) : name;
}

// ---------------------------------------------------------------------------------------------
// People

const AGE_BANDS: [number, number, number][] = [
  // [from, to, weight per year of age]: roughly the adult population, a little younger (people police meet)
  [16, 24, 1.15], [25, 44, 1.15], [45, 64, 1.0], [65, 74, 0.75], [75, 84, 0.45], [85, 90, 0.2],
];
const AGE_TABLE: number[] = AGE_BANDS.flatMap(([a, b, w]) => Array.from({ length: b - a + 1 }, () => w));
const AGE_CUMULATIVE = (() => {
  let t = 0;
  return AGE_TABLE.map((w) => (t += w));
})();

function drawAge(r: Random): number {
  const x = r() * AGE_CUMULATIVE[AGE_CUMULATIVE.length - 1]!;
  let i = 0;
  while (AGE_CUMULATIVE[i]! <= x) i++;
  return 16 + i;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const isoDate = (d: Date): string => `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
const DAY = 86_400_000;

// National insurance number prefixes: first letter not D F I Q U V; second not D F I O Q U V; some pairs never issued.
const NI_FIRST = 'ABCEGHJKLMNOPRSTWXYZ';
const NI_SECOND = 'ABCEGHJKLMNPRSTWXYZ';
const NI_BANNED = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

/** True for a national insurance number in the valid format (spaces ignored), e.g. "QQ 12 34 56 C". */
export function isValidNiNumber(value: string): boolean {
  const v = value.replace(/\s+/g, '').toUpperCase();
  const m = /^([A-Z])([A-Z])[0-9]{6}[A-D]$/.exec(v);
  return !!m && NI_FIRST.includes(m[1]!) && NI_SECOND.includes(m[2]!) && !NI_BANNED.has(m[1]! + m[2]!);
}

function niNumber(r: Random): string {
  let prefix: string;
  do prefix = oneOf(r, NI_FIRST) + oneOf(r, NI_SECOND);
  while (NI_BANNED.has(prefix));
  return prefix + digits(r, 6) + oneOf(r, 'ABCD');
}

/** A UK number written the usual way: mobile "07700 900123" (three in four) or London "020 7946 0123". */
function phoneNumber(r: Random): string {
  if (r() < 0.75) return `07${oneOf(r, '123457789')}${digits(r, 2)} ${digits(r, 6)}`;
  return `020 ${oneOf(r, '3778')}${digits(r, 3)} ${digits(r, 4)}`;
}

/** The same number written another way (+44, no spaces, other grouping). */
export function reformatPhone(r: Random, phone: string): string {
  const d = phone.replace(/\D/g, '');
  const national = d.startsWith('44') ? d.slice(2) : d.replace(/^0/, '');
  const mobile = national.startsWith('7');
  const options = mobile
    ? [`0${national}`, `+44 ${national.slice(0, 4)} ${national.slice(4)}`, `+44${national}`, `0${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`, `(0${national.slice(0, 4)}) ${national.slice(4)}`, `0044 ${national.slice(0, 4)} ${national.slice(4)}`, `+44 (0)${national.slice(0, 4)} ${national.slice(4)}`]
    : [`0${national}`, `+44 20 ${national.slice(2, 6)} ${national.slice(6)}`, `+44${national}`, `0${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6)}`, `(020) ${national.slice(2, 6)} ${national.slice(6)}`, `020-${national.slice(2, 6)}-${national.slice(6)}`];
  const out = oneOf(r, options);
  return out === phone ? options[0]! : out;
}

const asciiLetters = (s: string): string => {
  const lower = s.toLowerCase();
  return /^[a-z]+$/.test(lower) ? lower : lower.normalize('NFD').replace(/[^a-z]/g, '');
};

function emailAddress(r: Random, data: SyntheticData, first: string, last: string, birthYear: number): string {
  const f = asciiLetters(first) || 'x';
  const l = asciiLetters(last.split(/[- ]/).pop() ?? last) || 'x';
  const n = r() < 0.5 ? pad2(birthYear % 100) : String(int(r, 1, 999));
  let local: string;
  switch (Math.floor(r() * 10)) {
    case 0: local = `${f}.${l}`; break;
    case 1: local = `${f}${l}`; break;
    case 2: local = `${f[0]}${l}`; break;
    case 3: local = `${f}.${l}${n}`; break;
    case 4: local = `${f}${n}`; break;
    case 5: local = `${l}.${f}`; break;
    case 6: local = `${f}_${l}`; break;
    case 7: local = `${f[0]}.${l}`; break;
    case 8: local = `${f}${l}${n}`; break;
    default: local = `${l}${f[0]}`;
  }
  return `${local}@${data.emailDomains.pick(r)}`;
}

function streetAddress(r: Random, data: SyntheticData): string {
  let street = data.streets.pick(r);
  if (street === '') street = `${oneOf(r, STREET_STEMS)} ${data.streetTypes.pick(r)}`;
  const x = r();
  if (x < 0.03) return `${oneOf(r, HOUSE_NAMES)}, ${street}`;
  const number = 1 + Math.floor(r() * r() * 180);
  if (x < 0.11) return `Flat ${int(r, 1, 24)}, ${number} ${street}`;
  if (x < 0.13) return `${number}${oneOf(r, 'AB')} ${street}`;
  return `${number} ${street}`;
}

function placeAt(r: Random, data: SyntheticData): { address: string; postcode: string; city: string } {
  const pc = data.local && r() < data.local.share ? oneOf(r, data.local.postcodes) : oneOf(r, data.postcodes);
  return { address: streetAddress(r, data), postcode: pc.postcode, city: pc.town };
}

function pickFirstName(r: Random, data: SyntheticData, gender: Gender, birthYear: number): string {
  const sex = gender === 'F' ? 'female' : 'male';
  const older = birthYear < 1975 ? 0.85 : birthYear < 1992 ? 0.45 : 0;
  return (r() < older ? data.olderFirstNames[sex] : data.firstNames[sex]).pick(r);
}

function pickSurname(r: Random, data: SyntheticData): string {
  const x = r();
  if (x < 0.012) return `${data.surnames.pick(r)}-${data.surnames.pick(r)}`;
  if (x < 0.015) return `${data.surnames.pick(r)} ${data.surnames.pick(r)}`;
  return data.surnames.pick(r);
}

/** The true person number `index` (0-based) of a population with this seed. */
export function truePerson(seed: number, index: number, data: SyntheticData = loadSyntheticData(), asOf = Date.UTC(2026, 0, 1)): TruePerson {
  const r = mulberry32(mix(seed, index, 0xfeed));
  const gender: Gender = r() < 0.51 ? 'F' : 'M';
  const age = drawAge(r);
  const born = new Date(asOf - age * 365.25 * DAY - Math.floor(r() * 365) * DAY);
  const birthYear = born.getUTCFullYear();
  const first = pickFirstName(r, data, gender, birthYear);
  let middle = '';
  const m = r();
  if (m < 0.55) middle = pickFirstName(r, data, gender, birthYear);
  if (m < 0.04) middle += ` ${pickFirstName(r, data, gender, birthYear)}`;
  if (middle.split(' ')[0] === first) middle = '';
  const lastName = capitaliseName(pickSurname(r, data));
  const firstName = capitaliseName(first);
  const place = placeAt(r, data);
  return {
    cluster: String(index + 1),
    gender,
    firstName,
    middleName: middle ? capitaliseName(middle) : '',
    lastName,
    dob: isoDate(born),
    phone: phoneNumber(r),
    email: emailAddress(r, data, firstName, lastName, birthYear),
    address: place.address,
    postcode: place.postcode,
    city: place.city,
    idNumber: niNumber(r),
  };
}

// ---------------------------------------------------------------------------------------------
// Errors

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCDate() === d;
}

function dobWithDigitError(r: Random, dob: string): string {
  for (let attempt = 0; attempt < 10; attempt++) {
    const positions = [2, 3, 5, 6, 8, 9]; // not the century
    const p = oneOf(r, positions);
    const nd = String(int(r, 0, 9));
    if (nd === dob[p]) continue;
    const out = dob.slice(0, p) + nd + dob.slice(p + 1);
    const [y, m, d] = out.split('-').map(Number) as [number, number, number];
    if (validDate(y, m, d) && y <= 2026) return out;
  }
  return dob;
}

function abbreviateAddress(r: Random, address: string): string {
  let out = address.replace(/\b(Street|Road|Avenue|Lane|Close|Drive|Gardens|Crescent|Place|Grove|Court|Terrace|Square|Mews|Hill|Walk|Way)\b/, (w) => oneOf(r, ADDRESS_ABBREVIATIONS[w]!));
  out = out.replace(/^Flat (\d+), (\d+[AB]?) /, (_, f: string, n: string) => oneOf(r, [`${f}/${n} `, `Flat ${f} ${n} `, `F${f}, ${n} `, `${f}, ${n} `]));
  if (out === address || r() < 0.2) out = r() < 0.5 ? out.toUpperCase() : out.replace(/,/g, '');
  return out;
}

const pickNickname = (r: Random, data: SyntheticData, first: string): string | undefined => {
  const entry = data.nicknames.get(first.toLowerCase());
  if (!entry) return undefined;
  const list = entry.everyday.length && (r() < 0.85 || !entry.other.length) ? entry.everyday : entry.other;
  return list.length ? capitaliseName(oneOf(r, list)) : undefined;
};

/** Writes one record of the person, applying each error with its chance (duplicates) or only the base omissions (first records). */
export function recordOf(
  person: TruePerson,
  r: Random,
  duplicate: boolean,
  rates: ErrorRates,
  base: typeof BASE_MISSING_RATES,
  data: SyntheticData,
  id = '',
): SyntheticRecord {
  const errors: ErrorType[] = [];
  const rec: SyntheticRecord = {
    id,
    cluster: person.cluster,
    firstName: person.firstName,
    middleName: person.middleName,
    lastName: person.lastName,
    dob: person.dob,
    gender: person.gender,
    phone: person.phone,
    email: person.email,
    address: person.address,
    postcode: person.postcode,
    city: person.city,
    idNumber: person.idNumber,
    duplicate,
    errors,
  };

  // What no record is sure to have.
  if (r() < base.phone) (rec.phone = ''), errors.push('base_phone_missing');
  if (r() < base.email) (rec.email = ''), errors.push('base_email_missing');
  if (r() < base.id) (rec.idNumber = ''), errors.push('base_id_missing');
  if (rec.middleName && r() < base.middle) (rec.middleName = ''), errors.push('base_middle_missing');

  if (duplicate) {
    const hit = (type: keyof ErrorRates): boolean => r() < rates[type];
    // Names: marriage first (a real change), then how the names were taken down.
    if (person.gender === 'F' ? hit('surname_change') : duplicate && r() < rates.surname_change / 8) {
      const maiden = rec.lastName;
      rec.lastName = capitaliseName(data.surnames.pick(r));
      if (rec.lastName !== maiden) {
        if (r() < 0.3) rec.middleName = maiden;
        errors.push('surname_change');
      }
    }
    if (/[- ]/.test(rec.lastName) && rec.lastName === person.lastName && hit('double_barrel')) {
      const parts = rec.lastName.split(/[- ]/);
      rec.lastName = oneOf(r, [parts[0]!, parts[parts.length - 1]!, parts.join(' '), parts.join('-'), parts.join('')].filter((p) => p !== rec.lastName));
      errors.push('double_barrel');
    }
    if (hit('first_nickname')) {
      const nick = pickNickname(r, data, rec.firstName);
      if (nick && nick !== rec.firstName) {
        rec.firstName = nick;
        errors.push('first_nickname');
      }
    }
    if (hit('first_variant')) {
      const v = phoneticVariant(r, rec.firstName, data.firstNameVariants);
      if (v !== rec.firstName) (rec.firstName = v), errors.push('first_variant');
    }
    if (hit('last_variant')) {
      const v = phoneticVariant(r, rec.lastName, data.surnameVariants);
      if (v !== rec.lastName) (rec.lastName = v), errors.push('last_variant');
    }
    if (hit('first_typo')) {
      const v = typo(r, rec.firstName);
      if (v !== rec.firstName) (rec.firstName = v), errors.push('first_typo');
    }
    if (hit('last_typo')) {
      const v = typo(r, rec.lastName);
      if (v !== rec.lastName) (rec.lastName = v), errors.push('last_typo');
    }
    if (hit('first_initial')) (rec.firstName = rec.firstName[0]!), errors.push('first_initial');
    if (rec.middleName) {
      if (hit('middle_missing')) (rec.middleName = ''), errors.push('middle_missing');
      else if (hit('middle_initial')) (rec.middleName = rec.middleName[0]!), errors.push('middle_initial');
    }
    if (hit('name_swap')) {
      [rec.firstName, rec.lastName] = [rec.lastName, rec.firstName];
      errors.push('name_swap');
    }
    if (hit('name_case')) {
      rec.firstName = rec.firstName.toUpperCase();
      rec.middleName = rec.middleName.toUpperCase();
      rec.lastName = rec.lastName.toUpperCase();
      errors.push('name_case');
    }

    // Date of birth: at most one error.
    const [y, m, d] = rec.dob.split('-').map(Number) as [number, number, number];
    if (hit('dob_missing')) (rec.dob = ''), errors.push('dob_missing');
    else if (d <= 12 && d !== m && hit('dob_swap')) (rec.dob = `${y}-${pad2(d)}-${pad2(m)}`), errors.push('dob_swap');
    else if (hit('dob_year')) {
      const ny = y + (r() < 0.5 ? -1 : 1);
      rec.dob = validDate(ny, m, d) ? `${ny}-${pad2(m)}-${pad2(d)}` : `${ny}-${pad2(m)}-28`;
      errors.push('dob_year');
    } else if (hit('dob_digit')) {
      const v = dobWithDigitError(r, rec.dob);
      if (v !== rec.dob) (rec.dob = v), errors.push('dob_digit');
    }

    if (hit('gender_missing')) (rec.gender = ''), errors.push('gender_missing');
    else if (hit('gender_wrong')) (rec.gender = rec.gender === 'F' ? 'M' : 'F'), errors.push('gender_wrong');

    // Contact details.
    if (rec.phone && hit('phone_missing')) (rec.phone = ''), errors.push('phone_missing');
    if (rec.phone && hit('phone_changed')) (rec.phone = phoneNumber(r)), errors.push('phone_changed');
    if (rec.phone && hit('phone_format')) (rec.phone = reformatPhone(r, rec.phone)), errors.push('phone_format');
    if (rec.email && hit('email_missing')) (rec.email = ''), errors.push('email_missing');
    if (rec.email && hit('email_changed')) {
      const v = emailAddress(r, data, person.firstName, person.lastName, Number(person.dob.slice(0, 4)));
      if (v !== rec.email) (rec.email = v), errors.push('email_changed');
    }
    if (rec.email && hit('email_typo')) {
      const [local, domain] = rec.email.split('@') as [string, string];
      rec.email = r() < 0.6 ? `${typo(r, local)}@${domain}` : `${local}@${typo(r, domain)}`;
      if (rec.email !== person.email) errors.push('email_typo');
    }

    // Address.
    if (hit('address_moved')) {
      const place = placeAt(r, data);
      rec.address = place.address;
      rec.postcode = place.postcode;
      rec.city = place.city;
      errors.push('address_moved');
    }
    if (hit('address_abbrev')) {
      const v = abbreviateAddress(r, rec.address);
      if (v !== rec.address) (rec.address = v), errors.push('address_abbrev');
    }
    if (hit('address_typo')) {
      const v = typo(r, rec.address);
      if (v !== rec.address) (rec.address = v), errors.push('address_typo');
    }
    if (hit('postcode_typo')) {
      const chars = rec.postcode.split('');
      const i = oneOf(r, [chars.length - 1, chars.length - 2, chars.length - 3]);
      const c = chars[i]!;
      chars[i] = /\d/.test(c) ? String((Number(c) + int(r, 1, 9)) % 10) : oneOf(r, KEY_NEIGHBOURS[c.toLowerCase()] ?? 'A').toUpperCase();
      rec.postcode = chars.join('');
      errors.push('postcode_typo');
    }
    if (hit('postcode_format')) {
      rec.postcode = oneOf(r, [rec.postcode.replace(' ', ''), rec.postcode.toLowerCase(), rec.postcode.replace(' ', '  '), rec.postcode.toLowerCase().replace(' ', '')]);
      errors.push('postcode_format');
    }
    if (hit('address_missing')) (rec.address = ''), (rec.postcode = ''), (rec.city = ''), errors.push('address_missing');
    else {
      if (hit('postcode_missing')) (rec.postcode = ''), errors.push('postcode_missing');
      if (hit('city_missing')) (rec.city = ''), errors.push('city_missing');
    }

    // National insurance number.
    if (rec.idNumber && hit('id_missing')) (rec.idNumber = ''), errors.push('id_missing');
    if (rec.idNumber && hit('id_typo')) {
      const p = int(r, 2, 7);
      rec.idNumber = rec.idNumber.slice(0, p) + String((Number(rec.idNumber[p]) + int(r, 1, 9)) % 10) + rec.idNumber.slice(p + 1);
      errors.push('id_typo');
    }
    if (rec.idNumber && hit('id_format')) {
      const v = rec.idNumber;
      rec.idNumber = oneOf(r, [`${v.slice(0, 2)} ${v.slice(2, 4)} ${v.slice(4, 6)} ${v.slice(6, 8)} ${v.slice(8)}`, v.toLowerCase(), `${v.slice(0, 2)} ${v.slice(2, 8)} ${v.slice(8)}`]);
      errors.push('id_format');
    }
  }
  return rec;
}

// ---------------------------------------------------------------------------------------------
// The population

/** How many extra records a duplicated person gets: mostly one, sometimes several. */
const EXTRA_COPIES: [number, number][] = [
  [1, 0.7], [2, 0.18], [3, 0.07], [4, 0.03], [5, 0.02],
];

type Resolved = { records: number; people: number; duplicates: number; seed: number; rate: number; maxDuplicates: number };

function resolve(options: PopulationOptions): Resolved {
  const rate = options.duplicateRate ?? 0.2;
  if (!(rate >= 0 && rate < 1)) throw new Error('duplicateRate must be at least 0 and below 1');
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed)) throw new Error('seed must be an integer');
  const maxDuplicates = options.maxDuplicates ?? 5;
  if (!Number.isInteger(maxDuplicates) || maxDuplicates < 1 || maxDuplicates > 255) throw new Error('maxDuplicates must be a whole number from 1 to 255');
  let records: number;
  if (options.records !== undefined) {
    if (options.people !== undefined) throw new Error('give people or records, not both');
    records = options.records;
  } else if (options.people !== undefined) {
    records = Math.round(options.people / (1 - rate));
  } else throw new Error('give people or records');
  if (!Number.isInteger(records) || records < 0) throw new Error('the number of people or records must be a whole number');
  let duplicates = options.people !== undefined ? records - options.people : Math.round(records * rate);
  let people = records - duplicates;
  // No more duplicates than the people can carry.
  if (people > 0 && duplicates > people * maxDuplicates) {
    people = Math.ceil(records / (maxDuplicates + 1));
    duplicates = records - people;
  }
  if (people === 0 && records > 0) (people = records), (duplicates = 0);
  return { records, people, duplicates, seed: seed >>> 0, rate, maxDuplicates };
}

/** How many extra records each person gets (one byte per person), and the number of duplicate pairs. */
function planCopies(p: Resolved): { copies: Uint8Array; duplicatePairs: number } {
  const copies = new Uint8Array(p.people);
  const r = mulberry32(mix(p.seed, 0xc0ffee));
  let left = p.duplicates;
  const cumulative = EXTRA_COPIES.filter(([k]) => k <= p.maxDuplicates);
  const total = cumulative.reduce((s, [, w]) => s + w, 0);
  while (left > 0) {
    let x = r() * total;
    let k = cumulative[0]![0];
    for (const [n, w] of cumulative) {
      k = n;
      if ((x -= w) < 0) break;
    }
    // Prefer someone not yet duplicated, so the counts per person follow EXTRA_COPIES.
    let i = Math.floor(r() * p.people);
    for (let tries = 0; tries < 4 && copies[i]! > 0; tries++) i = Math.floor(r() * p.people);
    const add = Math.min(k, left, p.maxDuplicates - copies[i]!);
    copies[i]! += add;
    left -= add;
  }
  let duplicatePairs = 0;
  for (let i = 0; i < copies.length; i++) {
    const n = copies[i]! + 1;
    duplicatePairs += (n * (n - 1)) / 2;
  }
  return { copies, duplicatePairs };
}

/** The counts a population of these options will have (records, true people, duplicates, duplicate pairs). */
export function planPopulation(options: PopulationOptions): PopulationPlan {
  const p = resolve(options);
  return { records: p.records, people: p.people, duplicates: p.duplicates, duplicatePairs: planCopies(p).duplicatePairs };
}

/** A min-heap of pending duplicates keyed by the position they are due at. */
class DueQueue {
  private due: number[] = [];
  private person: number[] = [];
  private copy: number[] = [];
  get size(): number {
    return this.due.length;
  }
  peekDue(): number {
    return this.due[0]!;
  }
  push(due: number, person: number, copy: number): void {
    const { due: d, person: p, copy: c } = this;
    let i = d.length;
    d.push(due), p.push(person), c.push(copy);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (d[parent]! <= due) break;
      d[i] = d[parent]!, p[i] = p[parent]!, c[i] = c[parent]!;
      i = parent;
    }
    d[i] = due, p[i] = person, c[i] = copy;
  }
  pop(): [number, number] {
    const { due: d, person: p, copy: c } = this;
    const out: [number, number] = [p[0]!, c[0]!];
    const lastD = d.pop()!, lastP = p.pop()!, lastC = c.pop()!;
    const n = d.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= n) break;
        if (child + 1 < n && d[child + 1]! < d[child]!) child++;
        if (d[child]! >= lastD) break;
        d[i] = d[child]!, p[i] = p[child]!, c[i] = c[child]!;
        i = child;
      }
      d[i] = lastD, p[i] = lastP, c[i] = lastC;
    }
    return out;
  }
}

/**
 * Yields the records of a synthetic population one at a time. A person's first record comes before
 * their duplicates; duplicates follow at random later positions (some soon after, most anywhere
 * later), so the order gives nothing away. Same options, same records.
 */
export function* generatePopulation(options: PopulationOptions): Generator<SyntheticRecord, PopulationPlan, undefined> {
  const p = resolve(options);
  let data = options.data ?? loadSyntheticData();
  if (options.localPostcodes?.length) {
    const share = options.localShare ?? 0.5;
    if (!(share >= 0 && share <= 1)) throw new Error('localShare must be between 0 and 1');
    const postcodes = options.localPostcodes.map((pc) => {
      const clean = pc.trim().toUpperCase().replace(/\s+/g, '');
      return { postcode: `${clean.slice(0, -3)} ${clean.slice(-3)}`, latitude: NaN, longitude: NaN, town: postTown(clean) };
    });
    data = { ...data, local: { share, postcodes } };
  }
  const rates = errorRates(options.errorProfile ?? 'standard');
  const none = options.errorProfile === 'none';
  const base = { ...(none ? { phone: 0, email: 0, id: 0, middle: 0 } : BASE_MISSING_RATES), ...options.baseMissing };
  const asOf = Date.parse(`${options.asOf ?? '2026-01-01'}T00:00:00Z`);
  if (Number.isNaN(asOf)) throw new Error(`asOf must be YYYY-MM-DD, got ${options.asOf}`);
  const { copies, duplicatePairs } = planCopies(p);
  const order = mulberry32(mix(p.seed, 0x0de7));
  const queue = new DueQueue();
  let nextPerson = 0;
  for (let t = 0; t < p.records; t++) {
    let person: number;
    let copy: number;
    if (queue.size > 0 && (nextPerson >= p.people || queue.peekDue() <= t)) [person, copy] = queue.pop();
    else {
      person = nextPerson++;
      copy = 0;
      for (let c = 1; c <= copies[person]!; c++) {
        const span = p.records - t - 1;
        const due = order() < 0.3 ? t + 1 + Math.floor(order() * Math.min(span, 2000)) : t + 1 + Math.floor(order() * span);
        queue.push(due, person, c);
      }
    }
    const truth = truePerson(p.seed, person, data, asOf);
    yield recordOf(truth, mulberry32(mix(p.seed, person, copy, 0xd00d)), copy > 0, rates, base, data, String(t + 1));
  }
  return { records: p.records, people: p.people, duplicates: p.duplicates, duplicatePairs };
}

// ---------------------------------------------------------------------------------------------
// CSV

export const CSV_HEADER = 'id,cluster,first_name,middle_name,last_name,dob,gender,phone,email,address,postcode,city,id_number';

const csvCell = (v: string): string => (/[",\r\n]|^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** One CSV line (no newline) in the order of CSV_HEADER; `errors` adds the applied errors as a last cell, space-separated. */
export function toCsvLine(r: SyntheticRecord, errors = false): string {
  const cells = [r.id, r.cluster, r.firstName, r.middleName, r.lastName, r.dob, r.gender, r.phone, r.email, r.address, r.postcode, r.city, r.idNumber];
  if (errors) cells.push(r.errors.join(' '));
  return cells.map(csvCell).join(',');
}
