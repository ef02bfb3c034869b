/**
 * Writes the demo force's data files in this folder from the shared third-party data sets
 * (attribution in SOURCES.md). Run: `npx tsx apps/api/data/demo/build-demo-data.ts`
 * (set BLUELAMP_SHARED_DATA when the shared data folder is not at ../shared/data beside the project).
 *
 * The outputs are committed; the application reads only them, never the shared folder.
 *   ec-postcodes.csv  every EC postcode, normalised ("EC2M 4NP"), with its WGS84 coordinates
 *   first-names.csv   the 400 most frequent first names of each sex
 *   surnames.csv      the 1,000 most frequent surnames
 */
import fs from 'node:fs';
import path from 'node:path';

const HERE = import.meta.dirname;
const SHARED = path.resolve(process.env.BLUELAMP_SHARED_DATA ?? path.join(HERE, '../../../../../shared/data'));

function readCsv(file: string): Record<string, string>[] {
  const full = path.join(SHARED, file);
  if (!fs.existsSync(full)) throw new Error(`${full} not found: set BLUELAMP_SHARED_DATA to the shared data folder`);
  const lines = fs.readFileSync(full, 'utf8').split(/\r?\n/).filter((l) => l !== '');
  // These files have no quoted commas: a quote only wraps a whole field.
  const parse = (line: string) => line.split(',').map((f) => f.replace(/^"(.*)"$/, '$1'));
  const [header, ...rows] = lines.map(parse);
  if (!header) throw new Error(`${file} is empty`);
  return rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
}

const write = (file: string, header: string, rows: string[]): void => {
  fs.writeFileSync(path.join(HERE, file), `${header}\n${rows.join('\n')}\n`);
  console.log(`${file}: ${rows.length} rows`);
};

// Postcodes: all of them, including those outside the City (EC1 is mostly Islington and Camden),
// so a look-up can say "outside the force area" rather than "unknown". Coordinates unchanged (5 dp).
const postcodes = readCsv('postcodes-ec-nspl/EC.csv').map((r) => {
  const pc = (r.Postcode ?? '').toUpperCase();
  if (!/^EC[0-9][A-Z0-9]?[0-9][A-Z]{2}$/.test(pc)) throw new Error(`unexpected postcode ${pc}`);
  return `${pc.slice(0, -3)} ${pc.slice(-3)},${r.lat},${r.long}`;
});
write('ec-postcodes.csv', 'postcode,latitude,longitude', postcodes);

// First names: the source is a sample of ONS baby-name shares (births 1996-2018), a name appearing in
// only some years. The mean share over the years it appears estimates its popularity.
const firstNameShares = new Map<string, { sex: string; name: string; total: number; years: number }>();
for (const r of readCsv('ons-names-sdglinkage/firstname_uk.csv')) {
  const key = `${r.sex}|${r.firstname}`;
  const entry = firstNameShares.get(key) ?? { sex: r.sex ?? '', name: r.firstname ?? '', total: 0, years: 0 };
  entry.total += Number(r.freq);
  entry.years += 1;
  firstNameShares.set(key, entry);
}
const firstNames: string[] = [];
for (const sex of ['female', 'male']) {
  [...firstNameShares.values()]
    .filter((e) => e.sex === sex)
    .map((e) => ({ ...e, share: e.total / e.years }))
    .sort((a, b) => b.share - a.share || a.name.localeCompare(b.name))
    .slice(0, 400)
    .forEach((e) => firstNames.push(`${e.name},${sex},${e.share.toPrecision(4)}`));
}
write('first-names.csv', 'name,sex,freq', firstNames);

// Surnames: a few appear twice in the source (obrien, oneill); their shares are added together.
const surnameShares = new Map<string, number>();
for (const r of readCsv('ons-names-sdglinkage/lastname_uk.csv')) {
  surnameShares.set(r.surname ?? '', (surnameShares.get(r.surname ?? '') ?? 0) + Number(r.freq));
}
const surnames = [...surnameShares.entries()]
  .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  .slice(0, 1000)
  .map(([name, share]) => `${name},${share.toPrecision(4)}`);
write('surnames.csv', 'name,freq', surnames);
