import { api } from '../../../../api/api';
import { useMutation } from '../../../../api/useMutation';

export type VerifyResult = Awaited<ReturnType<typeof api.audit.verify>>;

/** Asks the API to walk the audit hash chain and report the first broken link. */
export function useVerifyAuditChain() {
  return useMutation((_: void) => api.audit.verify(), { invalidates: ['audit:'] });
}
