import { describe, expect, it } from 'vitest';
import type { DemandProfileResponse } from '@bluelamp/contracts/incidents/report';
import { parseWeekOfNumbers } from '../../staffing/utils/hourOfWeek';
import { officerFieldsFromProfile, weekAsLine, weekAsText } from './demandForm';

const week = (fill: (h: number) => number) => Array.from({ length: 168 }, (_, h) => fill(h));

describe('weekAsText', () => {
  it('should write seven rows of 24 that the calculator reads back as the same week', () => {
    const values = week((h) => (h % 5) / 8);
    const text = weekAsText(values);
    expect(text.split('\n')).toHaveLength(7);
    expect(text.split('\n')[0]!.split('\t')).toHaveLength(24);
    expect(parseWeekOfNumbers(text)).toEqual({ values });
    expect(weekAsLine(values)).not.toMatch(/\n/);
    expect(parseWeekOfNumbers(weekAsLine(values))).toEqual({ values });
  });
});

describe('officerFieldsFromProfile', () => {
  const profile: DemandProfileResponse = {
    period: { from: '2026-10-05T00:00:00.000Z', to: '2026-11-30T00:00:00.000Z' },
    callsPerHour: null,
    incidentsByGrade: [
      { gradeCode: 'immediate', perHour: week((h) => (h === 3 ? 0.125 : 0)) },
      { gradeCode: 'routine', perHour: week(() => 0) },
    ],
    averageCommitmentMinutes: 47.26,
    averageTravelMinutes: null,
  };

  it('should fill the grades with incidents, the measured commitment, and keep what was typed where there is no history', () => {
    const fields = officerFieldsFromProfile(profile, { commitmentMinutes: '60', travelMinutes: '9' });
    expect(fields.isIncluded).toBe(true);
    expect(fields.incidentsByGrade.immediate).not.toMatch(/\n/);
    expect((parseWeekOfNumbers(fields.incidentsByGrade.immediate!) as { values: number[] }).values[3]).toBe(0.125);
    expect(fields.incidentsByGrade.routine).toBe('');
    expect(fields.commitmentMinutes).toBe('47.3');
    expect(fields.travelMinutes).toBe('9');
  });

  it('should fill empty commitment and travel with the stated assumptions when the history has none', () => {
    const fields = officerFieldsFromProfile({ ...profile, averageCommitmentMinutes: null }, { commitmentMinutes: '', travelMinutes: ' ' });
    expect([fields.commitmentMinutes, fields.travelMinutes]).toEqual(['60', '8']);
  });
});
