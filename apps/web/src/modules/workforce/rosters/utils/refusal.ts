import type { ApiError } from '../../../../api/ApiError';
import { formatIsoDate } from './week';

type Breach =
  | { rule: 'daily_rest'; afterDate: string; beforeDate: string; restHours: number }
  | { rule: 'weekly_rest'; fortnightStarts: string; longestRestHours: number };
type ShortfallDetail = { date: string; shiftTypeCode: string; roleTitle: string | null; skillCode: string | null; minimum: number; rostered: number };

/** True when the API refused a roster change on a rule that an authorised override can set aside. */
export function isOverridableRefusal(error: ApiError | undefined): boolean {
  return !!error && (error.code === 'REST_RULE_BREACH' || error.code === 'MINIMUM_STAFFING_BREACH');
}

const hours = (n: number) => `${Math.round(n * 10) / 10} hour${n === 1 ? '' : 's'}`;

/**
 * The rules a refused roster change would break, one plain sentence each, from the refusal's
 * `details` (rest breaches and the shifts it would leave below minimum staffing).
 */
export function describeRefusal(error: ApiError, shiftNames: ReadonlyMap<string, string> = new Map(), skillNames: ReadonlyMap<string, string> = new Map()): string[] {
  const details = (error.details ?? {}) as { breaches?: Breach[]; shortfalls?: ShortfallDetail[] };
  const lines: string[] = [];
  for (const b of details.breaches ?? []) {
    if (b.rule === 'daily_rest') lines.push(`Only ${hours(b.restHours)} of rest between the duties of ${formatIsoDate(b.afterDate)} and ${formatIsoDate(b.beforeDate)}; at least 11 hours are needed.`);
    else if (b.rule === 'weekly_rest')
      lines.push(`No 48 hours' rest (or two rests of 24 hours) in the fortnight from ${formatIsoDate(b.fortnightStarts)}; the longest rest would be ${hours(b.longestRestHours)}.`);
  }
  for (const s of details.shortfalls ?? []) {
    const who = s.skillCode ? `with ${skillNames.get(s.skillCode) ?? s.skillCode.replace(/_/g, ' ')}` : s.roleTitle ? `${s.roleTitle.toLowerCase()}s` : 'people';
    const shift = shiftNames.get(s.shiftTypeCode) ?? s.shiftTypeCode.toLowerCase();
    lines.push(`The ${shift} shift on ${formatIsoDate(s.date)} would have ${s.rostered} ${who}; the minimum is ${s.minimum}.`);
  }
  if (!lines.length) lines.push(error.message);
  return lines;
}
