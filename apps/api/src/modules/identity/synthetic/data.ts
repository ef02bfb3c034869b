import fs from 'node:fs';
import path from 'node:path';
import { COMMON_STREETS, EMAIL_DOMAINS, EVERYDAY_NICKNAMES, FIRST_NAME_VARIANTS, OLDER_FIRST_NAMES, POST_TOWNS, STREET_TYPES, SURNAME_VARIANTS } from './tables';
import { parseCsv } from '../../../core/csv';

/*
 * The data the synthetic population is drawn from: first names by sex and frequency
 * (apps/api/data/demo/first-names.csv), surnames by frequency, real UK postcodes and diminutives
 * (apps/api/data/identity-synthetic/, see SOURCES.md there), and the hand-written tables.
 */

export const SYNTHETIC_DATA_DIR = path.resolve(import.meta.dirname, '../../../../data/identity-synthetic');
export const DEMO_DATA_DIR = path.resolve(import.meta.dirname, '../../../../data/demo');

/** Items with a cumulative weight table, drawn with one random number and a binary search. */
export class WeightedList<T> {
  readonly items: T[];
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    if (entries.length === 0) throw new Error('nothing to pick from');
    this.items = entries.map((e) => e[0]);
    this.cumulative = new Float64Array(entries.length);
    let total = 0;
    entries.forEach((e, i) => (this.cumulative[i] = total += e[1]));
    this.total = total;
  }

  pick(random: () => number): T {
    const x = random() * this.total;
    const c = this.cumulative;
    let lo = 0;
    let hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (c[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }
}

export type PostcodeEntry = { postcode: string; latitude: number; longitude: number; town: string };

export type SyntheticData = {
  /** Young names (births 1996–2018) by frequency, lower case. */
  firstNames: { female: WeightedList<string>; male: WeightedList<string> };
  /** Names of people born before about 1985, by rough popularity, lower case. */
  olderFirstNames: { female: WeightedList<string>; male: WeightedList<string> };
  surnames: WeightedList<string>;
  postcodes: PostcodeEntry[];
  /** Formal first name → diminutives; everyday forms first. */
  nicknames: Map<string, { everyday: string[]; other: string[] }>;
  firstNameVariants: Map<string, string[]>;
  surnameVariants: Map<string, string[]>;
  streets: WeightedList<string>;
  streetTypes: WeightedList<string>;
  emailDomains: WeightedList<string>;
  /** Postcodes of the force's own area and the share of people living there (see PopulationOptions.localPostcodes). */
  local?: { share: number; postcodes: PostcodeEntry[] };
};

function readRows(file: string): string[][] {
  return parseCsv(fs.readFileSync(file, 'utf8')).slice(1);
}

/** Post town of a postcode ("SK14 4PZ" → Stockport); '' for an unknown area. */
export function postTown(postcode: string): string {
  const area = /^[A-Z]{1,2}/.exec(postcode.toUpperCase())?.[0] ?? '';
  return POST_TOWNS[area] ?? '';
}

const variantMap = (groups: string[][]): Map<string, string[]> => {
  const map = new Map<string, string[]>();
  for (const g of groups) for (const n of g) map.set(n, g.filter((m) => m !== n));
  return map;
};

// Zipf-like weights for a list ordered by popularity.
const byRank = (names: string[]): [string, number][] => names.map((n, i) => [n, 1 / (i + 4)]);

let cached: SyntheticData | undefined;

/** The demo force's area postcodes (every EC postcode), for PopulationOptions.localPostcodes. */
export function demoAreaPostcodes(): string[] {
  return readRows(path.join(DEMO_DATA_DIR, 'ec-postcodes.csv')).map((r) => r[0]!);
}

/** Reads and indexes the data files (once per process). */
export function loadSyntheticData(): SyntheticData {
  if (cached) return cached;
  const first = readRows(path.join(DEMO_DATA_DIR, 'first-names.csv'));
  const sexList = (sex: string) => new WeightedList(first.filter((r) => r[1] === sex).map((r) => [r[0]!, Number(r[2])] as const));
  const nicknames = new Map<string, { everyday: string[]; other: string[] }>();
  for (const [name, nick] of readRows(path.join(SYNTHETIC_DATA_DIR, 'nicknames.csv'))) {
    const entry = nicknames.get(name!) ?? { everyday: EVERYDAY_NICKNAMES[name!] ?? [], other: [] };
    if (!entry.everyday.includes(nick!)) entry.other.push(nick!);
    nicknames.set(name!, entry);
  }
  for (const [name, forms] of Object.entries(EVERYDAY_NICKNAMES)) if (!nicknames.has(name)) nicknames.set(name, { everyday: forms, other: [] });
  // Common street names a third of the time, made-up ordinary ones (stem + type) the rest: the
  // generator draws '' to mean "make one up".
  const commonTotal = COMMON_STREETS.reduce((s, [, w]) => s + w, 0);
  cached = {
    firstNames: { female: sexList('female'), male: sexList('male') },
    olderFirstNames: { female: new WeightedList(byRank(OLDER_FIRST_NAMES.female)), male: new WeightedList(byRank(OLDER_FIRST_NAMES.male)) },
    surnames: new WeightedList(readRows(path.join(SYNTHETIC_DATA_DIR, 'surnames.csv')).map((r) => [r[0]!, Number(r[1])] as const)),
    postcodes: readRows(path.join(SYNTHETIC_DATA_DIR, 'uk-postcodes.csv')).map((r) => ({
      postcode: r[0]!,
      latitude: Number(r[1]),
      longitude: Number(r[2]),
      town: postTown(r[0]!),
    })),
    nicknames,
    firstNameVariants: variantMap(FIRST_NAME_VARIANTS),
    surnameVariants: variantMap(SURNAME_VARIANTS),
    streets: new WeightedList<string>([...COMMON_STREETS, ['', commonTotal * 2]]),
    streetTypes: new WeightedList(STREET_TYPES),
    emailDomains: new WeightedList(EMAIL_DOMAINS),
  };
  return cached;
}
