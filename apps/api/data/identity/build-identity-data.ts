/**
 * Builds the compact name tables the person-matching engine reads, from ../shared/data
 * (see SOURCES.md). Run: `npx tsx apps/api/data/identity/build-identity-data.ts`.
 */
import fs from 'node:fs';
import path from 'node:path';

const here = import.meta.dirname;
const shared = path.resolve(here, '../../../../../shared/data');

const rows = (file: string): string[][] =>
  fs.readFileSync(path.join(shared, file), 'utf8').split(/\r?\n/).slice(1).filter(Boolean)
    .map((line) => line.split(',').map((cell) => cell.replace(/^"|"$/g, '').trim()));

const clean = (name: string): string => name.toLowerCase().replace(/[^a-z]/g, '');

function writePairs(file: string, header: string, pairs: Map<string, string>): void {
  const lines = [...pairs].map(([key, source]) => `${key},${source}`).sort();
  fs.writeFileSync(path.join(here, file), `${header}\n${lines.join('\n')}\n`);
}

function addPair(pairs: Map<string, string>, a: string, b: string, source: string): void {
  const x = clean(a);
  const y = clean(b);
  if (!x || !y || x === y || x.length < 2 || y.length < 2) return;
  const key = x < y ? `${x},${y}` : `${y},${x}`;
  const previous = pairs.get(key);
  pairs.set(key, previous && previous !== source ? 'both' : source);
}

// Forename ↔ nickname / variant pairs (undirected).
const forenames = new Map<string, string>();
for (const [name1, , name2] of rows('nicknames-carltonnorthern/names.csv')) addPair(forenames, name1!, name2!, 'nickname');
for (const [name1, name2] of rows('ons-names-sdglinkage/firstname_uk_variant.csv')) addPair(forenames, name1!, name2!, 'ons');
writePairs('forename-variants.csv', 'name_a,name_b,source', forenames);

const surnames = new Map<string, string>();
for (const [name1, name2] of rows('ons-names-sdglinkage/lastname_uk_variant.csv')) addPair(surnames, name1!, name2!, 'ons');
writePairs('surname-variants.csv', 'name_a,name_b,source', surnames);

// Frequencies: forenames summed over years and sexes, then normalised; surnames as given.
function writeFrequencies(file: string, counts: Map<string, number>): void {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const lines = [...counts].sort((a, b) => b[1] - a[1]).map(([name, f]) => `${name},${(f / total).toPrecision(3)}`);
  fs.writeFileSync(path.join(here, file), `name,share\n${lines.join('\n')}\n`);
}
const forenameFreq = new Map<string, number>();
for (const [name, freq] of rows('ons-names-sdglinkage/firstname_uk.csv')) {
  const key = clean(name!);
  if (key) forenameFreq.set(key, (forenameFreq.get(key) ?? 0) + Number(freq));
}
writeFrequencies('forename-frequencies.csv', forenameFreq);
const surnameFreq = new Map<string, number>();
for (const [name, freq] of rows('ons-names-sdglinkage/lastname_uk.csv')) {
  const key = clean(name!);
  if (key) surnameFreq.set(key, (surnameFreq.get(key) ?? 0) + Number(freq));
}
writeFrequencies('surname-frequencies.csv', surnameFreq);
console.log(`forename pairs ${forenames.size}, surname pairs ${surnames.size}, forenames ${forenameFreq.size}, surnames ${surnameFreq.size}`);
