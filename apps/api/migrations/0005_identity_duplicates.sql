-- Identity: proposed duplicate persons and places, for a person to review. The system proposes a
-- pair (ordered: left_id < right_id, so one row per pair whichever side found it); a permitted user
-- merges it (through identity_merge) or dismisses it as not the same. Rows are never deleted: the
-- decision, and the evidence it was taken on, stay as history.
-- migrate:up

create table identity_duplicate (
  id uuid primary key default gen_random_uuid(),
  entity_type text not null,
  left_id uuid not null,
  right_id uuid not null,
  -- Persons: the matching engine's probability; places: the fixed confidence of the rule that matched.
  probability double precision not null,
  -- Why, in words ("Bob is a form of Robert", "same postcode EC2M 4NP").
  reasons jsonb not null default '[]',
  -- Hash of both records' matching details when last scored: a dismissal is reconsidered only when it changes.
  fingerprint text not null,
  -- open: awaiting review; merged: merged (merge_id); dismissed: "not the same" (or the merge was undone);
  -- withdrawn: no longer proposed (a record changed, or was merged elsewhere).
  status text not null default 'open',
  proposed_at timestamptz not null default now(),
  scored_at timestamptz not null default now(),
  status_changed_at timestamptz not null default now(),
  merge_id uuid references identity_merge (id),
  -- The latest dismissal, kept when the pair is proposed again.
  dismissed_at timestamptz,
  dismissed_by uuid,
  dismissed_by_username text,
  dismissal_reason text,
  dismissed_fingerprint text,
  dismissed_probability double precision,
  reopened_at timestamptz,
  version integer not null default 1,
  constraint identity_duplicate_entity_type_check check (entity_type in ('person', 'location')),
  constraint identity_duplicate_order_check check (left_id < right_id),
  constraint identity_duplicate_status_check check (status in ('open', 'merged', 'dismissed', 'withdrawn')),
  constraint identity_duplicate_merge_check check ((status = 'merged') = (merge_id is not null)),
  constraint identity_duplicate_dismissal_check check (status <> 'dismissed' or dismissed_at is not null),
  constraint identity_duplicate_pair_key unique (entity_type, left_id, right_id)
);
create index identity_duplicate_queue_idx on identity_duplicate (entity_type, status, probability desc, id);
create index identity_duplicate_left_idx on identity_duplicate (entity_type, left_id);
create index identity_duplicate_right_idx on identity_duplicate (entity_type, right_id);

-- Which version of each person and place its proposals were last worked out for. A change bumps the
-- record's version past this, which marks it for checking; the process that moves this row on does
-- the check (in the same transaction), so with several server processes each version is checked once.
create table identity_duplicate_check (
  entity_type text not null,
  entity_id uuid not null,
  checked_version integer not null,
  checked_at timestamptz not null default now(),
  primary key (entity_type, entity_id),
  constraint identity_duplicate_check_entity_type_check check (entity_type in ('person', 'location'))
);

-- migrate:down
drop table identity_duplicate_check;
drop table identity_duplicate;
