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

-- Append-only, hash-chained audit trail. A record is inserted in the same transaction as the change
-- (or read) it describes; writers never wait for one another. A sealer (audit_event_seal, called
-- every fraction of a second by the servers) then links committed records into the chain in the
-- order it finds them: chain_pos, prev_hash and hash are set once and never again. Chaining at insert
-- time instead would hold one lock across every audited transaction's commit, capping the whole
-- force at one audited request per disk flush.
create table audit_event (
  seq bigint generated always as identity primary key,
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
  chain_pos bigint unique,
  prev_hash text,
  hash text,
  constraint audit_event_sealed_whole check ((chain_pos is null) = (hash is null) and (hash is null) = (prev_hash is null))
);
create index audit_event_entity_idx on audit_event (entity_type, entity_id);
create index audit_event_actor_idx on audit_event (actor_user_id, seq);
create index audit_event_action_idx on audit_event (action, seq);
create index audit_event_time_idx on audit_event (occurred_at);
create index audit_event_unsealed_idx on audit_event (seq) where chain_pos is null;

-- The text hashed for one record: fixed field order, times as epoch seconds so the session
-- time zone cannot change it.
create function audit_event_digest(prev_hash text, e audit_event) returns text
language sql immutable as $$
  select encode(sha256(convert_to(prev_hash || '|' || jsonb_build_array(
    e.chain_pos, e.seq, extract(epoch from e.occurred_at)::text, e.actor_user_id, e.actor_username, e.action,
    e.entity_type, e.entity_id, e.ip, e.request_id, e.reason, e.details
  )::text, 'UTF8')), 'hex')
$$;

-- New records arrive unsealed, stamped with the database's clock.
create function audit_event_before_insert() returns trigger
language plpgsql as $$
begin
  new.occurred_at := clock_timestamp();
  new.chain_pos := null;
  new.prev_hash := null;
  new.hash := null;
  return new;
end
$$;
create trigger audit_event_before_insert before insert on audit_event for each row execute function audit_event_before_insert();

-- The only change ever allowed: sealing an unsealed record, touching nothing but the chain fields.
create function audit_event_refuse_change() returns trigger
language plpgsql as $$
begin
  if tg_op = 'UPDATE' and old.hash is null and new.hash is not null
     and (to_jsonb(new) - array['chain_pos', 'prev_hash', 'hash']) = (to_jsonb(old) - array['chain_pos', 'prev_hash', 'hash']) then
    return new;
  end if;
  raise exception 'audit_event is append-only' using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_event_no_update before update or delete on audit_event for each row execute function audit_event_refuse_change();
create trigger audit_event_no_truncate before truncate on audit_event for each statement execute function audit_event_refuse_change();

-- Links up to `batch` committed, unsealed records into the chain; returns how many. One sealer at a
-- time (others return 0 at once); records that commit late simply join a later batch.
create function audit_event_seal(batch integer) returns integer
language plpgsql as $$
declare
  last_pos bigint;
  last_hash text;
  r audit_event;
  n integer := 0;
begin
  if not pg_try_advisory_xact_lock(7240312) then
    return 0;
  end if;
  select chain_pos, hash into last_pos, last_hash from audit_event where chain_pos is not null order by chain_pos desc limit 1;
  last_pos := coalesce(last_pos, 0);
  last_hash := coalesce(last_hash, repeat('0', 64));
  for r in select * from audit_event where chain_pos is null order by seq limit batch loop
    r.chain_pos := last_pos + 1;
    r.prev_hash := last_hash;
    r.hash := audit_event_digest(last_hash, r);
    update audit_event set chain_pos = r.chain_pos, prev_hash = r.prev_hash, hash = r.hash where seq = r.seq;
    last_pos := r.chain_pos;
    last_hash := r.hash;
    n := n + 1;
  end loop;
  return n;
end
$$;

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
drop function audit_event_seal(integer);
drop function audit_event_digest(text, audit_event);
drop table audit_event;
drop function audit_event_refuse_change();
drop function audit_event_before_insert();
drop table idempotency_key;
drop table sign_in_throttle;
drop table user_session;
drop table user_role;
drop table app_user;
drop table role;
