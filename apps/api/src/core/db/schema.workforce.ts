import type { ColumnType, Generated } from 'kysely';

// Tables of migration 0003_workforce.sql: the force's geography and its people.

type Defaulted<T> = ColumnType<T, T | undefined, T>;

export type NeighbourhoodFocus = 'business' | 'residents' | 'engagement';
export type TeamKind = 'response' | 'neighbourhood' | 'cid' | 'crime_management_unit' | 'control_room' | 'other';

export type StationTable = {
  id: Generated<string>;
  code: string;
  name: string;
  address: string;
  postcode: string;
  latitude: number;
  longitude: number;
};

export type BeatTable = {
  id: Generated<string>;
  code: string;
  name: string;
  station_id: string;
  neighbourhood_team: NeighbourhoodFocus | null;
  centroid_latitude: number;
  centroid_longitude: number;
};

export type PostcodeTable = {
  /** Normalised: upper case, one space before the inward code ('EC2M 4NP'). */
  postcode: string;
  latitude: number;
  longitude: number;
  /** Null outside the force area. */
  beat_id: string | null;
  in_force_area: boolean;
};

export type TeamTable = {
  id: Generated<string>;
  code: string;
  name: string;
  kind: TeamKind;
  /** Only on neighbourhood teams. */
  neighbourhood_focus: NeighbourhoodFocus | null;
  station_id: string | null;
  created_at: Generated<Date>;
};

export type StaffTable = {
  id: Generated<string>;
  /** Shoulder number for officers and PCSOs, staff number for police staff. */
  collar_number: string;
  first_name: string;
  last_name: string;
  rank: string;
  role_title: string;
  is_police_officer: boolean;
  team_id: string | null;
  station_id: string | null;
  line_manager_id: string | null;
  email: string | null;
  /** A `date`: written as 'YYYY-MM-DD'; node-postgres reads it as a Date at local midnight, so select `started_on::text`. */
  started_on: ColumnType<Date, string, string>;
  is_active: Defaulted<boolean>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  version: Generated<number>;
};

export type WorkforceTables = {
  station: StationTable;
  beat: BeatTable;
  postcode: PostcodeTable;
  team: TeamTable;
  staff: StaffTable;
};
