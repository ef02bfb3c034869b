import { useMutation } from '../../../../api/useMutation';
import { duplicatesApi } from '../api/duplicatesApi';

/** Rescans every live person and place now (changes are followed anyway; this is for after a bulk import). */
export function useScanDuplicates() {
  return useMutation(() => duplicatesApi.scan(), { invalidates: ['duplicates:', 'audit:'] });
}
