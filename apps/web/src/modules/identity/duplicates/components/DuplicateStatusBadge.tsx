import type { DuplicateStatus } from '@bluelamp/contracts/identity/duplicates';
import { Badge } from '../../../../ui/Badge';
import { STATUS_LABELS, STATUS_TONES } from '../utils/duplicateLabels';

/** Where a proposal stands: awaiting review, merged, not the same, no longer proposed. */
export function DuplicateStatusBadge({ status }: { status: DuplicateStatus }) {
  return <Badge tone={STATUS_TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}
