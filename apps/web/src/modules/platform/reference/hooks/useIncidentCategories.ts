import { api } from '../../../../api/api';
import { useQuery } from '../../../../api/useQuery';

/** Incident categories with their NSIR class and default grade. */
export function useIncidentCategories() {
  return useQuery('reference:incident-categories', (signal) => api.reference.incidentCategories(signal));
}
