import type { DuplicateStatus } from '@bluelamp/contracts/identity/duplicates';

/** A probability as a whole percentage ("97%"); below 1% and above 99% are not rounded away. */
export function formatProbability(probability: number): string {
  if (probability > 0.99 && probability < 1) return '> 99%';
  if (probability < 0.01 && probability > 0) return '< 1%';
  return `${Math.round(probability * 100)}%`;
}

export const STATUS_LABELS: Record<DuplicateStatus, string> = {
  open: 'Awaiting review',
  merged: 'Merged',
  dismissed: 'Not the same',
  withdrawn: 'No longer proposed',
};

export const STATUS_TONES: Record<DuplicateStatus, 'info' | 'success' | 'neutral' | 'warning'> = {
  open: 'info',
  merged: 'success',
  dismissed: 'neutral',
  withdrawn: 'warning',
};

/** A calendar date (YYYY-MM-DD) as DD/MM/YYYY; a missing one as an em dash. */
export function formatDateOfBirth(date: string | null): string {
  if (!date) return '—';
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}
