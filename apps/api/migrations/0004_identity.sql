-- Identity: the person / location core every other module links to (POLE). A person's names, phones,
-- emails, addresses, identifiers and flags are rows of their own so that each change is one audited
-- row, removals are kept as history (removed_at), and a merge can be undone without copying data.
-- migrate:up

-- A place, however it was typed: `address_key` is the normalised address (see
-- modules/identity/normalise/address.ts), so "12 High St, EC2M 4NP" and "12 high street ec2m4np"
-- are one row.
create table location (
  id uuid primary key default gen_random_uuid(),
  -- The address as first given, tidied (title case, abbreviations expanded), for screens.
  address text not null,
  address_key text not null,
  -- Upper-case normalised address without punctuation: what text search (trigrams) runs on.
  search_text text not null,
  flat text,
  -- 0 ground, -1 basement, 1 first floor…
  floor integer,
  building_number text,
  -- Upper case with one space ('EC2M 4NP'), or null when the caller gave none.
  postcode text,
  latitude double precision,
  longitude double precision,
  -- Where the coordinates came from: given by the caller, or the postcode's centre from the gazetteer.
  coordinates_source text,
  premises_type text,
  -- Set when the place was merged into another: the record then answers with a pointer to it.
  -- Always points at a record that is not itself merged (a later merge repoints).
  merged_into_id uuid references location (id),
  created_at timestamptz not null default now(),
  created_by uuid,
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  constraint location_coordinates_check check ((latitude is null) = (longitude is null) and (latitude is null or (latitude between -90 and 90 and longitude between -180 and 180))),
  constraint location_coordinates_source_check check ((coordinates_source is null) = (latitude is null) and (coordinates_source is null or coordinates_source in ('given', 'postcode'))),
  constraint location_premises_type_check check (premises_type in (
    'residential', 'commercial', 'licensed_premises', 'school', 'hospital', 'care_home', 'transport', 'public_space', 'government', 'religious', 'other'
  )),
  constraint location_not_merged_into_self_check check (merged_into_id <> id)
);
-- "Unique-ish": one live record per normalised address; a merged record keeps its key (and so still
-- resolves to its survivor) without blocking anything.
create unique index location_address_key_live_idx on location (address_key) where merged_into_id is null;
create index location_address_key_idx on location (address_key);
create index location_postcode_idx on location (postcode);
create index location_merged_into_idx on location (merged_into_id);
create index location_search_trgm_idx on location using gin (search_text gin_trgm_ops);

create table location_flag (
  id uuid primary key default gen_random_uuid(),
  seq bigint generated always as identity,
  location_id uuid not null references location (id),
  kind text not null,
  -- Only on warning markers: what the marker warns of.
  marker_type text,
  note text,
  set_at timestamptz not null default now(),
  set_by uuid,
  set_by_username text,
  -- A flag is never deleted: removal is recorded, with who and why.
  removed_at timestamptz,
  removed_by uuid,
  removed_by_username text,
  removal_reason text,
  constraint location_flag_kind_check check (kind in ('critical_site', 'repeat_location', 'warning_marker')),
  constraint location_flag_marker_check check ((kind = 'warning_marker') = (marker_type is not null))
);
create index location_flag_location_idx on location_flag (location_id);

create table person (
  id uuid primary key default gen_random_uuid(),
  -- Null when unknown; the matching engine treats a missing date as no evidence either way.
  date_of_birth date,
  gender text,
  merged_into_id uuid references person (id),
  created_at timestamptz not null default now(),
  created_by uuid,
  updated_at timestamptz not null default now(),
  -- Bumped by every change to the person or any of their names, phones, addresses…
  version integer not null default 1,
  constraint person_gender_check check (gender in ('male', 'female', 'other', 'unknown')),
  constraint person_not_merged_into_self_check check (merged_into_id <> id)
);
create index person_dob_idx on person (date_of_birth);
create index person_merged_into_idx on person (merged_into_id);

-- Each detail row records who added it; a removal is kept as history (removed_at, removed_by).
-- seq is insertion order: details given together (one transaction, one now()) keep their order.
create table person_name (
  id uuid primary key default gen_random_uuid(),
  seq bigint generated always as identity,
  person_id uuid not null references person (id),
  kind text not null,
  given_names text not null,
  family_name text not null,
  -- How the name is said and written: 'given_first' (Jane Smith) or 'family_first' (Mao Zedong).
  name_order text not null default 'given_first',
  added_at timestamptz not null default now(),
  added_by uuid,
  removed_at timestamptz,
  removed_by uuid,
  constraint person_name_kind_check check (kind in ('birth', 'alias', 'maiden', 'previous', 'preferred')),
  constraint person_name_order_check check (name_order in ('given_first', 'family_first'))
);
create index person_name_person_idx on person_name (person_id);
-- Name search matches word prefixes anywhere in "given family" ('SMI' in 'Jane Smythe-Jones'):
-- trigrams make the substring test an index scan.
create index person_name_trgm_idx on person_name using gin (upper(given_names || ' ' || family_name) gin_trgm_ops) where removed_at is null;

create table person_phone (
  id uuid primary key default gen_random_uuid(),
  seq bigint generated always as identity,
  person_id uuid not null references person (id),
  -- E.164 ('+442076012222'): the same number however it was written.
  number text not null,
  added_at timestamptz not null default now(),
  added_by uuid,
  removed_at timestamptz,
  removed_by uuid,
  constraint person_phone_e164_check check (number ~ '^\+[1-9][0-9]{6,14}$')
);
create index person_phone_person_idx on person_phone (person_id);
create index person_phone_number_idx on person_phone (number) where removed_at is null;

create table person_email (
  id uuid primary key default gen_random_uuid(),
  seq bigint generated always as identity,
  person_id uuid not null references person (id),
  -- Lower case.
  address text not null,
  added_at timestamptz not null default now(),
  added_by uuid,
  removed_at timestamptz,
  removed_by uuid
);
create index person_email_person_idx on person_email (person_id);
create index person_email_address_idx on person_email (address) where removed_at is null;

-- Where a person lived (or lives), from/to: each address a link to a location.
create table person_address (
  id uuid primary key default gen_random_uuid(),
  seq bigint generated always as identity,
  person_id uuid not null references person (id),
  location_id uuid not null references location (id),
  valid_from date,
  valid_to date,
  added_at timestamptz not null default now(),
  added_by uuid,
  removed_at timestamptz,
  removed_by uuid,
  constraint person_address_dates_check check (valid_to is null or valid_from is null or valid_to >= valid_from)
);
create index person_address_person_idx on person_address (person_id);
create index person_address_location_idx on person_address (location_id);

create table person_identifier (
  id uuid primary key default gen_random_uuid(),
  seq bigint generated always as identity,
  person_id uuid not null references person (id),
  -- 'ni_number' (AB123456C), 'pnc_id' (12/345678A) or 'other' (with a description: passport, driving licence…).
  kind text not null,
  -- Normalised (upper case, no spaces) so look-ups match however it was typed.
  value text not null,
  description text,
  added_at timestamptz not null default now(),
  added_by uuid,
  removed_at timestamptz,
  removed_by uuid,
  constraint person_identifier_kind_check check (kind in ('ni_number', 'pnc_id', 'other'))
);
create index person_identifier_person_idx on person_identifier (person_id);
create index person_identifier_value_idx on person_identifier (value) where removed_at is null;

create table person_flag (
  id uuid primary key default gen_random_uuid(),
  seq bigint generated always as identity,
  person_id uuid not null references person (id),
  kind text not null,
  marker_type text,
  note text,
  set_at timestamptz not null default now(),
  set_by uuid,
  set_by_username text,
  removed_at timestamptz,
  removed_by uuid,
  removed_by_username text,
  removal_reason text,
  constraint person_flag_kind_check check (kind in ('vulnerable', 'repeat_victim', 'warning_marker')),
  constraint person_flag_marker_check check ((kind = 'warning_marker') = (marker_type is not null))
);
create index person_flag_person_idx on person_flag (person_id);

-- A person's part in an event of another module (a contact, an incident, a crime). Written only
-- through the identity module's public functions; event ids are text so any module's key fits.
create table person_event_link (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id),
  event_type text not null,
  event_id text not null,
  role text not null,
  linked_at timestamptz not null default now(),
  linked_by uuid,
  constraint person_event_link_role_check check (role in ('caller', 'victim', 'witness', 'suspect', 'offender')),
  constraint person_event_link_type_check check (event_type ~ '^[a-z][a-z_]{0,39}$'),
  constraint person_event_link_key unique (event_type, event_id, role, person_id)
);
create index person_event_link_person_idx on person_event_link (person_id);

-- A vehicle by its registration mark (VRM), written one way: upper case, no spaces ('AB12CDE').
create table vehicle (
  id uuid primary key default gen_random_uuid(),
  vrm text not null,
  make text,
  model text,
  colour text,
  created_at timestamptz not null default now(),
  created_by uuid,
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  constraint vehicle_vrm_check check (vrm ~ '^[A-Z0-9]{2,8}$'),
  constraint vehicle_vrm_key unique (vrm)
);

-- Every merge of two persons or two locations, kept for good: who, when, why, the merged record
-- as it stood, and the unmerge when there is one.
create table identity_merge (
  id uuid primary key default gen_random_uuid(),
  entity_type text not null,
  survivor_id uuid not null,
  merged_id uuid not null,
  reason text not null,
  -- The merged record as the API showed it just before the merge.
  snapshot jsonb not null,
  -- Records earlier merged into the merged one, repointed to the survivor; an unmerge points them back.
  repointed_ids uuid[] not null default '{}',
  merged_at timestamptz not null default now(),
  merged_by uuid,
  merged_by_username text,
  unmerged_at timestamptz,
  unmerged_by uuid,
  unmerged_by_username text,
  unmerge_reason text,
  constraint identity_merge_entity_type_check check (entity_type in ('person', 'location'))
);
create index identity_merge_survivor_idx on identity_merge (entity_type, survivor_id);
create index identity_merge_merged_idx on identity_merge (entity_type, merged_id);

insert into policy_setting (key, value, description) values
  ('identity.reasonRequiredForPersonRead', 'false', 'Opening a person record needs a reason, kept on the audit record');

-- migrate:down
delete from policy_setting where key = 'identity.reasonRequiredForPersonRead';
drop table identity_merge;
drop table vehicle;
drop table person_event_link;
drop table person_flag;
drop table person_identifier;
drop table person_address;
drop table person_email;
drop table person_phone;
drop table person_name;
drop table person;
drop table location_flag;
drop table location;
