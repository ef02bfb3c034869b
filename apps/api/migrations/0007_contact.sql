-- Contact (call handling): every call, report or walk-in as the handler took it, with the THRIVE
-- assessment and the grade it led to, each change of grade kept with its reason, and the handler's
-- answers to the repeat-caller panel ("this is the same person" / "not this person").
-- Persons and locations are the identity module's: their ids are kept here without foreign keys
-- (modules reach each other through their public functions, and merges repoint on their side).
-- migrate:up

-- Human references CON-YYYY-NNNNNN: the number never repeats, across years too.
create sequence contact_reference_seq;

create table contact (
  id uuid primary key default gen_random_uuid(),
  reference text not null unique,
  channel text not null,
  -- When the call reached the force and when a handler answered it (UTC).
  received_at timestamptz not null,
  answered_at timestamptz,
  -- The caller as they gave their details; the phone in E.164 (identity's normalisePhone).
  caller_given_names text,
  caller_family_name text,
  caller_phone text,
  caller_date_of_birth date,
  caller_address text,
  -- The caller's address as an identity location, when one was given.
  caller_location_id uuid,
  -- Where it happened: an identity location (typed address) and/or a gazetteer postcode.
  location_id uuid,
  location_address text,
  location_postcode text,
  latitude double precision,
  longitude double precision,
  directions text,
  category_code text not null references incident_category (code),
  narrative text not null,
  -- THRIVE: { threat: { level, note }, harm, risk, investigation, vulnerability, engagement }.
  thrive jsonb not null,
  -- The grade THRIVE proposed, the grade the contact has now, and why it differs (when it does).
  proposed_grade text not null references response_grade (code),
  grade text not null references response_grade (code),
  grade_reason text,
  created_at timestamptz not null default now(),
  created_by uuid,
  created_by_username text,
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  constraint contact_channel_check check (channel in ('999', '101', 'online', 'walk_in', 'officer')),
  constraint contact_answered_check check (answered_at is null or answered_at >= received_at),
  constraint contact_grade_reason_check check (grade = proposed_grade or grade_reason is not null),
  constraint contact_coordinates_check check ((latitude is null) = (longitude is null))
);
-- The repeat-caller panel counts earlier contacts by number and by address, newest first.
create index contact_phone_idx on contact (caller_phone, received_at desc) where caller_phone is not null;
create index contact_location_idx on contact (location_id, received_at desc) where location_id is not null;
create index contact_caller_location_idx on contact (caller_location_id, received_at desc) where caller_location_id is not null;
create index contact_received_idx on contact (received_at desc, id);

-- Every grade a contact has had: the first grading (from_grade null) and each re-grade.
create table contact_grade_change (
  id uuid primary key default gen_random_uuid(),
  seq bigserial not null,
  contact_id uuid not null references contact (id),
  from_grade text references response_grade (code),
  to_grade text not null references response_grade (code),
  reason text,
  changed_at timestamptz not null default now(),
  changed_by uuid,
  changed_by_username text
);
create index contact_grade_change_contact_idx on contact_grade_change (contact_id, seq);

-- The handler's answer about a suggested person for this contact's caller. A rejected person is not
-- suggested again for this contact; a confirmed one is linked as the caller in identity.
create table contact_match_decision (
  contact_id uuid not null references contact (id),
  person_id uuid not null,
  decision text not null,
  probability double precision,
  decided_at timestamptz not null default now(),
  decided_by uuid,
  decided_by_username text,
  primary key (contact_id, person_id),
  constraint contact_match_decision_check check (decision in ('confirmed', 'rejected'))
);

-- migrate:down
drop table contact_match_decision;
drop table contact_grade_change;
drop table contact;
drop sequence contact_reference_seq;
