import type { ThriveElement, ThriveLevel } from '@bluelamp/contracts/contact/thrive';

export const CHANNEL_NAMES: Record<string, string> = { '999': '999 emergency', '101': '101 non-emergency', online: 'Online report', walk_in: 'Walk-in (front counter)', officer: 'Officer-initiated' };
export const THRIVE_NAMES: Record<ThriveElement, { name: string; hint: string }> = {
  threat: { name: 'Threat', hint: 'What is threatened, by whom, now?' },
  harm: { name: 'Harm', hint: 'What harm has been or could be done?' },
  risk: { name: 'Risk', hint: 'How likely is the harm, and how soon?' },
  investigation: { name: 'Investigation', hint: 'Evidence or an offender that will be lost without a visit?' },
  vulnerability: { name: 'Vulnerability', hint: 'Is the caller or someone else vulnerable?' },
  engagement: { name: 'Engagement', hint: 'How does the caller want us to deal with it?' },
};
export const LEVEL_NAMES: Record<ThriveLevel, string> = { none: 'None', low: 'Low', medium: 'Medium', high: 'High' };
export const GRADE_NAMES: Record<string, string> = { immediate: 'Immediate', scheduled: 'Scheduled', routine: 'Routine' };
export const gradeName = (code: string | null): string => (code ? (GRADE_NAMES[code] ?? code) : '—');

/** "2 in the last 90 days (5 in all)". */
export function countText(c: { total: number; inWindow: number }, windowDays: number): string {
  if (c.total === 0) return 'None before';
  const inWindow = `${c.inWindow} in the last ${windowDays} days`;
  return c.total === c.inWindow ? inWindow : `${inWindow} (${c.total} in all)`;
}
