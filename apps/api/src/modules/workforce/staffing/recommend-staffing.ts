/**
 * The staffing recommendation for an average week: call handlers per hour by Erlang C, and response
 * officers per hour by Erlang C on incidents against the force's grade targets (method in README,
 * "Staffing method"). Pure: the caller passes the grade targets read from reference data.
 */
import {
  HOURS_IN_WEEK,
  type CallHandlerHour,
  type ResponseOfficerHour,
  type StaffingRecommendation,
  type StaffingRecommendationRequest,
} from '@bluelamp/contracts/workforce/staffing';
import { checkPositive, checkShrinkage, checkTargetLevel, checkTargetSeconds, ErlangCInputError, requiredAgentsFor } from './erlang-c';

/** A response grade's attendance target, as reference data holds it. */
export type GradeTarget = { code: string; name: string; targetSeconds: number };

/** The busiest hour (the first, if several tie) and the person-hours over the week. */
function summarise(rostered: number[]): { peak: { hourOfWeek: number; rostered: number }; rosteredHoursPerWeek: number } {
  let peak = 0;
  rostered.forEach((n, h) => {
    if (n > rostered[peak]!) peak = h;
  });
  return { peak: { hourOfWeek: peak, rostered: rostered[peak] ?? 0 }, rosteredHoursPerWeek: rostered.reduce((s, n) => s + n, 0) };
}

function callHandlerHours(demand: StaffingRecommendationRequest['callHandlers']): CallHandlerHour[] {
  const { averageHandleSeconds: aht, targetLevel, targetSeconds, shrinkage } = demand;
  return demand.callsPerHour.map((calls, hourOfWeek) => {
    if (calls === 0) {
      return { hourOfWeek, callsPerHour: 0, agents: 0, agentsWithShrinkage: 0, serviceLevel: null, occupancy: null, probabilityOfWaiting: null, averageSpeedOfAnswerSeconds: null };
    }
    const r = requiredAgentsFor((calls * aht) / 3600, aht, [{ targetLevel, targetSeconds }], shrinkage);
    return {
      hourOfWeek,
      callsPerHour: calls,
      agents: r.agents,
      agentsWithShrinkage: r.agentsWithShrinkage,
      serviceLevel: r.serviceLevel,
      occupancy: r.occupancy,
      probabilityOfWaiting: r.probabilityOfWaiting,
      averageSpeedOfAnswerSeconds: r.averageSpeedOfAnswerSeconds,
    };
  });
}

type OfficerDemand = NonNullable<StaffingRecommendationRequest['responseOfficers']>;

function gradesUsed(demand: OfficerDemand, grades: GradeTarget[]): { grade: GradeTarget; perHour: number[]; waitAllowanceSeconds: number }[] {
  const byCode = new Map(grades.map((g) => [g.code, g]));
  const seen = new Set<string>();
  return demand.incidentsPerHour.map((row, i) => {
    const path = `body/responseOfficers/incidentsPerHour/${i}/gradeCode`;
    const grade = byCode.get(row.gradeCode);
    if (!grade) throw new ErlangCInputError(path, `is not a response grade (known: ${grades.map((g) => g.code).join(', ')}), not "${row.gradeCode}"`);
    if (seen.has(row.gradeCode)) throw new ErlangCInputError(path, `repeats the grade "${row.gradeCode}"; give each grade once`);
    seen.add(row.gradeCode);
    // Travel uses up part of the target; what is left is how long an incident may wait for a free officer.
    return { grade, perHour: row.perHour, waitAllowanceSeconds: Math.max(0, grade.targetSeconds - demand.travelMinutes * 60) };
  });
}

function responseOfficers(demand: OfficerDemand, grades: GradeTarget[]): NonNullable<StaffingRecommendation['responseOfficers']> {
  const used = gradesUsed(demand, grades);
  const commitmentSeconds = demand.commitmentMinutes * 60;
  const hours: ResponseOfficerHour[] = [];
  for (let hourOfWeek = 0; hourOfWeek < HOURS_IN_WEEK; hourOfWeek++) {
    const present = used.filter((u) => u.perHour[hourOfWeek]! > 0);
    const incidents = present.reduce((s, u) => s + u.perHour[hourOfWeek]!, 0);
    if (incidents === 0) {
      hours.push({ hourOfWeek, incidentsPerHour: 0, offeredLoad: 0, officers: 0, officersWithShrinkage: 0, probabilityOfWaiting: null, occupancy: null, withinTarget: [] });
      continue;
    }
    const load = (incidents * commitmentSeconds) / 3600;
    const targets = present.map((u) => ({ targetLevel: demand.targetLevel, targetSeconds: u.waitAllowanceSeconds }));
    const r = requiredAgentsFor(load, commitmentSeconds, targets, demand.shrinkage);
    hours.push({
      hourOfWeek,
      incidentsPerHour: incidents,
      offeredLoad: load,
      officers: r.agents,
      officersWithShrinkage: r.agentsWithShrinkage,
      probabilityOfWaiting: r.probabilityOfWaiting,
      occupancy: r.occupancy,
      withinTarget: present.map((u) => ({
        gradeCode: u.grade.code,
        share: 1 - r.probabilityOfWaiting * Math.exp((-(r.agents - load) * u.waitAllowanceSeconds) / commitmentSeconds),
      })),
    });
  }
  return {
    grades: used.map((u) => ({ gradeCode: u.grade.code, name: u.grade.name, targetSeconds: u.grade.targetSeconds, waitAllowanceSeconds: u.waitAllowanceSeconds })),
    hours,
    ...summarise(hours.map((h) => h.officersWithShrinkage)),
  };
}

/** The bounds the contract cannot state for OpenAPI 3.0 (strictly above 0, strictly below 1), by request path. */
function checkRequest(request: StaffingRecommendationRequest): void {
  const h = request.callHandlers;
  checkPositive('body/callHandlers/averageHandleSeconds', h.averageHandleSeconds);
  checkTargetLevel('body/callHandlers/targetLevel', h.targetLevel);
  checkTargetSeconds('body/callHandlers/targetSeconds', h.targetSeconds);
  checkShrinkage('body/callHandlers/shrinkage', h.shrinkage);
  const o = request.responseOfficers;
  if (!o) return;
  checkPositive('body/responseOfficers/commitmentMinutes', o.commitmentMinutes);
  checkTargetLevel('body/responseOfficers/targetLevel', o.targetLevel);
  checkShrinkage('body/responseOfficers/shrinkage', o.shrinkage);
}

/** Call handlers (and, when incidents are given, response officers) needed in each hour of the week. */
export function recommendStaffing(request: StaffingRecommendationRequest, grades: GradeTarget[]): StaffingRecommendation {
  checkRequest(request);
  const handlerHours = callHandlerHours(request.callHandlers);
  return {
    callHandlers: { hours: handlerHours, ...summarise(handlerHours.map((h) => h.agentsWithShrinkage)) },
    responseOfficers: request.responseOfficers ? responseOfficers(request.responseOfficers, grades) : null,
  };
}
