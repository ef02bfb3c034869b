import { describe, expect, it } from 'vitest';
import { proposeGrade, THRIVE_ELEMENTS, type ThriveAssessment, type ThriveLevel } from '@bluelamp/contracts/contact/thrive';

const thrive = (levels: Partial<Record<keyof ThriveAssessment, ThriveLevel>> = {}): ThriveAssessment =>
  Object.fromEntries(THRIVE_ELEMENTS.map((e) => [e, { level: levels[e] ?? 'none' }])) as ThriveAssessment;

describe('proposeGrade', () => {
  it('should propose Immediate when threat, harm or risk is high', () => {
    for (const e of ['threat', 'harm', 'risk'] as const) expect(proposeGrade(thrive({ [e]: 'high' })).grade).toBe('immediate');
  });
  it('should propose Immediate for a highly vulnerable person with a medium threat, harm or risk', () => {
    expect(proposeGrade(thrive({ vulnerability: 'high', harm: 'medium' }))).toEqual({ grade: 'immediate', rule: 'A vulnerable person with a medium threat, harm or risk' });
  });
  it('should propose Scheduled for a medium threat, or high vulnerability alone, or evidence at risk', () => {
    expect(proposeGrade(thrive({ threat: 'medium' })).grade).toBe('scheduled');
    expect(proposeGrade(thrive({ vulnerability: 'high' })).grade).toBe('scheduled');
    expect(proposeGrade(thrive({ vulnerability: 'medium', risk: 'low' })).grade).toBe('scheduled');
    expect(proposeGrade(thrive({ investigation: 'high' }))).toEqual({ grade: 'scheduled', rule: 'Evidence will be lost unless someone attends soon' });
  });
  it('should propose Routine when nothing is above low, whatever the engagement', () => {
    expect(proposeGrade(thrive({ threat: 'low', harm: 'low', risk: 'low', investigation: 'medium', vulnerability: 'low', engagement: 'high' })).grade).toBe('routine');
    expect(proposeGrade(thrive()).grade).toBe('routine');
  });
});
