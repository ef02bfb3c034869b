import type { UpdateResponseGradeRequest } from '@bluelamp/contracts/platform/reference';
import { api } from '../../../../api/api';
import { useMutation } from '../../../../api/useMutation';

/** Changes a grade's target, with the reason kept in the audit trail. */
export function useUpdateGrade(code: string) {
  return useMutation((body: UpdateResponseGradeRequest) => api.reference.updateGrade(code, body), { invalidates: ['reference:grades'] });
}
