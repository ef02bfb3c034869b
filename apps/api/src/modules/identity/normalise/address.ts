// Common abbreviations in UK addresses and the word each stands for. ST is handled apart: it is
// SAINT before a name ("St Mary Axe") and STREET after one ("High St").
const ABBREVIATIONS: Record<string, string> = {
  RD: 'ROAD', AVE: 'AVENUE', AV: 'AVENUE', LN: 'LANE', DR: 'DRIVE', CT: 'COURT', PL: 'PLACE', SQ: 'SQUARE',
  CRES: 'CRESCENT', CRS: 'CRESCENT', GDNS: 'GARDENS', TERR: 'TERRACE', TER: 'TERRACE', CL: 'CLOSE', GRN: 'GREEN',
  GRV: 'GROVE', GR: 'GROVE', PK: 'PARK', PDE: 'PARADE', WY: 'WAY', HWY: 'HIGHWAY', MT: 'MOUNT', HSE: 'HOUSE',
  BLDG: 'BUILDING', BLDGS: 'BUILDINGS', UPR: 'UPPER', LWR: 'LOWER', GT: 'GREAT', NTH: 'NORTH', STH: 'SOUTH',
  EST: 'ESTATE', CTR: 'CENTRE', EMB: 'EMBANKMENT', YD: 'YARD', WLK: 'WALK', SQR: 'SQUARE', BDWY: 'BROADWAY',
};

// Words that end the street part of an address line; what follows on the same line is the town.
const STREET_TYPES = new Set([
  'STREET', 'ROAD', 'AVENUE', 'LANE', 'DRIVE', 'COURT', 'PLACE', 'SQUARE', 'CRESCENT', 'GARDENS', 'TERRACE',
  'CLOSE', 'GREEN', 'GROVE', 'PARK', 'PARADE', 'WAY', 'HILL', 'ROW', 'WALK', 'YARD', 'WHARF', 'MEWS', 'RISE',
  'HIGHWAY', 'EMBANKMENT', 'ALLEY', 'PASSAGE', 'BUILDINGS', 'CHURCHYARD', 'BROADWAY', 'CIRCUS', 'GATE', 'QUAY',
]);

const FLAT_WORDS = new Set(['FLAT', 'FLT', 'APARTMENT', 'APT', 'APPT']);
const ORDINAL_WORDS: Record<string, number> = { FIRST: 1, SECOND: 2, THIRD: 3, FOURTH: 4, FIFTH: 5, SIXTH: 6, SEVENTH: 7, EIGHTH: 8, NINTH: 9, TENTH: 10 };
const HOUSE_NUMBER = /^[0-9]+[A-Z]?(?:-[0-9]+[A-Z]?)?$/;
const TRAILING_POSTCODE = /(?:^|[\s,])([A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2})[\s,]*$/;

export type NormalisedAddress = {
  /** For screens: title case, abbreviations expanded, flat and floor first, postcode last. */
  display: string;
  /** The same place however it was typed: flat | floor | building and street | compact postcode. */
  key: string;
  /** Upper case, single spaces, no punctuation: what trigram search runs on. */
  searchText: string;
  flat: string | null;
  /** 0 ground, -1 basement, 1 first… */
  floor: number | null;
  buildingNumber: string | null;
  /** The postcode, normalised ('EC2M 4NP'), from the separate field or the end of the text. */
  postcode: string | null;
};

/**
 * Normalises a typed address. `normalisePostcode` is the gazetteer's (workforce module) so both
 * modules agree on what a postcode is. A postcode given separately wins over one at the end of the text.
 */
export function normaliseAddress(text: string, postcode: string | null, normalisePostcode: (p: string) => string | undefined): NormalisedAddress {
  let upper = text
    .toUpperCase()
    .replace(/['’`.]/g, '')
    .replace(/[\r\n;]+/g, ',')
    .replace(/[^A-Z0-9,/\- ]/g, ' ');
  const trailing = TRAILING_POSTCODE.exec(upper);
  const textPostcode = trailing ? normalisePostcode(trailing[1]!) : undefined;
  if (trailing && textPostcode) upper = upper.slice(0, trailing.index);
  const finalPostcode = postcode ?? textPostcode ?? null;

  let flat: string | null = null;
  let floor: number | null = null;
  const components: string[][] = [];
  for (const part of upper.split(',')) {
    const tokens = part.trim().split(/\s+/).filter(Boolean);
    const kept: string[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const next = tokens[i + 1];
      if (FLAT_WORDS.has(token) && next) {
        flat = next;
        i++;
        continue;
      }
      const floorHere = readFloor(tokens, i);
      if (floorHere) {
        floor = floorHere.floor;
        i += floorHere.length - 1;
        continue;
      }
      kept.push(expand(token, kept[kept.length - 1], next));
    }
    if (kept.length === 0) continue;
    // "12, High Street": a house number on a line of its own belongs to the street after it.
    const previous = components[components.length - 1];
    if (previous && previous.length === 1 && HOUSE_NUMBER.test(previous[0]!)) previous.push(...kept);
    else components.push(kept);
  }

  const keyTokens = finalPostcode ? streetPart(components) : components.flat();
  const buildingNumber = components.flat().find((t) => HOUSE_NUMBER.test(t)) ?? null;
  const prefix = [flat ? `FLAT ${flat}` : null, floor !== null ? floorWords(floor) : null].filter((p): p is string => p !== null);
  const lines = [...prefix, ...components.map((c) => c.join(' '))];
  return {
    display: [...lines.map(titleCase), ...(finalPostcode ? [finalPostcode] : [])].join(', '),
    key: [flat ?? '', floor ?? '', keyTokens.join(' '), finalPostcode?.replace(' ', '') ?? ''].join('|'),
    searchText: [...lines, finalPostcode ?? ''].join(' ').replace(/\s+/g, ' ').trim(),
    flat,
    floor,
    buildingNumber,
    postcode: finalPostcode,
  };
}

/** Expands an abbreviation; ST is SAINT at the start of a name and STREET after one. */
function expand(token: string, previous: string | undefined, next: string | undefined): string {
  if (token === 'ST') {
    const startsName = previous === undefined || /^[0-9]/.test(previous);
    return startsName && next !== undefined && /^[A-Z]/.test(next) ? 'SAINT' : 'STREET';
  }
  return ABBREVIATIONS[token] ?? token;
}

/** "GROUND FLOOR", "1ST FLOOR", "FIRST FLOOR", "FLOOR 2", "BASEMENT", "GF" at position i. */
function readFloor(tokens: string[], i: number): { floor: number; length: number } | undefined {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  if (token === 'BASEMENT') return { floor: -1, length: 1 };
  if (token === 'GF') return { floor: 0, length: 1 };
  if (token === 'LOWER' && next === 'GROUND' && tokens[i + 2] === 'FLOOR') return { floor: -1, length: 3 };
  if (next === 'FLOOR') {
    if (token === 'GROUND') return { floor: 0, length: 2 };
    const ordinal = /^([0-9]+)(ST|ND|RD|TH)$/.exec(token);
    if (ordinal) return { floor: Number(ordinal[1]), length: 2 };
    if (ORDINAL_WORDS[token] !== undefined) return { floor: ORDINAL_WORDS[token], length: 2 };
  }
  if (token === 'FLOOR' && next && /^[0-9]+$/.test(next)) return { floor: Number(next), length: 2 };
  return undefined;
}

/**
 * With a postcode the town adds nothing: the key keeps the lines up to the one with the house number
 * (building names included) and, on that line, stops after the street word ("12 HIGH STREET LONDON").
 */
function streetPart(components: string[][]): string[] {
  const at = components.findIndex((c) => c.some((t) => HOUSE_NUMBER.test(t)));
  if (at < 0) return components.flat();
  const line = components[at]!;
  const numberAt = line.findIndex((t) => HOUSE_NUMBER.test(t));
  const streetEnd = line.findIndex((t, i) => i > numberAt && STREET_TYPES.has(t));
  return [...components.slice(0, at).flat(), ...(streetEnd >= 0 ? line.slice(0, streetEnd + 1) : line)];
}

const floorWords = (floor: number): string => (floor === 0 ? 'GROUND FLOOR' : floor < 0 ? 'BASEMENT' : `FLOOR ${floor}`);
const titleCase = (line: string): string => line.replace(/[A-Z]+/g, (word, at: number) => (at > 0 && /[0-9]/.test(line[at - 1]!) ? word : word[0] + word.slice(1).toLowerCase()));

/** A search phrase in the form search_text is stored in: abbreviations expanded, postcode spaced. */
export function normaliseAddressQuery(text: string, normalisePostcode: (p: string) => string | undefined): string {
  return normaliseAddress(text, null, normalisePostcode).searchText;
}
