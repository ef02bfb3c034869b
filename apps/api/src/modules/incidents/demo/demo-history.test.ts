import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../core/db/database';
import { readMigrations } from '../../../core/db/migrate';
import { openMigratedTestDatabase } from '../../../../test/test-database';
import { seedDemoForce } from '../../workforce';
import { responseReport } from '../report/response-report';
import { incidentDemandSource } from '../demand/demand-profile';
import { seedDemoHistory } from './demo-history';

describe('demo history', () => {
  let database: Database;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    ({ database, close } = await openMigratedTestDatabase(readMigrations().filter((m) => m.version <= 8)));
    await seedDemoForce(database.db, { hashPassword: async () => 'not-a-real-hash', demoPassword: 'x' });
  }, 300_000);
  afterAll(async () => {
    await close?.();
  });

  it('should seed eight weeks of closed incidents once, at City postcodes, that the report and demand profile read', async () => {
    const now = new Date('2026-11-29T12:00:00Z');
    const first = await seedDemoHistory(database.db, { now });
    expect(first.seeded).toBe(true);
    expect(first.incidents).toBeGreaterThan(1000);
    expect(await seedDemoHistory(database.db, { now })).toEqual({ seeded: false });
    const rows = await database.db.selectFrom('incident').select(['reference', 'status', 'location_postcode', 'received_at']).where('reference', 'like', 'DEMO-%').execute();
    expect(rows.length).toBe(first.incidents);
    expect(rows.every((r) => r.status === 'closed' && r.location_postcode?.startsWith('EC'))).toBe(true);
    expect(rows.every((r) => new Date(r.received_at) < new Date('2026-11-29T00:00:00Z') && new Date(r.received_at) >= new Date('2026-10-04T00:00:00Z'))).toBe(true);

    const report = await responseReport(database.db, '2026-10-04', '2026-11-28');
    const immediate = report.byGrade.immediate!;
    expect(immediate.count).toBeGreaterThan(100);
    expect(immediate.compliance!).toBeGreaterThan(0.8);
    expect(immediate.compliance!).toBeLessThan(1);
    expect(report.byGrade.routine!.notAttended).toBeGreaterThan(0);

    const demand = await incidentDemandSource.demandProfile(database.db, { from: new Date('2026-10-05T00:00:00Z'), to: new Date('2026-11-23T00:00:00Z') });
    const total = demand.incidentsByGrade.reduce((sum, g) => sum.map((v, i) => v + g.perHour[i]!), new Array<number>(168).fill(0));
    // Office hours busier than the small hours (Tuesday 14:00 against Tuesday 04:00).
    expect(total[24 + 14]!).toBeGreaterThan(total[24 + 4]!);
    // Travel and commitment are taken over the incidents attended within the hour, not Routine
    // appointments: minutes, not hours.
    expect(demand.averageTravelMinutes).not.toBeNull();
    expect(demand.averageTravelMinutes!).toBeLessThan(30);
    expect(demand.averageCommitmentMinutes!).toBeLessThan(180);
  }, 300_000);
});
