import type { ColumnType, Generated } from 'kysely';
import type { ContactTables } from './schema.contact';
import type { IncidentTables } from './schema.incidents';
import type { IdentityTables } from './schema.identity';
import type { IdentityDuplicateTables } from './schema.identity-duplicates';
import type { ReferenceTables } from './schema.reference';
import type { RosterTables } from './schema.rosters';
import type { WorkforceTables } from './schema.workforce';

/** A timestamptz: read as Date, written as Date or ISO string. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Defaulted<T> = ColumnType<T, T | undefined, T>;

export type RoleTable = { code: string; name: string; description: string; sort_order: number };

export type AppUserTable = {
  id: Generated<string>;
  username: string;
  display_name: string;
  email: string | null;
  password_hash: string;
  is_active: Defaulted<boolean>;
  staff_id: string | null;
  last_sign_in_at: Timestamp | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  version: Generated<number>;
};

export type UserRoleTable = { user_id: string; role_code: string };

export type UserSessionTable = {
  token_hash: string;
  user_id: string;
  created_at: Generated<Date>;
  last_seen_at: Generated<Date>;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
};

export type SignInThrottleTable = {
  username_key: string;
  failures: number;
  last_failure_at: Timestamp;
  locked_until: Timestamp | null;
};

export type AuditEventTable = {
  /** Insertion order; set by the database. */
  seq: ColumnType<number, never, never>;
  occurred_at: ColumnType<Date, never, never>;
  actor_user_id: string | null;
  actor_username: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  ip: string | null;
  request_id: string | null;
  reason: string | null;
  details: ColumnType<unknown, string, never>;
  /** Set once by audit_event_seal (null until the record is sealed into the chain). */
  chain_pos: ColumnType<number | null, never, never>;
  prev_hash: ColumnType<string | null, never, never>;
  hash: ColumnType<string | null, never, never>;
};

export type PolicySettingTable = {
  key: string;
  value: ColumnType<unknown, string, string>;
  description: string;
  version: Generated<number>;
  updated_at: Generated<Date>;
  updated_by: string | null;
};

export type IdempotencyKeyTable = {
  user_id: string;
  key: string;
  request_hash: string;
  status_code: number | null;
  response: ColumnType<unknown, string | null, string | null>;
  created_at: Generated<Date>;
};

export type PlatformTables = {
  idempotency_key: IdempotencyKeyTable;
  role: RoleTable;
  app_user: AppUserTable;
  user_role: UserRoleTable;
  user_session: UserSessionTable;
  sign_in_throttle: SignInThrottleTable;
  audit_event: AuditEventTable;
  policy_setting: PolicySettingTable;
};

/** Every table the application may touch, by module. Each module's repository touches only its own. */
export type DB = PlatformTables & ReferenceTables & WorkforceTables & IdentityTables & IdentityDuplicateTables & RosterTables & ContactTables & IncidentTables;
