import { describe, expect, it } from 'vitest';
import { jaroWinkler, damerauLevenshtein, withinOneEdit } from './strings';
import { phoneticKey } from './phonetic';
import { normaliseAddress, normalisePhone, normalisePostcode, parseDate, preparePerson, splitFullName } from './normalise';
import { isForenameVariant, isSurnameVariant } from './names';
import { COMPARISONS, dobLevel } from './comparisons';
import { csvLine, parseCsv } from '../../../core/csv';
import { parseMapping, recordsFromRows } from './mapping';

describe('string similarity', () => {
  it('Jaro–Winkler gives the textbook values', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.9611, 3);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 2);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.8133, 3);
    expect(jaroWinkler('same', 'same')).toBe(1);
    expect(jaroWinkler('', 'abc')).toBe(0);
  });
  it('Damerau–Levenshtein counts a swap of neighbours as one edit', () => {
    expect(damerauLevenshtein('smith', 'smiht')).toBe(1);
    expect(damerauLevenshtein('kitten', 'sitting')).toBe(3);
    expect(damerauLevenshtein('abc', 'abc')).toBe(0);
    expect(damerauLevenshtein('kitten', 'sitting', 1)).toBe(2); // stops early past the limit
    expect(withinOneEdit('19800312', '19800321')).toBe(true);
    expect(withinOneEdit('jon', 'john')).toBe(true);
    expect(withinOneEdit('jon', 'jane')).toBe(false);
  });
});

describe('phonetic key', () => {
  it('gives names that sound alike the same key', () => {
    expect(phoneticKey('Smith')).toBe(phoneticKey('Smyth'));
    expect(phoneticKey('Catherine')).toBe(phoneticKey('Kathryn'));
    expect(phoneticKey('Phillips')).toBe(phoneticKey('Filips'));
    expect(phoneticKey('Knight')).toBe(phoneticKey('Night'));
    expect(phoneticKey('Smith')).not.toBe(phoneticKey('Jones'));
  });
});

describe('normalising', () => {
  it('reads the three date forms and keeps impossible but well-formed dates as typed', () => {
    expect(parseDate('1980-03-12')).toEqual({ y: 1980, m: 3, d: 12 });
    expect(parseDate('19800312')).toEqual({ y: 1980, m: 3, d: 12 });
    expect(parseDate('12/03/1980')).toEqual({ y: 1980, m: 3, d: 12 });
    expect(parseDate('19371233')).toEqual({ y: 1937, m: 12, d: 33 });
    expect(parseDate('12 March 1980')).toBeNull();
    expect(parseDate('  ')).toBeUndefined();
  });
  it('grades date-of-birth differences', () => {
    const p = (dob: string) => preparePerson({ dob });
    expect(dobLevel(p('12/03/1980'), p('1980-03-12'))).toBe(0);
    expect(dobLevel(p('12/03/1980'), p('03/12/1980'))).toBe(1); // day and month swapped
    expect(dobLevel(p('19800312'), p('19800321'))).toBe(2); // digits transposed
    expect(dobLevel(p('19800312'), p('19810312'))).toBe(2); // one digit wrong
    expect(dobLevel(p('19800312'), p('19790312'))).toBe(3); // year out by one
    expect(dobLevel(p('19800312'), p('19800328'))).toBe(3); // day different
    expect(dobLevel(p('19800312'), p('19551122'))).toBe(4);
    expect(dobLevel(p(''), p('19551122'))).toBe(-1); // missing: no evidence
  });
  it('normalises UK phone numbers, postcodes and addresses', () => {
    expect(normalisePhone('+44 (0)20 7946 0018')).toBe('02079460018');
    expect(normalisePhone('0044 20 7946 0018')).toBe('02079460018');
    expect(normalisePhone('020-7946-0018')).toBe('02079460018');
    expect(normalisePhone('447700900123')).toBe('07700900123');
    expect(normalisePostcode(' ec1a 1bb ')).toBe('EC1A1BB');
    expect(normaliseAddress('Flat 3, 12 St. John\'s Rd')).toBe('flat 3 12 street johns road');
    expect(normaliseAddress('Apt 3 12 Saint Johns Road')).toBe('flat 3 12 saint johns road');
  });
  it('splits full names and strips diacritics and titles', () => {
    expect(splitFullName('Dr José María García-López')).toEqual({ first: 'jose', middle: 'maria', last: 'garcia lopez' });
    expect(splitFullName('Smith, John Paul')).toEqual({ first: 'john', middle: 'paul', last: 'smith' });
    const r = preparePerson({ first_name: 'Zoë', last_name: "O'Brien-Smith" });
    expect(r.first).toBe('zoe');
    expect(r.last).toBe('obriensmith');
    expect(r.lastParts).toEqual(['obrien', 'smith']);
  });
});

describe('name tables', () => {
  it('knows nicknames, diminutives and ONS variants both ways', () => {
    expect(isForenameVariant('bob', 'robert')).toBe(true);
    expect(isForenameVariant('robert', 'bob')).toBe(true);
    expect(isForenameVariant('liz', 'elizabeth')).toBe(true);
    expect(isForenameVariant('bob', 'elizabeth')).toBe(false);
    expect(isSurnameVariant('adams', 'adamson')).toBe(true);
  });
});

describe('comparisons', () => {
  const level = (key: string, a: object, b: object) => {
    const c = COMPARISONS.find((x) => x.key === key)!;
    const pa = preparePerson(a);
    const pb = preparePerson(b);
    const l = c.compare(pa, pb);
    return { level: c.levels[l] ?? 'missing', reason: l >= 0 ? c.reason(l, pa, pb) : '' };
  };
  it('grades names and says why in plain words', () => {
    expect(level('first_name', { first_name: 'Bob' }, { first_name: 'Robert' })).toEqual({ level: 'nickname or variant', reason: 'Bob is a form of Robert' });
    expect(level('last_name', { last_name: 'Smyth' }, { last_name: 'Smith' }).reason).toBe('surname sounds alike (Smyth is a recorded variant of Smith)');
    expect(level('last_name', { last_name: 'Smiht' }, { last_name: 'Smith' }).level).toBe('spelt slightly differently');
    expect(level('last_name', { last_name: 'Thompson' }, { last_name: 'Tomson' }).level).not.toBe('different');
    expect(level('last_name', { last_name: 'Smith-Jones' }, { last_name: 'Jones' })).toEqual({ level: 'shares a part or variant', reason: 'surnames share a part (double-barrelled)' });
    expect(level('first_name', { first_name: 'Smith', last_name: 'John' }, { first_name: 'John', last_name: 'Smith' }).reason).toBe('first and last names swapped');
    expect(level('first_name', { first_name: 'J' }, { first_name: 'John' }).level).toBe('initial agrees');
    expect(level('first_name', {}, { first_name: 'John' }).level).toBe('missing');
  });
});

describe('CSV and field mapping', () => {
  it('reads quoted fields and trims cells', () => {
    expect(parseCsv('a, b ,c\r\n"x, y", "he said ""hi""",\n\n')).toEqual([['a', 'b', 'c'], ['x, y', 'he said "hi"', '']]);
    expect(csvLine(['a', 'b,c', 1])).toBe('a,"b,c",1\n');
  });
  it('joins columns with + and names the row and column of a bad date', () => {
    const rows = parseCsv('id,no,street,dob\n1,12,High St,1980-03-12\n2,,Low Rd,12th March\n');
    const mapping = parseMapping('address=no+street,dob=dob');
    expect(() => recordsFromRows(rows, 'people.csv', 'id', mapping)).toThrow('people.csv: row 3, column "dob": unreadable date "12th March"');
    const ok = recordsFromRows(rows.slice(0, 2), 'people.csv', 'id', mapping);
    expect(ok.records[0]).toEqual({ id: '1', address: '12 High St', dob: '1980-03-12' });
    expect(() => recordsFromRows(rows, 'people.csv', 'ref', mapping)).toThrow('no id column "ref"');
    expect(() => parseMapping('surname=last')).toThrow('unknown field "surname"');
  });
});

describe('training on a clean nominal index', () => {
  it('keeps agreement as evidence for a match when the data holds no duplicates, so look-ups still rank the right person first', async () => {
    const { generatePopulation } = await import('../synthetic');
    const { trainModel, isPlausible } = await import('./model');
    const { createMatcher } = await import('./matcher');
    const { PersonIndex } = await import('./person-index');
    type Synth = ReturnType<typeof generatePopulation> extends Iterable<infer R> ? R : never;
    const toInput = (r: Synth) => ({ first_name: r.firstName, last_name: r.lastName, dob: r.dob, gender: r.gender, phone: r.phone, postcode: r.postcode, address: r.address, email: r.email });
    const originals: Synth[] = [];
    const duplicates: Synth[] = [];
    for (const r of generatePopulation({ records: 20_000, seed: 5, duplicateRate: 0.2, errorProfile: 'standard' })) (r.duplicate ? duplicates : originals).push(r);
    // Trained on the originals only: EM alone would find a false "same person" cluster here.
    const model = trainModel(originals.map(toInput));
    expect(model.trainedOn.fit).toBe('prior-m');
    expect(isPlausible(model.comparisons.map((c) => c.m), model.comparisons.map((c) => c.u))).toBe(true);
    const index = new PersonIndex(createMatcher(model));
    const idOfCluster = new Map<string, string>();
    for (const r of originals) { index.put(String(r.id), toInput(r)); idOfCluster.set(r.cluster, String(r.id)); }
    const queries = duplicates.slice(0, 300);
    const top = queries.filter((q) => index.search({ first_name: q.firstName, last_name: q.lastName, dob: q.dob, phone: q.phone, postcode: q.postcode }, { limit: 10 }).some((h) => h.id === idOfCluster.get(q.cluster)));
    expect(top.length / queries.length).toBeGreaterThan(0.95);
  });
});

describe('name frequencies', () => {
  it('weighs a shared Smith less than a shared rare surname even in a small file where each appears once', async () => {
    const { trainModel } = await import('./model');
    const { createMatcher } = await import('./matcher');
    const surnames = ['smith', 'featherstonehaugh', 'okonkwo', 'patel', 'jones', 'brown', 'taylor', 'wilson', 'evans', 'thomas', 'roberts', 'walker', 'wright', 'hughes', 'green', 'hall', 'wood', 'clarke', 'harris', 'lewis'];
    const records = surnames.map((last_name, i) => ({ first_name: ['james', 'mary', 'peter', 'susan'][i % 4]!, last_name, dob: `19${50 + i}-0${1 + (i % 9)}-1${i % 10}` }));
    const matcher = createMatcher(trainModel(records));
    const pair = (last_name: string) => matcher.scorePair({ first_name: 'james', last_name, dob: '1980-01-01' }, { first_name: 'james', last_name, dob: '1980-01-01' });
    expect(pair('featherstonehaugh').weight - pair('smith').weight).toBeGreaterThan(3);
  });
});
