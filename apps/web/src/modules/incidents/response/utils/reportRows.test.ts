import { describe, expect, it } from 'vitest';
import type { ResponseReport } from '@bluelamp/contracts/incidents/report';
import { formatCompliance, gradeRows } from './reportRows';

describe('gradeRows', () => {
  it('should list every grade in reference order, with zeros for a grade without figures', () => {
    const figures = { count: 2, withinTarget: 1, compliance: 0.5, meanSeconds: 400, medianSeconds: 300, p90Seconds: 500, incidents: 3, notArrived: 1, notAttended: 0, breaches: 1, breachesWithReason: 0 };
    const report = {
      grades: [
        { code: 'immediate', name: 'Immediate', targetSeconds: 720 },
        { code: 'scheduled', name: 'Scheduled', targetSeconds: 3600 },
      ],
      byGrade: { immediate: figures },
    } as unknown as ResponseReport;
    const rows = gradeRows(report);
    expect(rows.map((r) => r.code)).toEqual(['immediate', 'scheduled']);
    expect(rows[0]!.figures).toBe(figures);
    expect(rows[1]!.figures).toMatchObject({ count: 0, compliance: null, meanSeconds: null });
  });
});

describe('formatCompliance', () => {
  it('should show a share as a percentage to one decimal, or a dash without arrivals', () => {
    expect(formatCompliance(1)).toBe('100.0%');
    expect(formatCompliance(0.9714)).toBe('97.1%');
    expect(formatCompliance(0)).toBe('0.0%');
    expect(formatCompliance(null)).toBe('—');
  });
});
