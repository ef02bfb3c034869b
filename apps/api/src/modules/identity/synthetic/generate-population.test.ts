import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../cli/command';
import { demoAreaPostcodes, loadSyntheticData } from './data';
import {
  BASE_MISSING_RATES,
  CSV_HEADER,
  STANDARD_ERROR_RATES,
  capitaliseName,
  generatePopulation,
  isValidNiNumber,
  planPopulation,
  phoneticVariant,
  reformatPhone,
  toCsvLine,
  truePerson,
  typo,
  mulberry32,
  type ErrorRates,
  type PopulationOptions,
  type SyntheticRecord,
} from './generate-population';
import { runSynth } from './synth.command';
import { OLDER_FIRST_NAMES } from './tables';

const all = (options: PopulationOptions): SyntheticRecord[] => [...generatePopulation(options)];
const UK_POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$/;

/** A small RFC 4180 reader, to check the quoting. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

describe('synthetic population', () => {
  // One 20,000-record sample shared by the statistical checks.
  const SAMPLE: PopulationOptions = { records: 20_000, seed: 42, duplicateRate: 0.25 };
  const sample = all(SAMPLE);
  const originals = sample.filter((r) => !r.duplicate);
  const duplicates = sample.filter((r) => r.duplicate);

  it('is deterministic: the same seed gives the same records, another seed different ones', () => {
    const a = all({ records: 3000, seed: 7 }).map((r) => toCsvLine(r, true));
    const b = all({ records: 3000, seed: 7 }).map((r) => toCsvLine(r, true));
    const c = all({ records: 3000, seed: 8 }).map((r) => toCsvLine(r, true));
    expect(a).toEqual(b);
    expect(c).not.toEqual(a);
    expect(c.filter((line, i) => line === a[i]).length).toBe(0);
  });

  it('has exactly the requested share of duplicates, first records before their duplicates', () => {
    expect(sample).toHaveLength(20_000);
    expect(duplicates).toHaveLength(5000);
    expect(new Set(sample.map((r) => r.cluster)).size).toBe(15_000);
    expect(sample.map((r) => r.id)).toEqual(sample.map((_, i) => String(i + 1)));
    const seen = new Set<string>();
    for (const r of sample) {
      expect(seen.has(r.cluster)).toBe(r.duplicate);
      seen.add(r.cluster);
    }
    // Some people have several duplicates, none more than the maximum; pairs counted as planned.
    const sizes = new Map<string, number>();
    for (const r of sample) sizes.set(r.cluster, (sizes.get(r.cluster) ?? 0) + 1);
    const counts = [...sizes.values()];
    expect(Math.max(...counts)).toBeLessThanOrEqual(6);
    expect(counts.filter((n) => n >= 3).length).toBeGreaterThan(200);
    const pairs = counts.reduce((s, n) => s + (n * (n - 1)) / 2, 0);
    expect(planPopulation(SAMPLE)).toEqual({ records: 20_000, people: 15_000, duplicates: 5000, duplicatePairs: pairs });
    // Duplicates are spread through the file, not next to their first record.
    const firstAt = new Map<string, number>();
    const gaps: number[] = [];
    sample.forEach((r, i) => (r.duplicate ? gaps.push(i - firstAt.get(r.cluster)!) : firstAt.set(r.cluster, i)));
    gaps.sort((x, y) => x - y);
    expect(gaps[Math.floor(gaps.length / 2)]).toBeGreaterThan(1000);

    expect(all({ records: 1000, seed: 1, duplicateRate: 0 }).some((r) => r.duplicate)).toBe(false);
    const byPeople = all({ people: 1000, seed: 1, duplicateRate: 0.5 });
    expect(byPeople).toHaveLength(2000);
    expect(new Set(byPeople.map((r) => r.cluster)).size).toBe(1000);
    expect(planPopulation({ records: 0 }).records).toBe(0);
    expect(() => all({ records: 10, duplicateRate: 1 })).toThrow(/duplicateRate/);
    expect(() => all({ records: 10, people: 5 })).toThrow(/not both/);
  });

  it('applies every error type at about its rate', () => {
    const data = loadSyntheticData();
    const truths = new Map(originals.map((r) => [r.cluster, truePerson(SAMPLE.seed!, Number(r.cluster) - 1)]));
    const share = (test: (t: ReturnType<typeof truePerson>) => boolean) => duplicates.filter((r) => test(truths.get(r.cluster)!)).length / duplicates.length;
    // The share of duplicates an error can apply to (its name needs a nickname, its day must be ≤ 12…), roughly.
    const female = share((t) => t.gender === 'F');
    const withMiddle = share((t) => t.middleName !== '') * (1 - BASE_MISSING_RATES.middle);
    const applicable: Record<keyof ErrorRates, number> = {
      first_typo: 1, last_typo: 1, first_variant: 0.95, last_variant: 0.95, first_initial: 1, name_swap: 1, name_case: 1,
      first_nickname: share((t) => data.nicknames.has(t.firstName.toLowerCase())),
      surname_change: female + (1 - female) / 8,
      double_barrel: share((t) => /[- ]/.test(t.lastName)) * 0.96,
      middle_missing: withMiddle,
      middle_initial: withMiddle * (1 - STANDARD_ERROR_RATES.middle_missing),
      dob_missing: 1,
      dob_swap: share((t) => Number(t.dob.slice(8)) <= 12 && t.dob.slice(8) !== t.dob.slice(5, 7)) * 0.97,
      dob_year: 0.96,
      dob_digit: 0.93,
      gender_missing: 1,
      gender_wrong: 0.97,
      phone_missing: 1 - BASE_MISSING_RATES.phone,
      phone_changed: (1 - BASE_MISSING_RATES.phone) * (1 - STANDARD_ERROR_RATES.phone_missing),
      phone_format: (1 - BASE_MISSING_RATES.phone) * (1 - STANDARD_ERROR_RATES.phone_missing),
      email_missing: 1 - BASE_MISSING_RATES.email,
      email_changed: (1 - BASE_MISSING_RATES.email) * (1 - STANDARD_ERROR_RATES.email_missing) * 0.97,
      email_typo: (1 - BASE_MISSING_RATES.email) * (1 - STANDARD_ERROR_RATES.email_missing),
      address_moved: 1, address_abbrev: 1, address_typo: 1, address_missing: 1, postcode_format: 1, postcode_typo: 1,
      postcode_missing: 1 - STANDARD_ERROR_RATES.address_missing,
      city_missing: 1 - STANDARD_ERROR_RATES.address_missing,
      id_missing: 1 - BASE_MISSING_RATES.id,
      id_typo: (1 - BASE_MISSING_RATES.id) * (1 - STANDARD_ERROR_RATES.id_missing),
      id_format: (1 - BASE_MISSING_RATES.id) * (1 - STANDARD_ERROR_RATES.id_missing),
    };
    const rows: string[] = [];
    for (const [type, rate] of Object.entries(STANDARD_ERROR_RATES) as [keyof ErrorRates, number][]) {
      const observed = duplicates.filter((r) => r.errors.includes(type)).length;
      const expected = duplicates.length * rate * applicable[type];
      rows.push(`${type.padEnd(16)} ${String(observed).padStart(5)} ${((100 * observed) / duplicates.length).toFixed(1).padStart(5)}%  (expected ${expected.toFixed(0)})`);
      expect(observed, type).toBeGreaterThan(0);
      expect(Math.abs(observed - expected), `${type}: ${observed} observed, ${expected.toFixed(0)} expected`).toBeLessThan(4 * Math.sqrt(expected) + 0.15 * expected);
    }
    console.log(`errors in ${duplicates.length} duplicates of a ${sample.length}-record sample:\n${rows.join('\n')}`);
    // First records carry only the base omissions.
    expect(originals.every((r) => r.errors.every((e) => e.startsWith('base_')))).toBe(true);
    const baseEmail = originals.filter((r) => r.errors.includes('base_email_missing')).length / originals.length;
    expect(baseEmail).toBeGreaterThan(BASE_MISSING_RATES.email - 0.02);
    expect(baseEmail).toBeLessThan(BASE_MISSING_RATES.email + 0.02);
    // Most duplicates differ from the truth somewhere, and some carry several errors.
    expect(duplicates.filter((r) => r.errors.some((e) => !e.startsWith('base_'))).length / duplicates.length).toBeGreaterThan(0.8);
    expect(duplicates.filter((r) => r.errors.filter((e) => !e.startsWith('base_')).length >= 3).length / duplicates.length).toBeGreaterThan(0.1);
  });

  it('makes errors that look like real ones', () => {
    const data = loadSyntheticData();
    const r = mulberry32(5);
    // Nicknames: Robert's duplicates are Bob, Rob, Robbie…
    const nicks = new Set(data.nicknames.get('robert')!.everyday);
    expect(nicks).toContain('bob');
    expect(phoneticVariant(r, 'Smith', data.surnameVariants)).toMatch(/^(Smyth|Smithe)$/);
    expect(['Katherine', 'Kathryn', 'Catharine', 'Cathryn']).toContain(phoneticVariant(r, 'Catherine', data.firstNameVariants));
    for (let i = 0; i < 200; i++) {
      const t = typo(r, 'Robertson');
      expect(Math.abs(t.length - 9)).toBeLessThanOrEqual(1);
      expect(t).toMatch(/^[A-Z][a-z]+$/);
    }
    expect(reformatPhone(r, '07700 900123').replace(/\D/g, '')).toMatch(/^(0|44|0044)?7700900123$/);
    const swapped = duplicates.find((d) => d.errors.includes('name_swap') && d.errors.length === 1)!;
    const truth = originals.find((o) => o.cluster === swapped.cluster)!;
    expect([swapped.firstName, swapped.lastName]).toEqual([truth.lastName, truth.firstName]);
    const dobSwap = duplicates.find((d) => d.errors.includes('dob_swap'))!;
    const [y, m, dd] = truePerson(SAMPLE.seed!, Number(dobSwap.cluster) - 1).dob.split('-');
    expect(dobSwap.dob).toBe(`${y}-${dd}-${m}`);
    const abbreviated = duplicates.filter((d) => d.errors.includes('address_abbrev')).map((d) => d.address);
    expect(abbreviated.some((a) => /\b(St|Rd|Ave)\b/.test(a))).toBe(true);
    expect(duplicates.filter((d) => d.errors.includes('phone_format')).some((d) => d.phone.startsWith('+44'))).toBe(true);
  });

  it('writes valid national insurance numbers and postcodes', () => {
    expect(isValidNiNumber('QQ123456C')).toBe(false); // Q is never a first letter
    expect(isValidNiNumber('AB 12 34 56 C')).toBe(true);
    expect(isValidNiNumber('GB123456A')).toBe(false);
    expect(isValidNiNumber('AO123456A')).toBe(false);
    expect(isValidNiNumber('AB123456E')).toBe(false);
    const ids = sample.map((r) => r.idNumber).filter(Boolean);
    expect(ids.length).toBeGreaterThan(10_000);
    expect(ids.filter((id) => !isValidNiNumber(id))).toEqual([]);
    expect(originals.filter((r) => r.idNumber).every((r) => /^[A-Z]{2}[0-9]{6}[A-D]$/.test(r.idNumber))).toBe(true);

    for (const r of originals) {
      expect(r.postcode).toMatch(UK_POSTCODE);
      expect(r.city).not.toBe('');
    }
    const clean = duplicates.filter((r) => r.postcode && !r.errors.includes('postcode_typo'));
    expect(clean.filter((r) => !UK_POSTCODE.test(r.postcode.toUpperCase().replace(/\s+/g, '').replace(/(...)$/, ' $1')))).toEqual([]);
    // Real postcodes from the shipped list, spread over the country.
    const known = new Set(loadSyntheticData().postcodes.map((p) => p.postcode));
    expect(originals.every((r) => known.has(r.postcode))).toBe(true);
    expect(new Set(originals.map((r) => r.postcode.split(' ')[0]!.replace(/\d.*/, ''))).size).toBeGreaterThan(100);
  });

  it('draws real-looking people: names by frequency, ages 16–90, UK phones, emails from the names', () => {
    const data = loadSyntheticData();
    const firstNames = new Set([...data.firstNames.female.items, ...data.firstNames.male.items, ...OLDER_FIRST_NAMES.female, ...OLDER_FIRST_NAMES.male].map(capitaliseName));
    const surnames = new Set(data.surnames.items.map(capitaliseName));
    for (const r of originals) {
      expect(firstNames.has(r.firstName), r.firstName).toBe(true);
      for (const part of r.lastName.split(/[- ]/)) expect(surnames.has(part), r.lastName).toBe(true);
      for (const word of `${r.firstName} ${r.lastName}`.split(/[- ]/)) expect(word).not.toMatch(/^(test|user|lorem|ipsum|foo|bar|example|person|name)$/i);
    }
    const lastCounts = new Map<string, number>();
    for (const r of originals) lastCounts.set(r.lastName, (lastCounts.get(r.lastName) ?? 0) + 1);
    const top = [...lastCounts].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([n]) => n);
    expect(top[0]).toBe('Smith');
    expect(lastCounts.size).toBeGreaterThan(4000); // a long tail of rarer surnames
    expect(originals.filter((r) => r.lastName.includes('-')).length).toBeGreaterThan(80);
    expect(originals.filter((r) => r.middleName).length / originals.length).toBeGreaterThan(0.4);

    const women = originals.filter((r) => r.gender === 'F').length / originals.length;
    expect(women).toBeGreaterThan(0.48);
    expect(women).toBeLessThan(0.54);
    const ages = originals.map((r) => 2026 - Number(r.dob.slice(0, 4)));
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(16);
    expect(Math.max(...ages)).toBeLessThanOrEqual(91);
    const under45 = ages.filter((a) => a < 45).length / ages.length;
    expect(under45).toBeGreaterThan(0.4);
    expect(under45).toBeLessThan(0.6);
    expect(originals.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.dob) && !Number.isNaN(Date.parse(r.dob)))).toBe(true);
    // People born before 1970 mostly have names of their generation.
    const olderNames = new Set([...OLDER_FIRST_NAMES.female, ...OLDER_FIRST_NAMES.male].map(capitaliseName));
    const old = originals.filter((r) => r.dob < '1965');
    expect(old.filter((r) => olderNames.has(r.firstName)).length / old.length).toBeGreaterThan(0.7);

    const phones = originals.map((r) => r.phone).filter(Boolean);
    expect(phones.every((p) => /^(07[1-57-9]\d{2} \d{6}|020 [378]\d{3} \d{4})$/.test(p))).toBe(true);
    const mobiles = phones.filter((p) => p.startsWith('07')).length / phones.length;
    expect(mobiles).toBeGreaterThan(0.7);
    expect(mobiles).toBeLessThan(0.8);
    for (const r of originals.filter((o) => o.email)) {
      const [local, domain] = r.email.split('@') as [string, string];
      expect(domain).toMatch(/^[a-z]+(\.[a-z]+)+$/);
      const f = r.firstName.toLowerCase().replace(/[^a-z]/g, '');
      const l = r.lastName.toLowerCase().split(/[- ]/).pop()!.replace(/[^a-z]/g, '');
      expect(local.includes(f) || local.includes(l), r.email).toBe(true);
    }
  });

  it('puts a share of people in the force area when given its postcodes', () => {
    const local = demoAreaPostcodes();
    const people = all({ records: 2000, seed: 4, duplicateRate: 0, localPostcodes: local, localShare: 0.6 });
    const inArea = people.filter((r) => r.postcode.startsWith('EC')).length / people.length;
    expect(inArea).toBeGreaterThan(0.55);
    expect(inArea).toBeLessThan(0.65);
    expect(people.filter((r) => r.postcode.startsWith('EC')).every((r) => r.city === 'London' && local.includes(r.postcode))).toBe(true);
  });

  it('writes CSV cells properly quoted', () => {
    const line = toCsvLine({ ...sample[0]!, firstName: 'Jo, "JJ"', address: 'Flat 3, 12 High Street', middleName: ' x' });
    expect(parseCsv(`${CSV_HEADER}\n${line}\n`)[1]!.slice(2, 4)).toEqual(['Jo, "JJ"', ' x']);
    expect(parseCsv(`${line}\n`)[0]![9]).toBe('Flat 3, 12 High Street');
  });

  it('generates 100,000 records in a few seconds (measured, not asserted)', () => {
    const started = performance.now();
    let bytes = 0;
    for (const r of generatePopulation({ records: 100_000, seed: 3 })) bytes += toCsvLine(r).length + 1;
    const ms = performance.now() - started;
    console.log(`100,000 records (as CSV, ${(bytes / 1e6).toFixed(1)} MB) in ${(ms / 1000).toFixed(2)} s`);
    expect(bytes).toBeGreaterThan(5_000_000);
  });
});

describe('bluelamp persons synth', () => {
  const capture = () => {
    let text = '';
    return { stream: { write: (s: string) => ((text += s), true) } as unknown as NodeJS.WritableStream, text: () => text };
  };

  it('writes the CSV with ground truth and prints the counts', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'synth-'));
    try {
      const file = path.join(dir, 'people.csv');
      const out = capture();
      const err = capture();
      const code = await runSynth(['--count', '3000', '--seed', '9', '--duplicate-rate', '0.3', '--out', file], { stdout: out.stream, stderr: err.stream });
      expect(code).toBe(0);
      const rows = parseCsv(fs.readFileSync(file, 'utf8'));
      expect(rows[0]!.join(',')).toBe(CSV_HEADER);
      expect(rows).toHaveLength(3001);
      expect(rows.every((row) => row.length === 13)).toBe(true);
      const plan = planPopulation({ records: 3000, seed: 9, duplicateRate: 0.3 });
      expect(new Set(rows.slice(1).map((row) => row[1])).size).toBe(plan.people);
      expect(out.text()).toContain(`Wrote 3,000 records to ${file}`);
      expect(out.text()).toContain(`2,100 true people, 900 duplicate records, ${plan.duplicatePairs.toLocaleString('en-GB')} duplicate pairs`);
      expect(fs.existsSync(`${file}.partial`)).toBe(false);
      // Same arguments, same file.
      const again = path.join(dir, 'again.csv');
      await runSynth(['--count', '3000', '--seed', '9', '--duplicate-rate', '0.3', '--out', again], { stdout: capture().stream, stderr: capture().stream });
      expect(fs.readFileSync(again, 'utf8')).toBe(fs.readFileSync(file, 'utf8'));
      // Progress for large counts, and an errors column on request.
      const big = capture();
      await runSynth(['--count', '60000', '--out', path.join(dir, 'big.csv'), '--errors-column'], { stdout: capture().stream, stderr: big.stream });
      expect(big.text()).toContain('60,000 / 60,000 records (100%)');
      expect(fs.readFileSync(path.join(dir, 'big.csv'), 'utf8').split('\n', 1)[0]).toBe(`${CSV_HEADER},errors`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects bad arguments with a usage error', async () => {
    const io = { stdout: capture().stream, stderr: capture().stream };
    await expect(runSynth(['--out', 'x.csv'], io)).rejects.toThrow(UsageError);
    await expect(runSynth(['--count', '10'], io)).rejects.toThrow(/--out/);
    await expect(runSynth(['--count', 'ten', '--out', 'x.csv'], io)).rejects.toThrow(/--count/);
    await expect(runSynth(['--count', '10', '--out', 'x.csv', '--duplicate-rate', '1.5'], io)).rejects.toThrow(/--duplicate-rate/);
    await expect(runSynth(['--count', '10', '--out', 'x.csv', '--error-profile', 'awful'], io)).rejects.toThrow(/--error-profile/);
    await expect(runSynth(['--count', '10', '--out', 'x.csv', '--colour'], io)).rejects.toThrow(UsageError);
    await expect(runSynth(['--count', '10', '--out', 'x.csv', '--local-share', '0.3'], io)).rejects.toThrow(/--local-postcodes/);
    await expect(runSynth(['--count', '10', '--out', 'x.csv', '--local-postcodes', '/nonexistent.csv'], io)).rejects.toThrow(/no file/);
  });
});
