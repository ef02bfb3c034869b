import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../core/db/schema';
import type { EventBus } from '../../core/events';
import { getPolicySetting, listIncidentCategories, listResponseGrades, referenceCacheOf } from '../platform';
import type { CategoryNames } from './contact.presenter';
import { invalidField } from './contact.errors';

type Q = Kysely<DB> | Transaction<DB>;

/** The window, in days, over which repeat contacts are counted (force policy contact.repeatWindowDays; 90 if unset). */
export const REPEAT_WINDOW_POLICY = 'contact.repeatWindowDays';

// Each reader takes the app's event bus when it has one: reference data then comes from the
// process's reference cache (kept until a change event), else it is read from the table.

export async function repeatWindowDays(q: Q, events?: EventBus): Promise<number> {
  const setting = events ? await referenceCacheOf(events).policySetting(q, REPEAT_WINDOW_POLICY) : await getPolicySetting(q, REPEAT_WINDOW_POLICY);
  const days = typeof setting?.value === 'number' ? setting.value : Number(setting?.value);
  return Number.isFinite(days) && days > 0 ? Math.trunc(days) : 90;
}

/** Every incident category's name by code, retired ones too (old contacts still show theirs). */
export async function categoryNames(q: Q, events?: EventBus): Promise<CategoryNames> {
  const categories = events ? await referenceCacheOf(events).incidentCategories(q, { includeInactive: true }) : await listIncidentCategories(q as Kysely<DB>, { includeInactive: true });
  return new Map(categories.map((c) => [c.code, c.name]));
}

/** An active incident category, or 400 UNKNOWN_CATEGORY. */
export async function requireCategory(q: Q, code: string, path: string, events?: EventBus): Promise<{ code: string; name: string }> {
  const categories = events ? await referenceCacheOf(events).incidentCategories(q, { includeInactive: false }) : await listIncidentCategories(q as Kysely<DB>, { includeInactive: false });
  const category = categories.find((c) => c.code === code);
  if (!category) throw invalidField(path, `is not an incident category in use (${code})`, 'UNKNOWN_CATEGORY');
  return category;
}

/** The force's response grades by code (name and target), or 400 UNKNOWN_GRADE for a code not among them. */
export async function responseGrades(q: Q, events?: EventBus): Promise<Map<string, { code: string; name: string }>> {
  const grades = events ? await referenceCacheOf(events).responseGrades(q) : await listResponseGrades(q as Kysely<DB>);
  return new Map(grades.map((g) => [g.code, g]));
}

export function requireGrade(grades: Map<string, { code: string; name: string }>, code: string, path: string): { code: string; name: string } {
  const grade = grades.get(code);
  if (!grade) throw invalidField(path, `is not a response grade (${code})`, 'UNKNOWN_GRADE');
  return grade;
}
