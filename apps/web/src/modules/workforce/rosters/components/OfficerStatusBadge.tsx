import type { OfficerStatus } from '@bluelamp/contracts/workforce/availability';
import { Badge } from '../../../../ui/Badge';

export const STATUS_LABELS: Record<OfficerStatus, string> = { available: 'Available', committed: 'Committed', refreshment: 'Refreshment', off_duty: 'Off duty' };
const TONES = { available: 'success', committed: 'warning', refreshment: 'info', off_duty: 'neutral' } as const;

/** An officer's status in words (colour only repeats them). */
export function OfficerStatusBadge({ status }: { status: OfficerStatus }) {
  return <Badge tone={TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}
