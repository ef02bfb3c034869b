import type { UpdatePolicySettingRequest } from '@bluelamp/contracts/platform/policy';
import { api } from '../../../../api/api';
import { useMutation } from '../../../../api/useMutation';

/** Changes one policy setting, with the version it was read at and a reason. */
export function useUpdatePolicySetting(key: string) {
  return useMutation((body: UpdatePolicySettingRequest) => api.policy.update(key, body), { invalidates: ['policy:'] });
}
