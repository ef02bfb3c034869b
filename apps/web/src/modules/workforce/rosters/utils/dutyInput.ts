import type { RosterChangeKind } from '@bluelamp/contracts/workforce/rosters';

/** Kinds that name the duty worked instead (a shift type, or local start and end times). */
export const WITH_DUTY: readonly RosterChangeKind[] = ['training', 'court', 'overtime', 'shift_change'];

const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

/**
 * What is wrong with the duty given for a change, or undefined: training, court, overtime and a
 * changed shift need a shift type, or both times as HH:MM (an end at or before the start is the next day).
 */
export function checkDuty(kind: RosterChangeKind, shiftTypeCode: string, startTime: string, endTime: string): string | undefined {
  if (!WITH_DUTY.includes(kind) || shiftTypeCode) return undefined;
  if (!startTime.trim() && !endTime.trim()) return 'Choose the duty worked, or give its start and end times';
  if (!TIME.test(startTime.trim()) || !TIME.test(endTime.trim())) return 'Give the start and end times as HH:MM on the 24-hour clock, e.g. 09:00 and 17:00';
  return undefined;
}
