import { api } from '../../../../api/api';
import { useQuery } from '../../../../api/useQuery';

/** Response grades with their attendance targets (refreshed live when one is changed). */
export function useGrades() {
  return useQuery('reference:grades', (signal) => api.reference.grades(signal));
}
