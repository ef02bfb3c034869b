import { HOURS_IN_WEEK, type StaffingRecommendationRequest } from '@bluelamp/contracts/workforce/staffing';
import { parseWeekOfNumbers } from './hourOfWeek';

/** How the calls per hour are entered: one figure for every hour, 168 pasted numbers, or the 7×24 grid. */
export type CallsEntry = 'uniform' | 'paste' | 'grid';

/** The calculator's inputs as typed (percentages as the user thinks of them). */
export type StaffingForm = {
  entry: CallsEntry;
  uniformCalls: string;
  pasted: string;
  grid: string[];
  averageHandleSeconds: string;
  targetPercent: string;
  targetSeconds: string;
  shrinkagePercent: string;
};

export const EMPTY_FORM: StaffingForm = {
  entry: 'uniform',
  uniformCalls: '',
  pasted: '',
  grid: Array.from({ length: HOURS_IN_WEEK }, () => '0'),
  averageHandleSeconds: '',
  targetPercent: '80',
  targetSeconds: '20',
  shrinkagePercent: '30',
};

type Checked = { request: StaffingRecommendationRequest; errors?: undefined } | { request?: undefined; errors: Partial<Record<keyof StaffingForm, string>> };

const number = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

/** Checks the form and builds the request, or says what to fix, field by field. */
export function buildStaffingRequest(form: StaffingForm): Checked {
  const errors: Partial<Record<keyof StaffingForm, string>> = {};
  let calls: number[] = [];
  if (form.entry === 'uniform') {
    const n = number(form.uniformCalls);
    if (!Number.isFinite(n) || n < 0) errors.uniformCalls = 'Enter the calls in an hour, 0 or more';
    else calls = Array.from({ length: HOURS_IN_WEEK }, () => n);
  } else if (form.entry === 'paste') {
    const parsed = parseWeekOfNumbers(form.pasted);
    if ('error' in parsed) errors.pasted = parsed.error;
    else calls = parsed.values;
  } else {
    const values = form.grid.map(number);
    const bad = values.findIndex((n) => !Number.isFinite(n) || n < 0);
    if (bad >= 0) errors.grid = `Every hour needs a number of calls, 0 or more (check hour ${bad + 1} of the week)`;
    else calls = values;
  }
  const aht = number(form.averageHandleSeconds);
  if (!(aht > 0 && aht <= 86_400)) errors.averageHandleSeconds = 'Enter the average handle time in seconds, more than 0';
  const level = number(form.targetPercent);
  if (!(level > 0 && level < 100)) errors.targetPercent = 'Enter a percentage above 0 and below 100';
  const seconds = number(form.targetSeconds);
  if (!(seconds >= 0 && seconds <= 86_400)) errors.targetSeconds = 'Enter the answer-time target in seconds, 0 or more';
  const shrinkage = number(form.shrinkagePercent);
  if (!(shrinkage >= 0 && shrinkage < 100)) errors.shrinkagePercent = 'Enter a percentage from 0 up to, but not including, 100';
  if (Object.keys(errors).length > 0) return { errors };
  return {
    request: {
      callHandlers: { callsPerHour: calls, averageHandleSeconds: aht, targetLevel: level / 100, targetSeconds: seconds, shrinkage: shrinkage / 100 },
    },
  };
}
