import { HOURS_IN_WEEK, type ResponseOfficerDemand, type StaffingRecommendationRequest } from '@bluelamp/contracts/workforce/staffing';
import { parseWeekOfNumbers } from './hourOfWeek';

/** How the calls per hour are entered: one figure for every hour, 168 pasted numbers, or the 7×24 grid. */
export type CallsEntry = 'uniform' | 'paste' | 'grid';

/** Response officers: incidents per grade (one figure for every hour, or 168 numbers) and the commitment. */
export type OfficersForm = {
  isIncluded: boolean;
  /** By grade code: the text typed (empty: no incidents of that grade). */
  incidentsByGrade: Record<string, string>;
  commitmentMinutes: string;
  travelMinutes: string;
  targetPercent: string;
  shrinkagePercent: string;
};

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
  officers: OfficersForm;
};

/** Errors by field: the form's own names, and `officers.<field>` / `officers.grade.<code>` for officers. */
export type StaffingFormErrors = Record<string, string>;

export const EMPTY_FORM: StaffingForm = {
  entry: 'uniform',
  uniformCalls: '',
  pasted: '',
  grid: Array.from({ length: HOURS_IN_WEEK }, () => '0'),
  averageHandleSeconds: '',
  targetPercent: '80',
  targetSeconds: '20',
  shrinkagePercent: '30',
  officers: { isIncluded: false, incidentsByGrade: {}, commitmentMinutes: '', travelMinutes: '', targetPercent: '90', shrinkagePercent: '35' },
};

type Checked = { request: StaffingRecommendationRequest; errors?: undefined } | { request?: undefined; errors: StaffingFormErrors };

const number = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

/** The 168 calls as entered, or undefined while the current entry does not read as a week. */
export function callsAsEntered(form: StaffingForm): number[] | undefined {
  if (form.entry === 'uniform') {
    const n = number(form.uniformCalls);
    return Number.isFinite(n) && n >= 0 ? Array.from({ length: HOURS_IN_WEEK }, () => n) : undefined;
  }
  if (form.entry === 'paste') {
    const parsed = parseWeekOfNumbers(form.pasted);
    return 'values' in parsed ? parsed.values : undefined;
  }
  const values = form.grid.map(number);
  return values.every((n) => Number.isFinite(n) && n >= 0) ? values : undefined;
}

/** Switches how calls are entered, carrying the figures already entered across. */
export function switchEntry(form: StaffingForm, entry: CallsEntry): StaffingForm {
  const calls = callsAsEntered(form);
  if (!calls || entry === form.entry) return { ...form, entry };
  if (entry === 'grid') return { ...form, entry, grid: calls.map(String) };
  if (entry === 'paste') return { ...form, entry, pasted: Array.from({ length: 7 }, (_, d) => calls.slice(d * 24, d * 24 + 24).join('\t')).join('\n') };
  return new Set(calls).size === 1 ? { ...form, entry, uniformCalls: String(calls[0]) } : { ...form, entry };
}

/** One figure for every hour, or 168 numbers: a grade's incidents per hour. */
function incidentsPerHour(text: string): number[] | string {
  const single = number(text);
  if (Number.isFinite(single)) return single >= 0 ? Array.from({ length: HOURS_IN_WEEK }, () => single) : 'Enter 0 or more incidents an hour';
  const parsed = parseWeekOfNumbers(text);
  return 'values' in parsed ? parsed.values : `${parsed.error}, or one figure for every hour`;
}

function checkOfficers(officers: OfficersForm, errors: StaffingFormErrors): ResponseOfficerDemand | undefined {
  const incidents: ResponseOfficerDemand['incidentsPerHour'] = [];
  for (const [gradeCode, text] of Object.entries(officers.incidentsByGrade)) {
    if (text.trim() === '') continue;
    const perHour = incidentsPerHour(text);
    if (typeof perHour === 'string') errors[`officers.grade.${gradeCode}`] = perHour;
    else incidents.push({ gradeCode, perHour });
  }
  if (incidents.length === 0 && !Object.keys(errors).some((k) => k.startsWith('officers.grade.'))) errors['officers.incidents'] = 'Enter the incidents an hour for at least one grade';
  const commitment = number(officers.commitmentMinutes);
  if (!(commitment > 0 && commitment <= 480)) errors['officers.commitmentMinutes'] = 'Enter the minutes an officer is committed to an incident, more than 0 and at most 480';
  const travel = number(officers.travelMinutes);
  if (!(travel >= 0 && travel <= 1440)) errors['officers.travelMinutes'] = 'Enter the average minutes to get there, 0 or more';
  const level = number(officers.targetPercent);
  if (!(level > 0 && level < 100)) errors['officers.targetPercent'] = 'Enter a percentage above 0 and below 100';
  const shrinkage = number(officers.shrinkagePercent);
  if (!(shrinkage >= 0 && shrinkage < 100)) errors['officers.shrinkagePercent'] = 'Enter a percentage from 0 up to, but not including, 100';
  return { incidentsPerHour: incidents, commitmentMinutes: commitment, travelMinutes: travel, targetLevel: level / 100, shrinkage: shrinkage / 100 };
}

/** Checks the form and builds the request, or says what to fix, field by field. */
export function buildStaffingRequest(form: StaffingForm): Checked {
  const errors: StaffingFormErrors = {};
  const calls = callsAsEntered(form);
  if (!calls) {
    if (form.entry === 'uniform') errors.uniformCalls = 'Enter the calls in an hour, 0 or more';
    else if (form.entry === 'paste') errors.pasted = (parseWeekOfNumbers(form.pasted) as { error: string }).error;
    else errors.grid = `Every hour needs a number of calls, 0 or more (check hour ${form.grid.map(number).findIndex((n) => !(n >= 0)) + 1} of the week)`;
  }
  const aht = number(form.averageHandleSeconds);
  if (!(aht > 0 && aht <= 14_400)) errors.averageHandleSeconds = 'Enter the average handle time in seconds, more than 0';
  const level = number(form.targetPercent);
  if (!(level > 0 && level < 100)) errors.targetPercent = 'Enter a percentage above 0 and below 100';
  const seconds = number(form.targetSeconds);
  if (!(seconds >= 0 && seconds <= 86_400)) errors.targetSeconds = 'Enter the answer-time target in seconds, 0 or more';
  const shrinkage = number(form.shrinkagePercent);
  if (!(shrinkage >= 0 && shrinkage < 100)) errors.shrinkagePercent = 'Enter a percentage from 0 up to, but not including, 100';
  const officers = form.officers.isIncluded ? checkOfficers(form.officers, errors) : undefined;
  if (Object.keys(errors).length > 0 || !calls) return { errors };
  return {
    request: {
      callHandlers: { callsPerHour: calls, averageHandleSeconds: aht, targetLevel: level / 100, targetSeconds: seconds, shrinkage: shrinkage / 100 },
      ...(officers ? { responseOfficers: officers } : {}),
    },
  };
}
