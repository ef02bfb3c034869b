import type { ColumnType, Generated } from 'kysely';

// Tables of migration 0004_identity.sql: persons, locations, their details and merges.

type Defaulted<T> = ColumnType<T, T | undefined, T>;
/** A `date`: written as 'YYYY-MM-DD'; select it as `::text` (node-postgres would read a local-midnight Date). */
type DateColumn = ColumnType<string, string | null, string | null>;
/** A timestamptz written as a Date, read as a Date. */
type Instant = ColumnType<Date, Date | undefined, Date>;

/** Who added a detail row, and its removal kept as history. */
type DetailColumns = {
  id: Generated<string>;
  /** Insertion order (an identity column). */
  seq: ColumnType<number, never, never>;
  person_id: string;
  added_at: Generated<Date>;
  added_by: string | null;
  removed_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  removed_by: string | null;
};

type FlagColumns = {
  id: Generated<string>;
  seq: ColumnType<number, never, never>;
  kind: string;
  /** Only on warning markers. */
  marker_type: string | null;
  note: string | null;
  set_at: Generated<Date>;
  set_by: string | null;
  set_by_username: string | null;
  removed_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  removed_by: string | null;
  removed_by_username: string | null;
  removal_reason: string | null;
};

export type LocationTable = {
  id: Generated<string>;
  address: string;
  /** The normalised address: the same place however it was typed. */
  address_key: string;
  search_text: string;
  flat: string | null;
  floor: number | null;
  building_number: string | null;
  postcode: string | null;
  latitude: number | null;
  longitude: number | null;
  coordinates_source: 'given' | 'postcode' | null;
  premises_type: string | null;
  merged_into_id: string | null;
  created_at: Generated<Date>;
  created_by: string | null;
  updated_at: Instant;
  version: Generated<number>;
};

export type LocationFlagTable = FlagColumns & { location_id: string };

export type PersonTable = {
  id: Generated<string>;
  date_of_birth: DateColumn | null;
  gender: string | null;
  merged_into_id: string | null;
  created_at: Generated<Date>;
  created_by: string | null;
  updated_at: Instant;
  version: Generated<number>;
};

export type PersonNameTable = DetailColumns & { kind: string; given_names: string; family_name: string; name_order: Defaulted<string> };
export type PersonPhoneTable = DetailColumns & { number: string };
export type PersonEmailTable = DetailColumns & { address: string };
export type PersonAddressTable = DetailColumns & { location_id: string; valid_from: DateColumn | null; valid_to: DateColumn | null };
export type PersonIdentifierTable = DetailColumns & { kind: string; value: string; description: string | null };
export type PersonFlagTable = FlagColumns & { person_id: string };

export type PersonEventLinkTable = {
  id: Generated<string>;
  person_id: string;
  event_type: string;
  event_id: string;
  role: string;
  linked_at: Generated<Date>;
  linked_by: string | null;
};

export type VehicleTable = {
  id: Generated<string>;
  /** Upper case, no spaces ('AB12CDE'). */
  vrm: string;
  make: string | null;
  model: string | null;
  colour: string | null;
  created_at: Generated<Date>;
  created_by: string | null;
  updated_at: Instant;
  version: Generated<number>;
};

export type IdentityMergeTable = {
  id: Generated<string>;
  entity_type: 'person' | 'location';
  survivor_id: string;
  merged_id: string;
  reason: string;
  snapshot: ColumnType<unknown, string, never>;
  repointed_ids: ColumnType<string[], string[] | undefined, string[]>;
  merged_at: Generated<Date>;
  merged_by: string | null;
  merged_by_username: string | null;
  unmerged_at: Date | null;
  unmerged_by: string | null;
  unmerged_by_username: string | null;
  unmerge_reason: string | null;
};

export type IdentityTables = {
  location: LocationTable;
  location_flag: LocationFlagTable;
  person: PersonTable;
  person_name: PersonNameTable;
  person_phone: PersonPhoneTable;
  person_email: PersonEmailTable;
  person_address: PersonAddressTable;
  person_identifier: PersonIdentifierTable;
  person_flag: PersonFlagTable;
  person_event_link: PersonEventLinkTable;
  vehicle: VehicleTable;
  identity_merge: IdentityMergeTable;
};
