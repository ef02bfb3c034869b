-- Command and control: incidents created from a contact (nothing re-typed) or brought in from an
-- old system, the officers assigned to them, and every change as a timestamped, attributed event.
-- The incident row carries the first time of each stage (dispatched, arrived, cleared) copied from
-- its events so that the board and the response report read one row; the events are the record,
-- and the report can be recomputed from them (or from an export).
-- Contacts, staff and locations belong to other modules: their ids are kept without foreign keys.
-- migrate:up

-- Why an incident was not attended (reference data; the force may add more).
create table incident_non_attendance_reason (
  code text primary key,
  name text not null,
  sort_order integer not null,
  is_active boolean not null default true
);
insert into incident_non_attendance_reason (code, name, sort_order) values
  ('action-fraud', 'Referred to Action Fraud', 1),
  ('victim-declined', 'Victim asked not to be visited', 2),
  ('outside-force-area', 'Outside the force area: passed to the force concerned', 3),
  ('resolved-by-phone', 'Resolved by phone (telephone investigation)', 4),
  ('referred-other-agency', 'Referred to another agency (council, ambulance, fire)', 5),
  ('no-police-action', 'No police action needed: advice given', 6),
  ('caller-not-traced', 'Caller could not be traced or re-contacted', 7),
  ('duplicate', 'Duplicate of another incident', 8);

-- How an incident ended (closing codes; reference data).
create table incident_closing_code (
  code text primary key,
  name text not null,
  sort_order integer not null,
  is_active boolean not null default true
);
insert into incident_closing_code (code, name, sort_order) values
  ('crime-recorded', 'Crime recorded', 1),
  ('no-crime', 'Attended: no crime disclosed', 2),
  ('asb', 'Anti-social behaviour dealt with', 3),
  ('arrest', 'Arrest made', 4),
  ('advice-given', 'Advice given', 5),
  ('referred', 'Referred to another agency', 6),
  ('no-trace', 'Area searched: no trace', 7),
  ('false-alarm', 'False alarm or call made with good intent', 8),
  ('malicious', 'Malicious or hoax call', 9),
  ('duplicate', 'Duplicate of another incident', 10),
  ('imported', 'Closed in the previous system', 11);

-- Human references INC-YYYY-NNNNNN: the number never repeats, across years too.
create sequence incident_reference_seq;

create table incident (
  id uuid primary key default gen_random_uuid(),
  -- INC-YYYY-NNNNNN, or the old system's reference for an imported incident (the import's key).
  reference text not null unique,
  source text not null,
  -- The contact it was created from (one incident per contact); null for imported incidents.
  contact_id uuid unique,
  -- This force's category; an imported incident may carry only the old system's wording.
  category_code text references incident_category (code),
  category_text text,
  -- The grade now, the grade first given (demand and targets count under it) and the target, in
  -- seconds from received_at, that the grade set when it was given.
  grade text not null references response_grade (code),
  original_grade text not null references response_grade (code),
  target_seconds integer not null,
  -- When the call reached the force (the contact's received time): every clock runs from here.
  received_at timestamptz not null,
  -- received_at + target_seconds: the board sorts and warns on this.
  target_at timestamptz not null,
  status text not null,
  -- Where: copied from the contact (identity location, gazetteer postcode, coordinates).
  location_id uuid,
  location_address text,
  location_postcode text,
  latitude double precision,
  longitude double precision,
  directions text,
  narrative text not null default '',
  -- The first time each stage was reached (from the events).
  first_dispatched_at timestamptz,
  first_en_route_at timestamptz,
  first_arrived_at timestamptz,
  cleared_at timestamptz,
  closed_at timestamptz,
  -- The target passed with nobody on scene: recorded once, with a reason a supervisor may add.
  breached_at timestamptz,
  breach_reason text,
  -- Attended or not; not attending needs a reason code, and under the force's attend-everything
  -- policy a supervisor's approval (pending until then).
  attended boolean,
  non_attendance_reason text references incident_non_attendance_reason (code),
  non_attendance_note text,
  non_attendance_status text,
  non_attendance_decided_by uuid,
  non_attendance_decided_at timestamptz,
  closing_code text references incident_closing_code (code),
  closing_note text,
  -- "Record a crime": the hand-over to the crime module (requested here; the crime issue fulfils it).
  crime_requested_at timestamptz,
  crime_requested_by uuid,
  crime_id uuid,
  -- The old system's row as it was read, for an imported incident.
  imported_row jsonb,
  created_at timestamptz not null default now(),
  created_by uuid,
  created_by_username text,
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  constraint incident_source_check check (source in ('contact', 'import')),
  constraint incident_contact_check check ((source = 'contact') = (contact_id is not null)),
  constraint incident_category_check check (category_code is not null or category_text is not null),
  constraint incident_status_check check (status in ('awaiting_dispatch', 'dispatched', 'en_route', 'on_scene', 'cleared', 'closed')),
  constraint incident_target_check check (target_seconds > 0),
  constraint incident_coordinates_check check ((latitude is null) = (longitude is null)),
  constraint incident_arrival_check check (first_arrived_at is null or first_dispatched_at is null or first_arrived_at >= first_dispatched_at),
  constraint incident_closed_check check ((status = 'closed') = (closed_at is not null)),
  constraint incident_closing_code_check check (status <> 'closed' or closing_code is not null),
  constraint incident_non_attendance_check check (
    (attended is distinct from false and non_attendance_reason is null and non_attendance_status is null)
    or (attended = false and non_attendance_reason is not null and non_attendance_status in ('approved', 'pending_approval'))
  )
);
-- The board: open incidents by time left.
create index incident_open_idx on incident (target_at, id) where status <> 'closed';
-- The response report and the demand profile: incidents by the time the call came in.
create index incident_received_idx on incident (received_at, id);
-- The breach sweep: open, not yet arrived, not yet breached.
create index incident_unbreached_idx on incident (target_at) where first_arrived_at is null and breached_at is null and status <> 'closed';

-- Every change to an incident, in order: the timeline and the source of every figure.
-- type: created, status (the incident's status moved: from_status → to_status), regraded,
-- assigned / released / en_route / on_scene / cleared (one officer's progress: staff_id),
-- closed, breached, breach_reason, attendance, non_attendance_approved, non_attendance_refused,
-- crime_requested, note, imported.
create table incident_event (
  id uuid primary key default gen_random_uuid(),
  seq bigserial not null,
  incident_id uuid not null references incident (id),
  type text not null,
  -- The officer the event is about (assignment and their own status updates).
  staff_id uuid,
  from_status text,
  to_status text,
  -- When it happened (an imported event carries the old system's time) and when it was recorded.
  occurred_at timestamptz not null,
  recorded_at timestamptz not null default now(),
  by_user uuid,
  by_username text,
  details jsonb not null default '{}'
);
create index incident_event_incident_idx on incident_event (incident_id, seq);

-- Officers assigned to an incident, with their own progress. An officer may be assigned to an
-- incident again after being released; only one open assignment per officer and incident.
create table incident_assignment (
  id uuid primary key default gen_random_uuid(),
  incident_id uuid not null references incident (id),
  staff_id uuid not null,
  status text not null,
  assigned_at timestamptz not null,
  assigned_by uuid,
  -- What dispatch saw when it assigned: was this the recommended officer, how far, how long.
  recommended boolean not null default false,
  distance_metres integer,
  eta_seconds integer,
  en_route_at timestamptz,
  arrived_at timestamptz,
  cleared_at timestamptz,
  -- Taken off the incident before clearing it (re-deployed); null while assigned.
  released_at timestamptz,
  version integer not null default 1,
  constraint incident_assignment_status_check check (status in ('assigned', 'en_route', 'on_scene', 'cleared', 'released'))
);
create unique index incident_assignment_open_idx on incident_assignment (incident_id, staff_id) where status not in ('cleared', 'released');
create index incident_assignment_staff_idx on incident_assignment (staff_id, assigned_at desc);

-- migrate:down
drop table incident_assignment;
drop table incident_event;
drop table incident;
drop sequence incident_reference_seq;
drop table incident_closing_code;
drop table incident_non_attendance_reason;
