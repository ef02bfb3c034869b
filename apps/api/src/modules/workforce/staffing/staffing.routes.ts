import { ErlangCRequest, ErlangCResult, StaffingRecommendation, StaffingRecommendationRequest } from '@bluelamp/contracts/workforce/staffing';
import type { App, AppDeps } from '../../../http/types';
import { errors } from '../../../http/schemas';
import { listResponseGrades } from '../../platform';
import { ErlangCInputError, requiredAgents } from './erlang-c';
import { recommendStaffing } from './recommend-staffing';

/**
 * Staffing calculations. They read no personal data and change nothing, so there is no audit entry
 * and no transaction; they are POSTs only because a week's profile is too long for a query string.
 */
/** Runs a calculation, naming a refused input by its place in the request body (derived figures keep their name). */
function withinBody<T>(body: object, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw error instanceof ErlangCInputError && error.field in body ? error.within('body') : error;
  }
}

export function registerStaffingRoutes(app: App, deps: AppDeps): void {
  const tags = ['workforce'];
  const config = { access: { permission: 'workforce:staffing' } } as const;

  app.post(
    '/api/workforce/staffing/erlang-c',
    { config, schema: { tags, summary: 'Call handlers needed for one interval (Erlang C with shrinkage), as `bluelamp staffing erlang-c`', body: ErlangCRequest, response: { 200: ErlangCResult, ...errors(400, 401, 403) } } },
    async (request) => {
      const { trafficIntensity, agents, agentsWithShrinkage, serviceLevel, occupancy, probabilityOfWaiting, averageSpeedOfAnswerSeconds } = withinBody(request.body, () => requiredAgents(request.body));
      return { trafficIntensity, agents, agentsWithShrinkage, serviceLevel, occupancy, probabilityOfWaiting, averageSpeedOfAnswerSeconds };
    },
  );

  app.post(
    '/api/workforce/staffing/recommendation',
    {
      config,
      schema: {
        tags,
        summary: 'Call handlers and response officers needed in each hour of the week, from a demand profile and the grade targets',
        body: StaffingRecommendationRequest,
        response: { 200: StaffingRecommendation, ...errors(400, 401, 403) },
      },
    },
    async (request) => {
      const grades = request.body.responseOfficers ? await listResponseGrades(deps.db) : [];
      return recommendStaffing(request.body, grades);
    },
  );
}
