import { useMutation } from '../../../../api/useMutation';
import { staffingApi } from '../api/staffingApi';

/** Asks the API for the handlers (and officers) needed in each hour of the week. */
export function useStaffingRecommendation() {
  return useMutation(staffingApi.recommendation);
}
