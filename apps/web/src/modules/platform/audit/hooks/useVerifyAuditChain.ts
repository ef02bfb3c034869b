import { api } from '../../../../api/api';
import { useMutation } from '../../../../api/useMutation';

/** Asks the API to walk the audit hash chain and report the first broken link. */
export function useVerifyAuditChain() {
  return useMutation(() => api.audit.verify(), { invalidates: ['audit:'] });
}
