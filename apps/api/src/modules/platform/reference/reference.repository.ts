import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../../core/db/schema';
import type { NsirClass } from '../../../core/db/schema.reference';

// Reference data (migration 0002): response grades, offence codes, police.uk categories, outcome
// types and incident categories. Every function takes the database or a transaction (a Transaction
// is a Kysely) and returns camelCase objects.

export type ResponseGrade = {
  code: string;
  name: string;
  description: string;
  targetSeconds: number;
  sortOrder: number;
  version: number;
  updatedAt: Date;
  updatedBy: string | null;
};

/** One offence code as search lists it. */
export type OffenceCodeSummary = {
  code: string;
  label: string;
  groupLabel: string | null;
  policeUkCategoryCode: string | null;
  policeUkCategoryName: string | null;
};

export type OffenceCode = OffenceCodeSummary & {
  parentCode: string | null;
  isLeaf: boolean;
  /** Used only in outcomes tables: not to be offered when recording a new crime. */
  isOutcomesOnly: boolean;
};

export type PoliceUkCategory = { code: string; name: string };
export type OutcomeType = { code: string; label: string; outcomeGroup: string };
export type IncidentCategory = { code: string; name: string; nsirClass: NsirClass; defaultGradeCode: string; isActive: boolean };

// ---------------------------------------------------------------------------------------------
// Response grades

type ResponseGradeRow = {
  code: string;
  name: string;
  description: string;
  target_seconds: number;
  sort_order: number;
  version: number;
  updated_at: Date;
  updated_by: string | null;
};

const toResponseGrade = (r: ResponseGradeRow): ResponseGrade => ({
  code: r.code,
  name: r.name,
  description: r.description,
  targetSeconds: r.target_seconds,
  sortOrder: r.sort_order,
  version: r.version,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

export async function listResponseGrades(db: Kysely<DB>): Promise<ResponseGrade[]> {
  const rows = await db.selectFrom('response_grade').selectAll().orderBy('sort_order').execute();
  return rows.map(toResponseGrade);
}

export async function getResponseGrade(db: Kysely<DB>, code: string): Promise<ResponseGrade | undefined> {
  const row = await db.selectFrom('response_grade').selectAll().where('code', '=', code).executeTakeFirst();
  return row && toResponseGrade(row);
}

/**
 * Sets a grade's target when `expectedVersion` is still current, bumping the version. Returns the
 * updated grade, or undefined when no row has that code and version (stale version: 409; use
 * getResponseGrade to tell it from an unknown code).
 */
export async function updateResponseGradeTarget(
  db: Kysely<DB>,
  input: { code: string; targetSeconds: number; expectedVersion: number; userId: string | null },
): Promise<ResponseGrade | undefined> {
  const row = await db
    .updateTable('response_grade')
    .set((eb) => ({
      target_seconds: input.targetSeconds,
      version: eb('version', '+', 1),
      updated_at: sql<Date>`now()`,
      updated_by: input.userId,
    }))
    .where('code', '=', input.code)
    .where('version', '=', input.expectedVersion)
    .returningAll()
    .executeTakeFirst();
  return row && toResponseGrade(row);
}

// ---------------------------------------------------------------------------------------------
// Offence codes

/** Words too common to say anything about an offence; dropped unless the query is only these. */
const STOPWORDS = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with']);
const MAX_WORDS = 8;

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, '\\$&');

/**
 * Searches offence codes by words or code. Ranking: an exact code first (`8N`, `4/1` for 4.1),
 * then a code prefix (`30` → 30A..30D), then a query that is the whole label or everyday name, then
 * by how many query words appear in the label or its everyday names, with trigram similarity for
 * typos and phrase closeness ("theft from shop" puts Shoplifting first). Punctuation is ignored, so
 * `%` and `_` are never wildcards. Without a query, lists codes by group. Live leaf codes rank above group rows
 * and "(outcomes only)" codes when otherwise equal.
 */
export async function searchOffenceCodes(
  db: Kysely<DB>,
  input: { query?: string; limit: number; leafOnly?: boolean },
): Promise<OffenceCodeSummary[]> {
  const limit = Math.max(1, Math.min(Math.trunc(input.limit) || 1, 500));
  const text = (input.query ?? '').trim().toLowerCase().slice(0, 200);
  let query = db
    .selectFrom('offence_code as o')
    .leftJoin('police_uk_category as p', 'p.code', 'o.police_uk_category_code')
    .select(['o.code', 'o.label', 'o.group_label', 'o.police_uk_category_code', 'p.name as police_uk_category_name'])
    .$if(input.leafOnly === true, (qb) => qb.where('o.is_leaf', '=', true))
    .limit(limit);

  const allWords = [...new Set(text.split(/[^\p{L}\p{N}]+/u).filter(Boolean))];
  if (allWords.length === 0) {
    const rows = await query.orderBy('o.group_label').orderBy('o.is_leaf').orderBy('o.label').execute();
    return rows.map(toOffenceSummary);
  }
  const meaningful = allWords.filter((w) => !STOPWORDS.has(w));
  const words = (meaningful.length ? meaningful : allWords).slice(0, MAX_WORDS);
  const phrase = words.join(' ');

  // Same expression as the trigram index offence_code_search_trgm_idx.
  const doc = sql`lower(o.label || ' ' || o.search_terms)`;
  const label = sql`lower(o.label)`;
  const pattern = (w: string): string => `%${escapeLike(w)}%`;
  const contains = (w: string): RawBuilder<boolean> => sql<boolean>`${doc} like ${pattern(w)}`;
  // A word counts fully when the official label has it, a little less when only an everyday name
  // has it (so "burglary" lists burglary codes before "going equipped"), partly when close (a typo).
  const wordScores = words.map(
    (w) => sql`greatest(
      case when ${label} like ${pattern(w)} then 1.0 when ${contains(w)} then 0.8 else 0.0 end,
      0.8 * word_similarity(${w}::text, ${doc}))`,
  );
  const wordAverage = sql`((${sql.join(wordScores, sql` + `)}) / ${sql.lit(words.length)})`;
  // The whole query is the label or one of the everyday names ("murder" is Homicide, not Attempted murder).
  const whole = sql<boolean>`(${label} = ${phrase} or ${phrase} = any(string_to_array(lower(o.search_terms), '; ')))`;

  // A code-like query (no spaces, a digit): HO codes are written 4/1 as often as 4.1.
  const codeText = text.replaceAll('/', '.');
  const codeLike = /^[\p{L}\p{N}.\-]*\p{N}[\p{L}\p{N}.\-]*$/u.test(codeText);
  const exactCode = codeLike ? sql<boolean>`(lower(o.code) = ${codeText} or ${codeText} = any(string_to_array(lower(o.code), '-')))` : sql<boolean>`false`;
  const codePrefix = codeLike ? sql<boolean>`lower(o.code) like ${`${escapeLike(codeText)}%`}` : sql<boolean>`false`;

  const score = sql<number>`(
    case when ${exactCode} then 100 else 0 end
    + case when ${codePrefix} then 20 else 0 end
    + case when ${whole} then 5 else 0 end
    + 10 * ${wordAverage}
    + 5 * word_similarity(${phrase}::text, ${doc})
    + 2 * similarity(${phrase}::text, lower(o.label))
    + case when o.is_leaf then 0.5 else 0 end
    - case when o.is_outcomes_only then 0.5 else 0 end
  )::float8`;
  const matches = sql<boolean>`(${exactCode} or ${codePrefix} or ${sql.join(words.map(contains), sql` or `)}
    or word_similarity(${phrase}::text, ${doc}) >= 0.5)`;

  query = query.where(matches);
  const rows = await query.select(score.as('score')).orderBy('score', 'desc').orderBy('o.code').execute();
  return rows.map(toOffenceSummary);
}

type OffenceSummaryRow = {
  code: string;
  label: string;
  group_label: string | null;
  police_uk_category_code: string | null;
  police_uk_category_name: string | null;
};

const toOffenceSummary = (r: OffenceSummaryRow): OffenceCodeSummary => ({
  code: r.code,
  label: r.label,
  groupLabel: r.group_label,
  policeUkCategoryCode: r.police_uk_category_code,
  policeUkCategoryName: r.police_uk_category_name,
});

/** One offence code (leaf or group) by its exact code. */
export async function getOffenceCode(db: Kysely<DB>, code: string): Promise<OffenceCode | undefined> {
  const row = await db
    .selectFrom('offence_code as o')
    .leftJoin('police_uk_category as p', 'p.code', 'o.police_uk_category_code')
    .select([
      'o.code',
      'o.label',
      'o.group_label',
      'o.police_uk_category_code',
      'p.name as police_uk_category_name',
      'o.parent_code',
      'o.is_leaf',
      'o.is_outcomes_only',
    ])
    .where('o.code', '=', code)
    .executeTakeFirst();
  return row && { ...toOffenceSummary(row), parentCode: row.parent_code, isLeaf: row.is_leaf, isOutcomesOnly: row.is_outcomes_only };
}

// ---------------------------------------------------------------------------------------------
// Lists

export async function listPoliceUkCategories(db: Kysely<DB>): Promise<PoliceUkCategory[]> {
  return db.selectFrom('police_uk_category').select(['code', 'name']).orderBy('sort_order').execute();
}

/** The 22 numbered Home Office outcome types and sub-type 1A, in framework order. */
export async function listOutcomeTypes(db: Kysely<DB>): Promise<OutcomeType[]> {
  return db.selectFrom('outcome_type').select(['code', 'label', 'outcome_group as outcomeGroup']).orderBy('sort_order').execute();
}

export async function listIncidentCategories(db: Kysely<DB>, options: { includeInactive: boolean }): Promise<IncidentCategory[]> {
  return db
    .selectFrom('incident_category')
    .select(['code', 'name', 'nsir_class as nsirClass', 'default_grade_code as defaultGradeCode', 'is_active as isActive'])
    .$if(!options.includeInactive, (qb) => qb.where('is_active', '=', true))
    .orderBy('sort_order')
    .execute();
}
