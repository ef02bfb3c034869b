-- Rosters and live availability: the skills people hold, shift types and rotating patterns, who
-- works which pattern, the changes supervisors make on top of it, minimum staffing, and each
-- officer's live status and last known position. The roster itself is not stored: it is computed
-- from patterns, assignments and changes (apps/api/src/modules/workforce/rosters).
-- migrate:up

-- The force's catalogue of skills and qualifications.
create table skill (
  -- Stable code, e.g. 'response_driving', 'pip2'.
  code text primary key,
  name text not null,
  category text not null,
  -- How long the qualification lasts before it must be renewed; null: it does not expire.
  validity_months integer,
  constraint skill_code_check check (code ~ '^[a-z0-9_]{2,40}$'),
  constraint skill_category_check check (category in ('driving', 'first_aid', 'investigation', 'public_order', 'firearms', 'specialist', 'control_room')),
  constraint skill_validity_check check (validity_months is null or validity_months between 1 and 240)
);

-- Who holds which skill, and until when (the day after expires_on they no longer hold it).
create table staff_skill (
  staff_id uuid not null references staff (id),
  skill_code text not null references skill (code),
  obtained_on date not null,
  expires_on date,
  primary key (staff_id, skill_code),
  constraint staff_skill_dates_check check (expires_on is null or expires_on >= obtained_on)
);
create index staff_skill_skill_idx on staff_skill (skill_code);

-- A kind of shift with local (Europe/London) wall-clock times. A night shift ends the next day;
-- across a clock change it is an hour shorter or longer than duration_minutes says.
create table shift_type (
  id uuid primary key default gen_random_uuid(),
  code text not null unique,
  name text not null,
  kind text not null,
  -- Minutes after local midnight the shift starts, and its nominal length; both null on a rest day.
  start_minute integer,
  duration_minutes integer,
  constraint shift_type_code_check check (code ~ '^[A-Z0-9_-]{1,20}$'),
  constraint shift_type_kind_check check (kind in ('early', 'late', 'night', 'day', 'rest')),
  constraint shift_type_times_check check (
    (kind = 'rest' and start_minute is null and duration_minutes is null)
    or (kind <> 'rest' and start_minute between 0 and 1439 and duration_minutes between 1 and 960)
  )
);

-- A rotating pattern: day i of the cycle is shift_pattern_day(day_index = i); the cycle repeats.
create table shift_pattern (
  id uuid primary key default gen_random_uuid(),
  code text not null unique,
  name text not null,
  description text not null default '',
  length_days integer not null,
  created_at timestamptz not null default now(),
  version integer not null default 1,
  constraint shift_pattern_length_check check (length_days between 1 and 1000)
);

create table shift_pattern_day (
  pattern_id uuid not null references shift_pattern (id) on delete cascade,
  day_index integer not null,
  shift_type_id uuid not null references shift_type (id),
  primary key (pattern_id, day_index),
  constraint shift_pattern_day_index_check check (day_index >= 0)
);

-- Who works a pattern: a person, or a whole team. A person's own assignment wins over their team's;
-- of several covering a day, the one that started latest applies (a later one supersedes).
create table roster_assignment (
  id uuid primary key default gen_random_uuid(),
  staff_id uuid references staff (id),
  team_id uuid references team (id),
  pattern_id uuid not null references shift_pattern (id),
  -- The first local date the assignment applies, and which day of the cycle that date is.
  starts_on date not null,
  start_day_index integer not null default 0,
  ends_on date,
  created_by uuid references app_user (id),
  created_at timestamptz not null default now(),
  constraint roster_assignment_target_check check ((staff_id is null) <> (team_id is null)),
  constraint roster_assignment_dates_check check (ends_on is null or ends_on >= starts_on),
  constraint roster_assignment_day_check check (start_day_index >= 0)
);
create index roster_assignment_staff_idx on roster_assignment (staff_id) where staff_id is not null;
create index roster_assignment_team_idx on roster_assignment (team_id) where team_id is not null;

-- A change on top of the pattern for one person on one duty date (the local date a shift starts
-- on: a night shift belongs to the evening it begins). One per person-day, versioned, so two
-- supervisors editing the same day cannot overwrite each other.
create table roster_change (
  id uuid primary key default gen_random_uuid(),
  staff_id uuid not null references staff (id),
  duty_date date not null,
  kind text not null,
  -- The duty worked instead of the pattern's; null when the person does not work that day.
  starts_at timestamptz,
  ends_at timestamptz,
  shift_type_id uuid references shift_type (id),
  -- For a swap: the person whose duty this was.
  swap_with_staff_id uuid references staff (id),
  reason text not null,
  approved_by_user_id uuid references app_user (id),
  approved_by_name text not null,
  -- Set when a rest-rule or minimum-staffing breach was authorised: why, and which rules.
  override_reason text,
  overridden_rules jsonb not null default '[]',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  constraint roster_change_person_day_key unique (staff_id, duty_date),
  constraint roster_change_kind_check check (kind in ('annual_leave', 'sickness', 'training', 'court', 'overtime', 'shift_swap', 'shift_change', 'rest_day')),
  constraint roster_change_times_check check ((starts_at is null) = (ends_at is null) and (ends_at is null or ends_at > starts_at)),
  constraint roster_change_absence_check check (kind not in ('annual_leave', 'sickness', 'rest_day') or starts_at is null),
  constraint roster_change_duty_check check (kind not in ('training', 'court', 'overtime', 'shift_change') or starts_at is not null),
  constraint roster_change_reason_check check (length(reason) between 1 and 500)
);
create index roster_change_date_idx on roster_change (duty_date);

-- The least number of people a team must have on a shift (of a role title and/or holding a skill).
-- It applies on the days the team's own patterns put any member on that shift type.
create table minimum_staffing (
  id uuid primary key default gen_random_uuid(),
  team_id uuid not null references team (id),
  shift_type_id uuid not null references shift_type (id),
  role_title text,
  skill_code text references skill (code),
  minimum integer not null,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  constraint minimum_staffing_minimum_check check (minimum between 1 and 500)
);
create unique index minimum_staffing_rule_key on minimum_staffing (team_id, shift_type_id, coalesce(role_title, ''), coalesce(skill_code, ''));

-- Bumped by every change to patterns, assignments, changes, skills or minimum staffing, so each
-- server process can tell with one tiny read whether its in-memory roster is still current.
create table roster_revision (
  id boolean primary key default true,
  revision bigint not null default 0,
  constraint roster_revision_single_row_check check (id)
);
insert into roster_revision (id, revision) values (true, 0);

-- Live status, written once by the officer's device or by command and control; dispatch reads it.
create table officer_status (
  staff_id uuid primary key references staff (id),
  status text not null default 'off_duty',
  status_at timestamptz not null default now(),
  -- Booked on by the officer and not yet booked off (null when not booked on).
  booked_on_at timestamptz,
  booked_off_at timestamptz,
  -- The incident the officer is committed to (the incidents module links it; no foreign key yet).
  incident_id uuid,
  committed_at timestamptz,
  latitude double precision,
  longitude double precision,
  position_at timestamptz,
  version integer not null default 1,
  constraint officer_status_status_check check (status in ('available', 'committed', 'refreshment', 'off_duty')),
  constraint officer_status_commitment_check check ((status = 'committed') = (incident_id is not null)),
  constraint officer_status_position_check check (
    (latitude is null and longitude is null and position_at is null)
    or (latitude between -90 and 90 and longitude between -180 and 180 and position_at is not null)
  )
);
create index officer_status_booked_on_idx on officer_status (staff_id) where booked_on_at is not null;

-- migrate:down
drop table officer_status;
drop table roster_revision;
drop table minimum_staffing;
drop table roster_change;
drop table roster_assignment;
drop table shift_pattern_day;
drop table shift_pattern;
drop table shift_type;
drop table staff_skill;
drop table skill;
