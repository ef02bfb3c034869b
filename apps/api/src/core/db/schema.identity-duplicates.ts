import type { ColumnType, Generated } from 'kysely';

// Tables of migration 0005_identity_duplicates.sql: proposed duplicate persons and places.

type Instant = ColumnType<Date, Date | undefined, Date>;
type DuplicateStatus = 'open' | 'merged' | 'dismissed' | 'withdrawn';

export type IdentityDuplicateTable = {
  id: Generated<string>;
  entity_type: 'person' | 'location';
  /** The smaller id of the pair. */
  left_id: string;
  right_id: string;
  probability: number;
  /** Reasons in words (a JSON array of strings). */
  reasons: ColumnType<string[], string, string>;
  fingerprint: string;
  status: ColumnType<DuplicateStatus, DuplicateStatus | undefined, DuplicateStatus>;
  proposed_at: Generated<Date>;
  scored_at: Instant;
  status_changed_at: Instant;
  merge_id: string | null;
  dismissed_at: Date | null;
  dismissed_by: string | null;
  dismissed_by_username: string | null;
  dismissal_reason: string | null;
  dismissed_fingerprint: string | null;
  dismissed_probability: number | null;
  reopened_at: Date | null;
  version: Generated<number>;
};

export type IdentityDuplicateCheckTable = {
  entity_type: 'person' | 'location';
  entity_id: string;
  checked_version: number;
  checked_at: Instant;
};

export type IdentityDuplicateTables = {
  identity_duplicate: IdentityDuplicateTable;
  identity_duplicate_check: IdentityDuplicateCheckTable;
};
