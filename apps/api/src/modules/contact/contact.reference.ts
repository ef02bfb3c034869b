import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../core/db/schema';
import { getPolicySetting, listIncidentCategories, listResponseGrades } from '../platform';
import type { CategoryNames } from './contact.presenter';
import { invalidField } from './contact.errors';

type Q = Kysely<DB> | Transaction<DB>;

/** The window, in days, over which repeat contacts are counted (force policy contact.repeatWindowDays; 90 if unset). */
export const REPEAT_WINDOW_POLICY = 'contact.repeatWindowDays';

export async function repeatWindowDays(q: Q): Promise<number> {
  const setting = await getPolicySetting(q, REPEAT_WINDOW_POLICY);
  const days = typeof setting?.value === 'number' ? setting.value : Number(setting?.value);
  return Number.isFinite(days) && days > 0 ? Math.trunc(days) : 90;
}

/** Every incident category's name by code, retired ones too (old contacts still show theirs). */
export async function categoryNames(q: Q): Promise<CategoryNames> {
  const categories = await listIncidentCategories(q as Kysely<DB>, { includeInactive: true });
  return new Map(categories.map((c) => [c.code, c.name]));
}

/** An active incident category, or 400 UNKNOWN_CATEGORY. */
export async function requireCategory(q: Q, code: string, path: string): Promise<{ code: string; name: string }> {
  const category = (await listIncidentCategories(q as Kysely<DB>, { includeInactive: false })).find((c) => c.code === code);
  if (!category) throw invalidField(path, `is not an incident category in use (${code})`, 'UNKNOWN_CATEGORY');
  return category;
}

/** The force's response grades by code (name and target), or 400 UNKNOWN_GRADE for a code not among them. */
export async function responseGrades(q: Q): Promise<Map<string, { code: string; name: string }>> {
  return new Map((await listResponseGrades(q as Kysely<DB>)).map((g) => [g.code, g]));
}

export function requireGrade(grades: Map<string, { code: string; name: string }>, code: string, path: string): { code: string; name: string } {
  const grade = grades.get(code);
  if (!grade) throw invalidField(path, `is not a response grade (${code})`, 'UNKNOWN_GRADE');
  return grade;
}
