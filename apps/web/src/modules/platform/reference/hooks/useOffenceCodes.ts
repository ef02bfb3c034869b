import { api } from '../../../../api/api';
import { useQuery } from '../../../../api/useQuery';

/** Home Office offence codes matching words such as "theft from shop", or a code. */
export function useOffenceCodes(q: string, limit = 25) {
  return useQuery(`reference:offence-codes:${limit}:${q}`, (signal) => api.reference.offenceCodes({ q: q || undefined, limit }, signal), { keepPreviousData: true });
}
