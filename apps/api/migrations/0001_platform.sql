-- Platform: accounts, roles, sessions, sign-in throttling, the audit trail and force policy settings.
-- migrate:up
create extension if not exists pg_trgm;
create extension if not exists fuzzystrmatch;

-- The twelve roles of the product; permissions per role are declared in code (one file per module).
create table role (
  code text primary key,
  name text not null,
  description text not null,
  sort_order integer not null
);
insert into role (code, name, description, sort_order) values
  ('call_handler', 'Call handler', 'Takes calls and other contacts, assesses THRIVE and grades them', 1),
  ('dispatcher', 'Dispatcher', 'Allocates resources to incidents and runs the control-room board', 2),
  ('response_officer', 'Response officer', 'Attends incidents on patrol, mostly from the mobile view', 3),
  ('neighbourhood_officer', 'Neighbourhood officer', 'Business, Residents or Engagement team officer', 4),
  ('detective', 'Detective', 'CID investigator', 5),
  ('crime_management_unit', 'Crime management unit', 'Assesses new crimes and allocates investigations', 6),
  ('supervisor', 'Supervisor', 'Sergeant or inspector overseeing officers and investigations', 7),
  ('senior_manager', 'Senior manager', 'Reviews crime and performance across the force', 8),
  ('crime_registrar', 'Crime registrar', 'Owns crime recording standards, reclassification and cancellation', 9),
  ('offender_manager', 'Offender manager', 'Manages offender cohorts and multi-agency actions', 10),
  ('analyst', 'Analyst', 'Analyses demand, performance and crime patterns', 11),
  ('administrator', 'Administrator', 'Manages users, roles, force policy and the audit trail', 12);

create table app_user (
  id uuid primary key default gen_random_uuid(),
  username text not null,
  display_name text not null,
  email text,
  password_hash text not null,
  is_active boolean not null default true,
  -- Optional link to the person in the workforce module (officer or staff member).
  staff_id uuid,
  last_sign_in_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- Optimistic concurrency: an update names the version it read; a stale one gets 409.
  version integer not null default 1
);
create unique index app_user_username_key on app_user (lower(username));

create table user_role (
  user_id uuid not null references app_user (id) on delete cascade,
  role_code text not null references role (code),
  primary key (user_id, role_code)
);

-- Only the SHA-256 of a session token is stored: a leaked table does not leak sessions.
create table user_session (
  token_hash text primary key,
  user_id uuid not null references app_user (id) on delete cascade,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  ip text,
  user_agent text
);
create index user_session_user_idx on user_session (user_id);

-- Failed sign-ins per account name; a lock expires by itself so the owner can sign in later.
create table sign_in_throttle (
  username_key text primary key,
  failures integer not null,
  last_failure_at timestamptz not null,
  locked_until timestamptz
);

-- Append-only, hash-chained audit trail. seq and hash are set by the trigger below, in commit order
-- (an advisory transaction lock serialises writers), so the application cannot forge a link.
create table audit_event (
  seq bigint primary key,
  occurred_at timestamptz not null default clock_timestamp(),
  actor_user_id uuid,
  actor_username text,
  action text not null,
  entity_type text not null,
  entity_id text,
  ip text,
  request_id text,
  reason text,
  details jsonb not null default '{}'::jsonb,
  prev_hash text not null,
  hash text not null
);
create index audit_event_entity_idx on audit_event (entity_type, entity_id);
create index audit_event_actor_idx on audit_event (actor_user_id, seq);
create index audit_event_action_idx on audit_event (action, seq);
create index audit_event_time_idx on audit_event (occurred_at);

-- The text hashed for one record: fixed field order, times as epoch seconds so the session
-- time zone cannot change it.
create function audit_event_digest(prev_hash text, e audit_event) returns text
language sql immutable as $$
  select encode(sha256(convert_to(prev_hash || '|' || jsonb_build_array(
    e.seq, extract(epoch from e.occurred_at)::text, e.actor_user_id, e.actor_username, e.action,
    e.entity_type, e.entity_id, e.ip, e.request_id, e.reason, e.details
  )::text, 'UTF8')), 'hex')
$$;

create function audit_event_chain() returns trigger
language plpgsql as $$
declare
  last audit_event;
begin
  perform pg_advisory_xact_lock(7240312);
  select * into last from audit_event order by seq desc limit 1;
  new.seq := coalesce(last.seq, 0) + 1;
  new.occurred_at := clock_timestamp();
  new.prev_hash := coalesce(last.hash, repeat('0', 64));
  new.hash := audit_event_digest(new.prev_hash, new);
  return new;
end
$$;
create trigger audit_event_chain before insert on audit_event for each row execute function audit_event_chain();

create function audit_event_refuse_change() returns trigger
language plpgsql as $$
begin
  raise exception 'audit_event is append-only' using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_event_no_update before update or delete on audit_event for each row execute function audit_event_refuse_change();
create trigger audit_event_no_truncate before truncate on audit_event for each statement execute function audit_event_refuse_change();

-- A write retried with the same Idempotency-Key returns the first answer instead of acting twice.
-- The key is claimed inside the write's own transaction, so the answer and the change commit together.
create table idempotency_key (
  user_id uuid not null references app_user (id) on delete cascade,
  key text not null,
  request_hash text not null,
  status_code integer,
  response jsonb,
  created_at timestamptz not null default now(),
  primary key (user_id, key)
);

-- Force policy: named settings with a JSON value, edited by permitted users with a version for 409s.
-- The contact and incidents modules read these two (repeat-caller window, attend-everything rule).
create table policy_setting (
  key text primary key,
  value jsonb not null,
  description text not null,
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  updated_by uuid references app_user (id)
);
insert into policy_setting (key, value, description) values
  ('incidents.attendEverything', 'true', 'Force policy to attend every incident: non-attendance needs a supervisor''s approval'),
  ('contact.repeatWindowDays', '90', 'Days looked back when counting repeat callers, numbers and addresses');

-- migrate:down
drop table policy_setting;
drop function audit_event_digest(text, audit_event);
drop table audit_event;
drop function audit_event_refuse_change();
drop function audit_event_chain();
drop table idempotency_key;
drop table sign_in_throttle;
drop table user_session;
drop table user_role;
drop table app_user;
drop table role;
