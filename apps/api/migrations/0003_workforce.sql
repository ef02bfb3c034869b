-- Workforce: the force's geography (stations, beats, the postcode gazetteer) and its people
-- (teams, officers and staff). Empty here: a real force loads its own; demo mode seeds the
-- City of London demo force (apps/api/src/modules/workforce/demo).
-- migrate:up

create table station (
  id uuid primary key default gen_random_uuid(),
  -- Short code used on screens and in radio traffic, e.g. 'BSG'.
  code text not null unique,
  name text not null,
  address text not null,
  postcode text not null,
  latitude double precision not null,
  longitude double precision not null,
  constraint station_coordinates_check check (latitude between -90 and 90 and longitude between -180 and 180)
);

-- A beat is the patch a neighbourhood team looks after and the unit demand is counted in.
create table beat (
  id uuid primary key default gen_random_uuid(),
  code text not null unique,
  name text not null,
  station_id uuid not null references station (id),
  -- Which of the neighbourhood teams (Business, Residents, Engagement) leads on the beat, if one does.
  neighbourhood_team text,
  -- Mean position of the beat's postcodes: where a map centres it, not a boundary.
  centroid_latitude double precision not null,
  centroid_longitude double precision not null,
  constraint beat_neighbourhood_team_check check (neighbourhood_team in ('business', 'residents', 'engagement'))
);
create index beat_station_idx on beat (station_id);

-- The gazetteer: every postcode the force may be told about, inside its area or not, so a look-up
-- can answer "outside the force area" rather than "unknown".
create table postcode (
  -- Upper case with one space before the inward code ('EC2M 4NP'): callers normalise before looking up.
  postcode text primary key,
  latitude double precision not null,
  longitude double precision not null,
  beat_id uuid references beat (id),
  in_force_area boolean not null,
  constraint postcode_format_check check (postcode ~ '^[A-Z0-9]{2,4} [0-9][A-Z]{2}$'),
  -- Only a postcode in the force area belongs to one of its beats.
  constraint postcode_beat_in_area_check check (in_force_area or beat_id is null)
);
create index postcode_beat_idx on postcode (beat_id);

create table team (
  id uuid primary key default gen_random_uuid(),
  code text not null unique,
  name text not null,
  kind text not null,
  -- Set only on neighbourhood teams: the force splits them into Business, Residents and Engagement.
  neighbourhood_focus text,
  station_id uuid references station (id),
  created_at timestamptz not null default now(),
  constraint team_kind_check check (kind in ('response', 'neighbourhood', 'cid', 'crime_management_unit', 'control_room', 'other')),
  constraint team_neighbourhood_focus_check check (neighbourhood_focus in ('business', 'residents', 'engagement')),
  constraint team_focus_only_neighbourhood_check check (neighbourhood_focus is null or kind = 'neighbourhood')
);
create index team_station_idx on team (station_id);

-- Officers and police staff. A PCSO is police staff with some powers, not a police officer.
create table staff (
  id uuid primary key default gen_random_uuid(),
  -- Shoulder number for officers and PCSOs (e.g. '247CP'), staff number for police staff.
  collar_number text not null unique,
  first_name text not null,
  last_name text not null,
  rank text not null,
  -- What the person does, whatever their rank: 'Response officer', 'Call handler', 'Analyst'.
  role_title text not null,
  is_police_officer boolean not null,
  team_id uuid references team (id),
  station_id uuid references station (id),
  line_manager_id uuid references staff (id),
  email text,
  started_on date not null,
  is_active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- Optimistic concurrency: an update names the version it read; a stale one gets 409.
  version integer not null default 1,
  constraint staff_rank_check check (rank in (
    'Police Constable', 'Sergeant', 'Inspector', 'Chief Inspector', 'Superintendent', 'Chief Superintendent',
    'Commander', 'Detective Constable', 'Detective Sergeant', 'Detective Inspector', 'PCSO', 'Police Staff'
  )),
  -- The flag is derived from the rank but stored, so filters and counts do not repeat the rank list.
  constraint staff_is_police_officer_check check (is_police_officer = (rank not in ('PCSO', 'Police Staff'))),
  constraint staff_line_manager_not_self_check check (line_manager_id <> id)
);
create index staff_team_idx on staff (team_id);
create index staff_station_idx on staff (station_id);
create index staff_line_manager_idx on staff (line_manager_id);
create unique index staff_email_key on staff (lower(email));
-- Name search ("smi", "smith j") is a substring match on "last first": trigrams make it an index scan.
create index staff_name_trgm_idx on staff using gin (lower(last_name || ' ' || first_name) gin_trgm_ops);
-- The directory's order (surname, first name, id): pages are read off the index, not sorted per request.
create index staff_directory_order_idx on staff (last_name, first_name, id) where is_active;

-- 0001 created app_user before the workforce existed; now the link to a person can be enforced.
alter table app_user add constraint app_user_staff_fk foreign key (staff_id) references staff (id);
create index app_user_staff_idx on app_user (staff_id);

-- migrate:down
drop index app_user_staff_idx;
alter table app_user drop constraint app_user_staff_fk;
-- The people the accounts pointed at are gone; a dangling id would block migrating up again.
update app_user set staff_id = null where staff_id is not null;
drop table staff;
drop table team;
drop table postcode;
drop table beat;
drop table station;
