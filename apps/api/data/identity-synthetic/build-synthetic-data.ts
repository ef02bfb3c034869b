/**
 * Writes the synthetic-population generator's data files in this folder from the shared third-party
 * data sets (attribution in SOURCES.md). Run: `npx tsx apps/api/data/identity-synthetic/build-synthetic-data.ts`
 * (set BLUELAMP_SHARED_DATA when the shared data folder is not at ../shared/data beside the project).
 *
 * The outputs are committed; the application reads only them, never the shared folder.
 *   uk-postcodes.csv  10,000 real UK postcodes ("SK14 4PZ") with WGS84 coordinates
 *   surnames.csv      every surname of the ONS-derived list (8,432) with its population share
 *   nicknames.csv     formal first name → diminutive, limited to names in use in the UK
 * First names come from ../demo/first-names.csv (and a hand-written table of older names in the code).
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

// Postcodes: normalised to one space, coordinates rounded to 5 dp (about 1 m). Sorted for a stable diff.
const postcodes = readCsv('uk-postcodes-sample-sdglinkage/address_uk.csv')
  .map((r) => {
    const pc = (r.postcode ?? '').toUpperCase().replace(/\s+/g, '');
    if (!/^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$/.test(pc)) throw new Error(`unexpected postcode ${r.postcode}`);
    return `${pc.slice(0, -3)} ${pc.slice(-3)},${Number(r.latitude).toFixed(5)},${Number(r.longitude).toFixed(5)}`;
  })
  .sort();
write('uk-postcodes.csv', 'postcode,latitude,longitude', [...new Set(postcodes)]);

// Surnames: duplicate entries in the source added together, most frequent first.
const surnameShares = new Map<string, number>();
for (const r of readCsv('ons-names-sdglinkage/lastname_uk.csv')) {
  const name = (r.surname ?? '').trim().toLowerCase();
  if (!/^[a-z][a-z' -]*[a-z]$/.test(name)) continue;
  surnameShares.set(name, (surnameShares.get(name) ?? 0) + Number(r.freq));
}
write(
  'surnames.csv',
  'name,freq',
  [...surnameShares].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([n, f]) => `${n},${Number(f.toPrecision(4))}`),
);

// Nicknames: the genealogy list has archaic forms (robert → dob, hob); keep a diminutive only when it
// is itself a name given in England and Wales (ONS baby names), or one of the everyday forms below
// that babies are rarely registered with. Formal names limited to those the generator can draw.
const everyday = new Set(
  'bob bobby rob robbie bill billy will jim jimmy jamie dave davy mike mick micky steve stevie chris kate katie kath cathy kathy liz lizzie beth betty sue suzie pat patsy peggy maggie meg jenny jen jan tom tommy dan danny joe joey tony ted teddy ed eddie fred freddie alf alfie sam sammy ben benny matt nick nicky andy drew pete ron ronnie don donny ken kenny les len lenny ray phil al alex sandy sandra tina val vicky vic di debbie deb sally mandy becky bec jo jill gill nat nell nellie abby abbie ally ellie em emmy lucy lou lulu ros rosie tess tessa trish jess jessie jack harry hal charlie chas chuck frank frankie gerry jerry greg larry terry tim timmy dick rick ricky nate zach zak josh tilly milly molly polly annie nan nancy fran frannie gail bridie kit kitty'.split(
    ' ',
  ),
);
const given = new Set(readCsv('ons-names-sdglinkage/firstname_uk.csv').map((r) => (r.firstname ?? '').toLowerCase()));
const formal = new Set(
  fs
    .readFileSync(path.join(HERE, '../demo/first-names.csv'), 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split(',')[0] ?? '')
    .filter(Boolean),
);
// Older names the generator also draws (the OLDER_FIRST_NAMES table in the code), so Margaret → Peggy works.
for (const n of 'margaret patricia susan linda christine elizabeth janet carol barbara sandra jean mary pauline valerie brenda shirley sheila maureen irene doreen joan dorothy kathleen gillian deborah karen julie tracey joanne alison michelle nicola helen jacqueline wendy angela lesley catherine rachel victoria rebecca david john michael peter paul robert stephen brian alan keith anthony kenneth christopher andrew mark richard ian colin raymond ronald derek terence gary dean darren lee neil philip martin graham trevor barry geoffrey roger leslie frederick albert arthur ernest harold edward william james thomas george charles francis patrick timothy simon jonathan matthew nicholas'.split(' '))
  formal.add(n);
const nicknames = readCsv('nicknames-carltonnorthern/names.csv')
  .filter((r) => r.relationship === 'has_nickname' && formal.has(r.name1 ?? '') && r.name1 !== r.name2)
  .filter((r) => everyday.has(r.name2 ?? '') || given.has(r.name2 ?? ''))
  .map((r) => `${r.name1},${r.name2}`);
write('nicknames.csv', 'name,nickname', [...new Set(nicknames)].sort());
