// THRIVE (threat, harm, risk, investigation, vulnerability, engagement): the assessment a call
// handler makes on every contact, and the rule that turns it into a proposed response grade. Pure
// and shared, so the call-taking screen shows the same proposal the server records.

export const THRIVE_ELEMENTS = ['threat', 'harm', 'risk', 'investigation', 'vulnerability', 'engagement'] as const;
export type ThriveElement = (typeof THRIVE_ELEMENTS)[number];

/** How much of each element the handler sees in the call. */
export const THRIVE_LEVELS = ['none', 'low', 'medium', 'high'] as const;
export type ThriveLevel = (typeof THRIVE_LEVELS)[number];

export type ThriveAssessment = Record<ThriveElement, { level: ThriveLevel; note?: string | undefined }>;

/** The three grades of the force's graded response (reference data `response_grade`). */
export type ProposedGrade = 'immediate' | 'scheduled' | 'routine';

const RANK: Record<ThriveLevel, number> = { none: 0, low: 1, medium: 2, high: 3 };

/**
 * The grade a THRIVE assessment proposes, with the rule that decided it in words.
 *
 * Rule (first that applies):
 * 1. **Immediate** when threat, harm or risk is high (danger to someone now), or vulnerability is
 *    high together with a medium threat, harm or risk (a vulnerable person lowers the bar).
 * 2. **Scheduled** when threat, harm, risk or vulnerability is medium or high, or investigation is
 *    high (evidence that will be lost unless someone attends soon).
 * 3. **Routine** otherwise. Engagement (how the caller wants to be dealt with) never raises the
 *    grade: it informs how the routine or scheduled response is delivered.
 */
export function proposeGrade(thrive: ThriveAssessment): { grade: ProposedGrade; rule: string } {
  const level = (e: ThriveElement) => RANK[thrive[e].level];
  const danger = Math.max(level('threat'), level('harm'), level('risk'));
  if (danger === RANK.high) return { grade: 'immediate', rule: 'Threat, harm or risk is high' };
  if (level('vulnerability') === RANK.high && danger === RANK.medium) return { grade: 'immediate', rule: 'A vulnerable person with a medium threat, harm or risk' };
  if (danger === RANK.medium || level('vulnerability') >= RANK.medium) return { grade: 'scheduled', rule: 'Threat, harm, risk or vulnerability is medium or high' };
  if (level('investigation') === RANK.high) return { grade: 'scheduled', rule: 'Evidence will be lost unless someone attends soon' };
  return { grade: 'routine', rule: 'No threat, harm, risk or vulnerability above low' };
}
