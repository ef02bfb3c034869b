/**
 * Writes apps/api/migrations/0002_reference.sql from the CSV files in this folder and the
 * hand-curated lists below. Run: `npx tsx apps/api/data/reference/build-migration.ts`.
 *
 * The generated SQL is committed; the application never reads these files at run time. Once 0002
 * has shipped, the migrator refuses a changed file: changes then go in a new migration.
 */
import fs from 'node:fs';
import path from 'node:path';

const HERE = import.meta.dirname;
const OUT = path.resolve(HERE, '../../migrations/0002_reference.sql');

/** Minimal RFC 4180 reader: quoted fields may hold commas and doubled quotes; no embedded newlines here. */
function readCsv(file: string): Record<string, string>[] {
  const lines = fs.readFileSync(path.join(HERE, file), 'utf8').split(/\r?\n/).filter((l) => l !== '');
  const parse = (line: string): string[] => {
    const out: string[] = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted) {
        if (c === '"' && line[i + 1] === '"') {
          field += '"';
          i++;
        } else if (c === '"') quoted = false;
        else field += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') {
        out.push(field);
        field = '';
      } else field += c;
    }
    if (quoted) throw new Error(`${file}: unterminated quote in: ${line}`);
    out.push(field);
    return out;
  };
  const [header, ...rows] = lines.map(parse);
  if (!header) throw new Error(`${file} is empty`);
  return rows.map((cells, n) => {
    if (cells.length !== header.length) throw new Error(`${file} row ${n + 2}: ${cells.length} fields, expected ${header.length}`);
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  });
}

const q = (v: string | null): string => (v === null ? 'null' : `'${v.replaceAll("'", "''")}'`);
const b = (v: boolean): string => (v ? 'true' : 'false');
const fail = (message: string): never => {
  throw new Error(message);
};

// ---------------------------------------------------------------------------------------------
// Response grades: the inspection letter's force (domain reference 3.4).

const GRADES = [
  { code: 'immediate', name: 'Immediate', description: 'Threat to life or serious harm, or a crime in progress: attend as soon as possible', target: 12 * 60 },
  { code: 'scheduled', name: 'Scheduled', description: 'Needs police attendance soon but there is no immediate threat', target: 60 * 60 },
  { code: 'routine', name: 'Routine', description: 'No urgency: attend by appointment or deal with by other means', target: 48 * 3600 },
];

// ---------------------------------------------------------------------------------------------
// data.police.uk crime categories (domain reference 3.8); names must match the public CSV wording.

const POLICE_UK = [
  ['anti-social-behaviour', 'Anti-social behaviour'],
  ['bicycle-theft', 'Bicycle theft'],
  ['burglary', 'Burglary'],
  ['criminal-damage-arson', 'Criminal damage and arson'],
  ['drugs', 'Drugs'],
  ['other-theft', 'Other theft'],
  ['possession-of-weapons', 'Possession of weapons'],
  ['public-order', 'Public order'],
  ['robbery', 'Robbery'],
  ['shoplifting', 'Shoplifting'],
  ['theft-from-the-person', 'Theft from the person'],
  ['vehicle-crime', 'Vehicle crime'],
  ['violent-crime', 'Violence and sexual offences'],
  ['other-crime', 'Other crime'],
] as const;

const observed = new Set(readCsv('police_uk_observed_vocabularies.csv').filter((r) => r.column === 'street.Crime type').map((r) => r.value));
for (const [code, name] of POLICE_UK) if (!observed.has(name)) fail(`police.uk category ${code}: "${name}" not in the observed street.Crime type values`);
if (observed.size !== POLICE_UK.length) fail(`observed ${observed.size} police.uk crime types, listed ${POLICE_UK.length}`);
const policeUkCodes = new Set<string>(POLICE_UK.map(([code]) => code));

// ---------------------------------------------------------------------------------------------
// Offence codes: the ONS hierarchy with Home Office codes, plus the hand-made annotations.

type Offence = { code: string; label: string; parent: string | null; isLeaf: boolean; group: string | null; outcomesOnly: boolean; category: string | null; terms: string };

const hierarchy = readCsv('ons_crime_offence_hierarchy_with_ho_codes_2017_18.csv');
if (hierarchy.length !== 164) fail(`expected 164 offence rows, found ${hierarchy.length}`);
const byCode = new Map(hierarchy.map((r) => [r.code ?? '', r]));
if (byCode.size !== hierarchy.length) fail('duplicate offence codes');
const parents = new Set(hierarchy.map((r) => r.parent_code).filter((p) => p));
const ROOT = 'offence';

const annotations = new Map(readCsv('offence_code_annotations.csv').map((r) => [r.code ?? '', r]));
const offences: Offence[] = hierarchy.map((r) => {
  const code = r.code ?? '';
  const parent = r.parent_code || null;
  if (parent && !byCode.has(parent)) fail(`${code}: unknown parent ${parent}`);
  // The top-level group is the ancestor whose parent is the root.
  let group: string | null = null;
  if (code !== ROOT) {
    let at = r;
    while (at.parent_code !== ROOT) at = byCode.get(at.parent_code ?? '') ?? fail(`${code}: broken ancestry`);
    group = at.label ?? null;
  }
  const isLeaf = !parents.has(code);
  const note = annotations.get(code);
  if (isLeaf && !note) fail(`leaf ${code} (${r.label}) has no row in offence_code_annotations.csv`);
  if (!isLeaf && note) fail(`${code} is not a leaf but has an annotation`);
  const category = note?.police_uk_category_code || null;
  if (category && !policeUkCodes.has(category)) fail(`${code}: unknown police.uk category ${category}`);
  if (isLeaf && !category && group !== 'Fraud offences') fail(`${code}: only fraud may lack a police.uk category`);
  if (category && group === 'Fraud offences') fail(`${code}: fraud is not published on police.uk`);
  return {
    code,
    label: r.label ?? '',
    parent,
    isLeaf,
    group,
    outcomesOnly: /\(outcomes? only\)/i.test(r.label ?? ''),
    category,
    terms: (note?.search_terms ?? '').split(';').map((t) => t.trim()).filter(Boolean).join('; '),
  };
});
for (const code of annotations.keys()) if (!byCode.has(code)) fail(`annotation for unknown code ${code}`);
const leaves = offences.filter((o) => o.isLeaf);
if (leaves.length !== 136) fail(`expected 136 leaves, found ${leaves.length}`);

// Parents first, so every row's parent already exists when it is inserted.
const depth = (o: Offence): number => (o.parent ? 1 + depth(offences.find((p) => p.code === o.parent) ?? fail('parent')) : 0);
const ordered = [...offences].sort((a, b2) => depth(a) - depth(b2));

// ---------------------------------------------------------------------------------------------
// Outcome types: the 22 numbered types from the CSV, plus sub-type 1A from domain reference 3.2.
// 0 ("not yet assigned an outcome") is a statistics code, not an outcome, so it is left out.

const outcomeRows = readCsv('home_office_crime_outcome_types.csv');
if (outcomeRows.length !== 22) fail(`expected 22 outcome types, found ${outcomeRows.length}`);
const outcomes = outcomeRows.map((r) => ({
  code: r.outcome_type ?? '',
  label: r.label ?? '',
  group: r.outcome_group ?? '',
  parent: null as string | null,
  sort: Number(r.outcome_type) * 10,
}));
outcomes.forEach((o, i) => o.code === String(i + 1) || fail(`outcome row ${i + 1} has code ${o.code}`));
const charged = outcomes[0] ?? fail('no outcome 1');
outcomes.splice(1, 0, { code: '1A', label: 'Charged or summonsed, alternate offence', group: charged.group, parent: '1', sort: 15 });

// ---------------------------------------------------------------------------------------------
// Incident categories, after NSIR 2011's National Incident Category List (domain reference 3.5).
// The grade is only the starting point: the call handler's THRIVE assessment sets the real one.

type NsirClass = 'crime' | 'anti_social_behaviour' | 'public_safety' | 'transport';
type Grade = 'immediate' | 'scheduled' | 'routine';
const INCIDENT_CATEGORIES: { code: string; name: string; cls: NsirClass; grade: Grade; why?: string }[] = [
  { code: 'violence', name: 'Violence or assault', cls: 'crime', grade: 'immediate' },
  { code: 'sexual-offence', name: 'Sexual offence', cls: 'crime', grade: 'immediate', why: 'forensic opportunities and a victim at risk' },
  { code: 'robbery', name: 'Robbery', cls: 'crime', grade: 'immediate', why: 'offender often still nearby' },
  { code: 'burglary-residential', name: 'Burglary – residential', cls: 'crime', grade: 'scheduled', why: 'in progress is re-graded immediate' },
  { code: 'burglary-business', name: 'Burglary – business and community', cls: 'crime', grade: 'scheduled' },
  { code: 'theft', name: 'Theft', cls: 'crime', grade: 'routine' },
  { code: 'shoplifting', name: 'Shoplifting', cls: 'crime', grade: 'scheduled', why: 'usually an offender detained by store staff' },
  { code: 'vehicle-crime', name: 'Vehicle crime', cls: 'crime', grade: 'routine' },
  { code: 'criminal-damage', name: 'Criminal damage or arson', cls: 'crime', grade: 'routine', why: 'a fire still burning is the fire category' },
  { code: 'drugs', name: 'Drugs', cls: 'crime', grade: 'routine' },
  { code: 'weapons', name: 'Person with a weapon', cls: 'crime', grade: 'immediate' },
  { code: 'public-order', name: 'Public order offence', cls: 'crime', grade: 'scheduled' },
  { code: 'harassment', name: 'Harassment or stalking', cls: 'crime', grade: 'scheduled' },
  { code: 'fraud', name: 'Fraud', cls: 'crime', grade: 'routine', why: 'most are referred to Action Fraud' },
  { code: 'other-crime', name: 'Other crime', cls: 'crime', grade: 'routine' },
  { code: 'asb-personal', name: 'Anti-social behaviour – personal', cls: 'anti_social_behaviour', grade: 'scheduled', why: 'aimed at a person or group, so a possible vulnerable or repeat victim' },
  { code: 'asb-nuisance', name: 'Anti-social behaviour – nuisance', cls: 'anti_social_behaviour', grade: 'routine' },
  { code: 'asb-environmental', name: 'Anti-social behaviour – environmental', cls: 'anti_social_behaviour', grade: 'routine' },
  // Domain reference 3.5 lists domestic incident under Public Safety and Welfare (unverified).
  { code: 'domestic-incident', name: 'Domestic incident', cls: 'public_safety', grade: 'immediate', why: 'NSIR public safety and welfare; a disclosed crime is recorded as well' },
  { code: 'concern-for-safety', name: 'Concern for safety', cls: 'public_safety', grade: 'immediate' },
  { code: 'missing-person', name: 'Missing person', cls: 'public_safety', grade: 'immediate', why: 'risk is assessed first; low-risk cases are re-graded' },
  { code: 'sudden-death', name: 'Sudden death', cls: 'public_safety', grade: 'scheduled' },
  { code: 'suspicious-package', name: 'Suspicious package', cls: 'public_safety', grade: 'immediate' },
  { code: 'alarm-activation', name: 'Alarm activation', cls: 'public_safety', grade: 'immediate', why: 'monitored intruder and personal-attack alarms get a police response' },
  { code: 'abandoned-call', name: 'Abandoned or silent call', cls: 'public_safety', grade: 'scheduled', why: 'after a failed call-back' },
  { code: 'collapse-injury-illness', name: 'Collapse, injury or illness', cls: 'public_safety', grade: 'immediate' },
  { code: 'fire', name: 'Fire', cls: 'public_safety', grade: 'immediate' },
  { code: 'civil-dispute', name: 'Civil dispute', cls: 'public_safety', grade: 'routine' },
  { code: 'licensing', name: 'Licensing', cls: 'public_safety', grade: 'routine' },
  { code: 'protest-demonstration', name: 'Protest or demonstration', cls: 'public_safety', grade: 'scheduled' },
  { code: 'lost-found-property', name: 'Lost or found property', cls: 'public_safety', grade: 'routine' },
  { code: 'rtc-injury', name: 'Road traffic collision – injury', cls: 'transport', grade: 'immediate' },
  { code: 'rtc-damage-only', name: 'Road traffic collision – damage only', cls: 'transport', grade: 'routine', why: 'a blocked road is highway disruption' },
  { code: 'highway-disruption', name: 'Highway disruption', cls: 'transport', grade: 'scheduled' },
  { code: 'road-related-offence', name: 'Road-related offence', cls: 'transport', grade: 'immediate', why: 'typically a drink or dangerous driver on the move' },
];
if (new Set(INCIDENT_CATEGORIES.map((c) => c.code)).size !== INCIDENT_CATEGORIES.length) fail('duplicate incident category');

// ---------------------------------------------------------------------------------------------
// The SQL.

const values = (rows: string[][]): string => rows.map((r) => `  (${r.join(', ')})`).join(',\n');
const sql = `-- Reference data: response grades, data.police.uk crime categories, Home Office offence codes,
-- crime outcome types and incident categories. Every row is inserted here, so a production install
-- has it without seeding.
--
-- GENERATED by apps/api/data/reference/build-migration.ts from the CSVs in apps/api/data/reference
-- (sources and licences in SOURCES.md there). Do not edit by hand.
-- migrate:up

-- The force's graded-response targets (domain reference 3.4). The force may change a target, so the
-- row carries a version (a stale edit gets 409) and who changed it last.
create table response_grade (
  code text primary key,
  name text not null,
  description text not null,
  -- Time to arrive, counted from the moment the incident is graded.
  target_seconds integer not null,
  sort_order integer not null,
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  updated_by uuid references app_user (id),
  constraint response_grade_target_seconds_check check (target_seconds > 0)
);
insert into response_grade (code, name, description, target_seconds, sort_order) values
${values(GRADES.map((g, i) => [q(g.code), q(g.name), q(g.description), String(g.target), String(i + 1)]))};

-- data.police.uk crime categories, keyed by the API slug; the name is the wording of the public CSV
-- files. 'all-crime' is an API filter, not a category, so it is not here.
create table police_uk_category (
  code text primary key,
  name text not null,
  sort_order integer not null
);
insert into police_uk_category (code, name, sort_order) values
${values(POLICE_UK.map(([code, name], i) => [q(code), q(name), String(i + 1)]))};

-- Home Office offence classification (ONS police-recorded-crime hierarchy, 2017/18 vintage). Leaf
-- rows carry the Home Office code (e.g. 8N, 30C); the rows above them carry ONS group slugs.
-- A few leaves are ONS aggregates (1-4.1-4.10-4.2 is homicide: HO codes 1, 4.1, 4.10, 4.2).
-- "(outcomes only)" codes appear only in outcomes tables (codes replaced by 2017/18, or fraud that
-- Action Fraud now records): kept for the outcomes of older crimes, not offered for a new crime.
create table offence_code (
  code text primary key,
  label text not null,
  parent_code text references offence_code (code),
  is_leaf boolean not null,
  -- The offence group under "Total offences" (e.g. Theft offences); null only on that root row.
  group_label text,
  is_outcomes_only boolean not null default false,
  -- The data.police.uk category a crime with this code is published under, mapped by hand.
  -- Null on group rows and on fraud: police.uk does not publish fraud (Action Fraud records it).
  police_uk_category_code text references police_uk_category (code),
  -- Everyday names that are not in the official label ("theft from shop", "ABH", "TWOC"), for search.
  search_terms text not null default '',
  constraint offence_code_category_on_leaf_check check (police_uk_category_code is null or is_leaf)
);
create index offence_code_parent_idx on offence_code (parent_code);
-- Word and typo-tolerant search (pg_trgm comes from 0001).
create index offence_code_label_trgm_idx on offence_code using gin (lower(label) gin_trgm_ops);
create index offence_code_search_trgm_idx on offence_code using gin (lower(label || ' ' || search_terms) gin_trgm_ops);
insert into offence_code (code, label, parent_code, is_leaf, group_label, is_outcomes_only, police_uk_category_code, search_terms) values
${values(ordered.map((o) => [q(o.code), q(o.label), q(o.parent), b(o.isLeaf), q(o.group), b(o.outcomesOnly), q(o.category), q(o.terms)]))};

-- Home Office crime outcome types (outcomes framework, April 2014; 22 from April 2019). Codes and
-- labels are from the Home Office open data user guide. outcome_group was assigned by hand from the
-- Home Office group names and is UNVERIFIED (see SOURCES.md); the code-to-label mapping is reliable.
-- 1A is the only sub-type the domain reference gives; 0 ("not yet assigned") is not an outcome.
create table outcome_type (
  code text primary key,
  label text not null,
  outcome_group text not null,
  -- The numbered type a sub-type belongs to (1A -> 1); null for the numbered types.
  parent_code text references outcome_type (code),
  sort_order integer not null
);
insert into outcome_type (code, label, outcome_group, parent_code, sort_order) values
${values(outcomes.map((o) => [q(o.code), q(o.label), q(o.group), q(o.parent), String(o.sort)]))};

-- Categories a call handler opens an incident with, after the National Incident Category List of
-- NSIR 2011: crime-related, anti-social behaviour (with the personal / nuisance / environmental
-- qualifier), public safety and welfare, transport. The default grade is only a starting point: the
-- THRIVE assessment sets the real one. A force retires a category by deactivating it (incidents
-- keep referring to it).
create table incident_category (
  code text primary key,
  name text not null,
  nsir_class text not null,
  default_grade_code text not null references response_grade (code),
  sort_order integer not null,
  is_active boolean not null default true,
  constraint incident_category_nsir_class_check check (nsir_class in ('crime', 'anti_social_behaviour', 'public_safety', 'transport'))
);
insert into incident_category (code, name, nsir_class, default_grade_code, sort_order) values
${INCIDENT_CATEGORIES.map((c, i) => `  (${[q(c.code), q(c.name), q(c.cls), q(c.grade), String(i + 1)].join(', ')})${i < INCIDENT_CATEGORIES.length - 1 ? ',' : ';'}${c.why ? ` -- ${c.why}` : ''}`).join('\n')}

-- migrate:down
drop table incident_category;
drop table outcome_type;
drop table offence_code;
drop table police_uk_category;
drop table response_grade;
`;

fs.writeFileSync(OUT, sql);
console.log(`wrote ${path.relative(process.cwd(), OUT)}: ${offences.length} offence codes (${leaves.length} leaves), ${outcomes.length} outcome types, ${INCIDENT_CATEGORIES.length} incident categories`);
