import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../../core/csv';
import { computeResponseReport, gradeFigures, nearestRank, responseCsvLines, type ResponseRow } from './response-figures';

const T0 = Date.UTC(2025, 0, 6, 9);
const row = (ref: string, seconds: number | null, extra: Partial<ResponseRow> = {}): ResponseRow => ({
  incidentId: '00000000-0000-4000-8000-000000000000',
  reference: ref,
  gradeCode: 'immediate',
  targetSeconds: 720,
  category: 'violence',
  receivedAt: new Date(T0),
  dispatchedAt: null,
  arrivedAt: seconds === null ? null : new Date(T0 + seconds * 1000),
  breachedAt: null,
  breachReason: null,
  attended: seconds === null ? null : true,
  nonAttendanceReason: null,
  ...extra,
});

describe('response figures', () => {
  it('should take nearest-rank percentiles: the smallest value with at least p% at or below it', () => {
    expect(nearestRank([], 50)).toBeNull();
    expect(nearestRank([5], 90)).toBe(5);
    expect(nearestRank([1, 2, 3, 4], 50)).toBe(2); // even count: the lower middle value
    expect(nearestRank([1, 2, 3, 4, 5], 50)).toBe(3);
    expect(nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90)).toBe(10);
  });

  it('should count arrivals, compliance at exactly the target, and the rest', () => {
    const f = gradeFigures([
      row('A', 720), // exactly on target: within
      row('B', 721),
      row('C', 60.5),
      row('D', null, { attended: false, nonAttendanceReason: 'resolved-by-phone' }),
      row('E', 900, { breachedAt: new Date(T0 + 720_000), breachReason: 'Traffic' }),
      row('F', null, { breachedAt: new Date(T0 + 720_000) }),
    ]);
    expect(f).toEqual({
      count: 4,
      withinTarget: 2,
      compliance: 0.5,
      meanSeconds: 600.4, // (720 + 721 + 60.5 + 900) / 4 = 600.375
      medianSeconds: 720,
      p90Seconds: 900,
      incidents: 6,
      notArrived: 2,
      notAttended: 1,
      breaches: 2,
      breachesWithReason: 1,
    });
  });

  it('should give every grade even with no incidents, and an export that recomputes the figures', () => {
    const rows = [row('A', 300), row('B', 800, { gradeCode: 'scheduled', targetSeconds: 3600 }), row('C', null, { gradeCode: 'scheduled', targetSeconds: 3600, attended: false, nonAttendanceReason: 'victim-declined' })];
    const report = computeResponseReport(rows, [{ code: 'immediate', name: 'Immediate', targetSeconds: 720 }, { code: 'scheduled', name: 'Scheduled', targetSeconds: 3600 }, { code: 'routine', name: 'Routine', targetSeconds: 172800 }], {
      from: '2025-01-06',
      to: '2025-01-06',
      start: new Date(T0 - 9 * 3600_000),
      end: new Date(T0 + 15 * 3600_000),
    });
    expect(Object.keys(report.byGrade)).toEqual(['immediate', 'scheduled', 'routine']);
    expect(report.byGrade.routine).toMatchObject({ count: 0, compliance: null, meanSeconds: null, medianSeconds: null, p90Seconds: null });
    expect(report.nonAttendanceReasons).toEqual([{ gradeCode: 'scheduled', reason: 'victim-declined', count: 1 }]);
    const csv = parseCsvRecords([...responseCsvLines(rows)].join(''));
    expect(csv[1]).toEqual({
      reference: 'B',
      grade: 'scheduled',
      target_seconds: '3600',
      category: 'violence',
      received_at: '2025-01-06T09:00:00.000Z',
      dispatched_at: '',
      arrived_at: '2025-01-06T09:13:20.000Z',
      seconds_to_arrival: '800',
      within_target: 'yes',
      breached: 'no',
      breach_reason: '',
      attended: 'yes',
      non_attendance_reason: '',
    });
    expect(csv[2]).toMatchObject({ seconds_to_arrival: '', within_target: '', attended: 'no', non_attendance_reason: 'victim-declined' });
  });
});
