import type { SearchAuditQuery } from '@bluelamp/contracts/platform/audit';
import { londonDayStartUtc, nextDay, parseUkDate } from '../../../../ui/format';

/** The audit filter form as typed (dates as DD/MM/YYYY, London days). */
export type AuditFilterForm = { actor: string; action: string; entityType: string; entityId: string; from: string; to: string };

export const EMPTY_AUDIT_FILTERS: AuditFilterForm = { actor: '', action: '', entityType: '', entityId: '', from: '', to: '' };

/**
 * Turns the form into the API's query: `from` is the start of that London day, `to` the start of
 * the day after (the API's `to` is exclusive, the form's is inclusive), both as UTC instants.
 * Returns field errors instead when a date is not a real DD/MM/YYYY date or the range is backwards.
 */
export function toAuditQuery(form: AuditFilterForm): { query: SearchAuditQuery } | { errors: Partial<Record<keyof AuditFilterForm, string>> } {
  const errors: Partial<Record<keyof AuditFilterForm, string>> = {};
  const from = form.from.trim() ? parseUkDate(form.from) : undefined;
  const to = form.to.trim() ? parseUkDate(form.to) : undefined;
  if (form.from.trim() && !from) errors.from = 'Enter a real date as DD/MM/YYYY, e.g. 29/03/2026';
  if (form.to.trim() && !to) errors.to = 'Enter a real date as DD/MM/YYYY, e.g. 29/03/2026';
  const fromInstant = from ? londonDayStartUtc(from) : undefined;
  const toInstant = to ? londonDayStartUtc(nextDay(to)) : undefined;
  if (fromInstant && toInstant && fromInstant >= toInstant) errors.to = 'The end date must not be before the start date';
  if (Object.keys(errors).length) return { errors };
  return {
    query: {
      actor: form.actor.trim() || undefined,
      action: form.action.trim() || undefined,
      entityType: form.entityType.trim() || undefined,
      entityId: form.entityId.trim() || undefined,
      from: fromInstant,
      to: toInstant,
    },
  };
}
