import type { DemandProfileResponse } from '@bluelamp/contracts/incidents/report';
import { useQuery } from '../../../../api/useQuery';
import { staffingApi } from '../../staffing/api/staffingApi';
import { demandApi } from '../api/demandApi';
import { rostersApi } from '../api/rostersApi';
import { hasDemand, recommendationRequest, type DemandSettings } from '../utils/demandChart';

type Period = { from: string; to: string };

/** An average week's incidents per hour over London days (both inclusive), all categories or one. */
export function useDemandProfile(period: Period | undefined, category: string | undefined) {
  return useQuery(
    `incidents:demand:${period?.from}:${period?.to}:${category ?? ''}`,
    (signal) => demandApi.profile({ from: period!.from, to: period!.to, ...(category ? { category } : {}) }, signal),
    { enabled: !!period, keepPreviousData: true },
  );
}

/** People on duty per hour of the week in every team (a roster change refreshes it: 'rosters:'). */
export function useStrengthOfAllTeams(monday: string, sunday: string) {
  return useQuery(`rosters:strength:all:${monday}:${sunday}`, (signal) => rostersApi.strength({ from: monday, to: sunday }, signal), { keepPreviousData: true });
}

/**
 * Response officers needed per hour for the demand (POST /api/workforce/staffing/recommendation,
 * the same calculation as the staffing calculator, with the force's grade targets). Waits for a
 * profile with at least one incident: with none, nobody is needed.
 */
export function useDemandRecommendation(profile: DemandProfileResponse | undefined, key: string, settings: DemandSettings) {
  return useQuery(
    `staffing:demand:${key}:${settings.targetLevel}:${settings.shrinkage}`,
    () => staffingApi.recommendation(recommendationRequest(profile!, settings)),
    { enabled: !!profile && hasDemand(profile), keepPreviousData: true },
  );
}
