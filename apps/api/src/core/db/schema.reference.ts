import type { ColumnType, Generated } from 'kysely';

// Tables of migration 0002_reference.sql. The rows are inserted by the migration itself; only
// response_grade (targets) and incident_category (is_active) are meant to change afterwards.

type Defaulted<T> = ColumnType<T, T | undefined, T>;

export type ResponseGradeTable = {
  code: string;
  name: string;
  description: string;
  /** Time to arrive from the moment the incident is graded, seconds (> 0). */
  target_seconds: number;
  sort_order: number;
  version: Generated<number>;
  updated_at: Generated<Date>;
  updated_by: string | null;
};

/** data.police.uk crime category: slug (e.g. `violent-crime`) and public wording. */
export type PoliceUkCategoryTable = { code: string; name: string; sort_order: number };

export type OffenceCodeTable = {
  /** Home Office code on leaves (e.g. `8N`, `30C`), ONS group slug above them. */
  code: string;
  label: string;
  parent_code: string | null;
  is_leaf: boolean;
  /** Offence group under "Total offences"; null only on the root. */
  group_label: string | null;
  /** Used only in outcomes tables: not for recording a new crime. */
  is_outcomes_only: Defaulted<boolean>;
  /** Null on group rows and on fraud (not published on police.uk). */
  police_uk_category_code: string | null;
  /** Everyday names for search ("theft from shop; shop theft"). */
  search_terms: Defaulted<string>;
};

export type OutcomeTypeTable = {
  /** '1'..'22', or a sub-type such as '1A'. */
  code: string;
  label: string;
  /** Hand-assigned Home Office outcome group; unverified. */
  outcome_group: string;
  /** The numbered type of a sub-type; null otherwise. */
  parent_code: string | null;
  sort_order: number;
};

export type NsirClass = 'crime' | 'anti_social_behaviour' | 'public_safety' | 'transport';

export type IncidentCategoryTable = {
  code: string;
  name: string;
  nsir_class: NsirClass;
  default_grade_code: string;
  sort_order: number;
  is_active: Defaulted<boolean>;
};

export type ReferenceTables = {
  response_grade: ResponseGradeTable;
  police_uk_category: PoliceUkCategoryTable;
  offence_code: OffenceCodeTable;
  outcome_type: OutcomeTypeTable;
  incident_category: IncidentCategoryTable;
};
