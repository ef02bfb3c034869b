/**
 * The field comparisons. Each sorts a pair of prepared records into one of a few graded levels
 * (best first) or MISSING when either side lacks the field (no evidence either way), and can say in
 * plain words why a pair sits at that level.
 */
import type { PreparedPerson } from './normalise';
import { jaroWinkler, withinOneEdit } from './strings';
import { isForenameVariant, isSurnameVariant } from './names';

export const MISSING = -1;

export type Comparison = {
  key: string;
  /** Short labels of the levels, best first; the last is "disagrees". */
  levels: string[];
  /**
   * Generic starting beliefs per level (m: same person, u: different people), from general experience
   * of person data, not from any one file. Training adds them as a few pseudo-observations, so a
   * small file still gets a sensible model and a large one is ruled by its own data.
   */
  prior: { m: number[]; u: number[] };
  compare: (a: PreparedPerson, b: PreparedPerson) => number;
  /** Words for a call handler. */
  reason: (level: number, a: PreparedPerson, b: PreparedPerson) => string;
  /** Value whose frequency adjusts the weight of an exact match (rare values count more). */
  tfValue?: (r: PreparedPerson) => string;
};

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function nameLevel(a: string, b: string, aKey: string, bKey: string, variant: (x: string, y: string) => boolean): number {
  if (a === b) return 0;
  if (variant(a, b)) return 1;
  const jw = jaroWinkler(a, b);
  if (jw >= 0.92 || (a.length > 3 && withinOneEdit(a, b))) return 2;
  if (aKey && aKey === bKey) return 3;
  if (jw >= 0.8) return 4;
  return 5;
}

/** First and last names the wrong way round in one record (both agree closely once swapped). */
export function namesSwapped(a: PreparedPerson, b: PreparedPerson): boolean {
  if (!a.first || !a.last || !b.first || !b.last || a.first === a.last) return false;
  const fits = (x: string, y: string): boolean =>
    x === y || isForenameVariant(x, y) || ((x[0] === y[0] || x[1] === y[1]) && jaroWinkler(x, y) >= 0.9);
  return fits(a.first, b.last) && fits(a.last, b.first);
}

const isInitialOf = (x: string, y: string): boolean => (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));

const firstName: Comparison = {
  key: 'first_name',
  prior: { m: [0.8, 0.05, 0.05, 0.02, 0.02, 0.02, 0.01, 0.03], u: [0.01, 0.001, 0.003, 0.005, 0.02, 0.04, 0.0005, 0.92] },
  levels: ['exact', 'nickname or variant', 'spelt slightly differently', 'sounds alike', 'similar', 'initial agrees', 'names swapped', 'different'],
  compare(a, b) {
    if (!a.first || !b.first) return MISSING;
    if (isInitialOf(a.first, b.first)) return 5;
    const level = nameLevel(a.first, b.first, a.firstKey, b.firstKey, isForenameVariant);
    if (level < 4) return level;
    if (namesSwapped(a, b)) return 6;
    return level === 5 ? 7 : level;
  },
  reason(level, a, b) {
    switch (level) {
      case 0: return 'same first name';
      case 1: return `${cap(a.first)} is a form of ${cap(b.first)}`;
      case 2: return `first name spelt slightly differently (${cap(a.first)} / ${cap(b.first)})`;
      case 3: return 'first name sounds alike';
      case 4: return 'first name similar';
      case 5: return 'first initial agrees';
      case 6: return 'first and last names swapped';
      default: return 'different first name';
    }
  },
  tfValue: (r) => r.first,
};

function sharesSurnamePart(a: PreparedPerson, b: PreparedPerson): boolean {
  if (!a.lastParts.length && !b.lastParts.length) return false;
  const partsA = a.lastParts.length ? a.lastParts : [a.last];
  const partsB = b.lastParts.length ? b.lastParts : [b.last];
  return partsA.some((p) => p.length >= 3 && partsB.includes(p));
}

const lastName: Comparison = {
  key: 'last_name',
  prior: { m: [0.85, 0.03, 0.05, 0.02, 0.02, 0.03], u: [0.005, 0.001, 0.002, 0.005, 0.02, 0.967] },
  levels: ['exact', 'shares a part or variant', 'spelt slightly differently', 'sounds alike', 'similar', 'different'],
  compare(a, b) {
    if (!a.last || !b.last) return MISSING;
    const level = nameLevel(a.last, b.last, a.lastKey, b.lastKey, isSurnameVariant);
    if (level <= 1) return level;
    if (sharesSurnamePart(a, b)) return 1;
    if (level < 4) return level;
    // A swap is one fact, weighed once, by the first-name comparison (its "names swapped" level).
    if (namesSwapped(a, b)) return MISSING;
    return level;
  },
  reason(level, a, b) {
    switch (level) {
      case 0: return 'same surname';
      case 1:
        if (sharesSurnamePart(a, b)) return 'surnames share a part (double-barrelled)';
        return a.lastKey === b.lastKey
          ? `surname sounds alike (${cap(a.last)} is a recorded variant of ${cap(b.last)})`
          : `${cap(a.last)} is a recorded variant of ${cap(b.last)}`;
      case 2: return `surname spelt slightly differently (${cap(a.last)} / ${cap(b.last)})`;
      case 3: return 'surname sounds alike';
      case 4: return 'surname similar';
      default: return 'different surname';
    }
  },
  tfValue: (r) => r.last,
};

const middleName: Comparison = {
  key: 'middle_name',
  prior: { m: [0.8, 0.15, 0.05], u: [0.02, 0.05, 0.93] },
  levels: ['exact', 'initial or close', 'different'],
  compare(a, b) {
    if (!a.middle || !b.middle) return MISSING;
    if (a.middle === b.middle) return 0;
    if (a.middle[0] === b.middle[0] && (a.middle.length === 1 || b.middle.length === 1 || jaroWinkler(a.middle, b.middle) >= 0.88)) return 1;
    return 2;
  },
  reason: (level) => ['same middle name', 'middle name or initial agrees', 'different middle name'][level] ?? '',
};

/** Date of birth: exact, day and month swapped, one digit wrong or two digits transposed, one part different, different. */
export function dobLevel(a: PreparedPerson, b: PreparedPerson): number {
  const x = a.dobParts;
  const y = b.dobParts;
  if (!x || !y) return MISSING;
  if (a.dob === b.dob) return 0;
  if (x.y === y.y && x.d === y.m && x.m === y.d) return 1;
  if (withinOneEdit(a.dob, b.dob)) return 2;
  const same = (x.y === y.y ? 1 : 0) + (x.m === y.m ? 1 : 0) + (x.d === y.d ? 1 : 0);
  if (same === 2 || (x.m === y.m && x.d === y.d && Math.abs(x.y - y.y) <= 1)) return 3;
  return 4;
}

const dob: Comparison = {
  key: 'dob',
  prior: { m: [0.88, 0.01, 0.05, 0.04, 0.02], u: [0.0001, 0.00001, 0.0005, 0.005, 0.994] },
  levels: ['exact', 'day and month swapped', 'one digit wrong or transposed', 'one part different', 'different'],
  compare: dobLevel,
  reason(level, a, b) {
    switch (level) {
      case 0: return 'same date of birth';
      case 1: return 'date of birth day and month swapped';
      case 2: return 'date of birth one digit wrong or two digits transposed';
      case 3: {
        const x = a.dobParts!;
        const y = b.dobParts!;
        if (x.y !== y.y) return x.m === y.m && x.d === y.d ? 'date of birth year differs' : 'date of birth one part different';
        return x.m !== y.m ? 'date of birth month differs' : 'date of birth day differs';
      }
      default: return 'different date of birth';
    }
  },
  tfValue: (r) => r.dob,
};

const gender: Comparison = {
  key: 'gender',
  prior: { m: [0.97, 0.03], u: [0.5, 0.5] },
  levels: ['same', 'different'],
  compare: (a, b) => (!a.gender || !b.gender ? MISSING : a.gender === b.gender ? 0 : 1),
  reason: (level) => (level === 0 ? 'same gender' : 'different gender'),
};

const phone: Comparison = {
  key: 'phone',
  prior: { m: [0.7, 0.05, 0.25], u: [0.0001, 0.0005, 0.9994] },
  levels: ['exact', 'one digit different', 'different'],
  compare: (a, b) => (!a.phone || !b.phone ? MISSING : a.phone === b.phone ? 0 : withinOneEdit(a.phone, b.phone) ? 1 : 2),
  reason: (level) => ['same phone number', 'phone number one digit different', 'different phone number'][level] ?? '',
};

const email: Comparison = {
  key: 'email',
  prior: { m: [0.7, 0.1, 0.05, 0.15], u: [0.0001, 0.001, 0.005, 0.9939] },
  levels: ['exact', 'same user name or one character different', 'similar', 'different'],
  compare(a, b) {
    if (!a.email || !b.email) return MISSING;
    if (a.email === b.email) return 0;
    if (a.emailUser === b.emailUser || withinOneEdit(a.email, b.email)) return 1;
    if (jaroWinkler(a.email, b.email) >= 0.88) return 2;
    return 3;
  },
  reason: (level) => ['same email address', 'email address nearly the same', 'email address similar', 'different email address'][level] ?? '',
};

/** Share of address words found in the other address (exactly, or spelt nearly the same), Dice-style. */
export function addressSimilarity(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  let matched = 0;
  let used = 0; // bit j set: b[j] already matched (words beyond the 30th are not compared)
  const nb = Math.min(b.length, 30);
  for (const t of a) {
    let found = -1;
    for (let j = 0; j < nb; j++) if (!(used & (1 << j)) && b[j] === t) { found = j; break; }
    if (found < 0 && t.length >= 4) {
      for (let j = 0; j < nb; j++) if (!(used & (1 << j)) && b[j]!.length >= 4 && jaroWinkler(t, b[j]!) >= 0.9) { found = j; break; }
    }
    if (found >= 0) { used |= 1 << found; matched++; }
  }
  return (2 * matched) / (a.length + b.length);
}

const address: Comparison = {
  key: 'address',
  prior: { m: [0.6, 0.15, 0.1, 0.15], u: [0.0005, 0.001, 0.01, 0.9885] },
  levels: ['exact', 'nearly the same', 'partly the same', 'different'],
  compare(a, b) {
    if (!a.address || !b.address) return MISSING;
    if (a.address === b.address) return 0;
    const sim = addressSimilarity(a.addressTokens, b.addressTokens);
    return sim >= 0.8 ? 1 : sim >= 0.5 ? 2 : 3;
  },
  reason: (level) => ['same address', 'address nearly the same', 'address partly the same', 'different address'][level] ?? '',
};

const outward = (pc: string): string => (pc.length >= 5 ? pc.slice(0, -3) : '');

const postcode: Comparison = {
  key: 'postcode',
  prior: { m: [0.8, 0.08, 0.12], u: [0.001, 0.01, 0.989] },
  levels: ['exact', 'one character different or same district', 'different'],
  compare(a, b) {
    if (!a.postcode || !b.postcode) return MISSING;
    if (a.postcode === b.postcode) return 0;
    if (withinOneEdit(a.postcode, b.postcode) || (outward(a.postcode) !== '' && outward(a.postcode) === outward(b.postcode))) return 1;
    return 2;
  },
  reason: (level) => ['same postcode', 'postcode nearly the same', 'different postcode'][level] ?? '',
  tfValue: (r) => r.postcode,
};

const city: Comparison = {
  key: 'city',
  prior: { m: [0.8, 0.08, 0.12], u: [0.05, 0.01, 0.94] },
  levels: ['exact', 'similar', 'different'],
  compare: (a, b) => (!a.city || !b.city ? MISSING : a.city === b.city ? 0 : jaroWinkler(a.city, b.city) >= 0.88 ? 1 : 2),
  reason: (level) => ['same town', 'town spelt similarly', 'different town'][level] ?? '',
  tfValue: (r) => r.city,
};

const idNumber: Comparison = {
  key: 'id_number',
  prior: { m: [0.9, 0.05, 0.05], u: [0.0001, 0.0005, 0.9994] },
  levels: ['exact', 'one character different or transposed', 'different'],
  compare: (a, b) => (!a.idNumber || !b.idNumber ? MISSING : a.idNumber === b.idNumber ? 0 : withinOneEdit(a.idNumber, b.idNumber) ? 1 : 2),
  reason: (level) => ['same identifier', 'identifier one character different', 'different identifier'][level] ?? '',
};

/** Every comparison, in the order reasons are given. */
export const COMPARISONS: Comparison[] = [firstName, middleName, lastName, dob, gender, phone, email, address, postcode, city, idNumber];
