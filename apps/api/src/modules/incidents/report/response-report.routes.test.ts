import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../../core/csv';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-database';
import { startTestApp, type TestApp } from '../../../../test/test-app';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../../../../../bin/bluelamp.js');
const SEATTLE = path.resolve(import.meta.dirname, '../../../../test/fixtures/incidents/spd-east-charlie-2018-2023.csv');

describe('the response report from the CLI and the API', () => {
  let db: TestDatabase;
  let env: Record<string, string>;
  let app: TestApp | undefined;
  beforeAll(async () => {
    db = await createTestDatabase();
    const dataDir = db.databaseUrl ? '' : fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-report-test-'));
    env = { ...(process.env as Record<string, string>), NODE_ENV: 'test', BLUELAMP_DATA_DIR: dataDir, DATABASE_URL: db.databaseUrl ?? '' };
  });
  afterAll(async () => {
    await app?.stop();
    await db?.drop();
    if (env?.BLUELAMP_DATA_DIR) fs.rmSync(env.BLUELAMP_DATA_DIR, { recursive: true, force: true });
  });

  const bluelamp = async (args: string[]) => {
    try {
      const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env, timeout: 120_000 });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };

  const IMPORT = [
    'incidents', 'import', '--input', SEATTLE,
    '--map', 'reference=CAD Event Number,received_at=Original Time Queued,arrived_at=Arrived Time,grade=Priority,category=Initial Call Type,latitude=Blurred_Latitude,longitude=Blurred_Longitude',
    '--grade-map', '1=immediate,2=scheduled,3=routine',
    '--timezone', 'America/Los_Angeles', '--date-order', 'mdy',
  ];

  let apiReport: any;
  let csvText = '';

  it('should import from the command line, reporting rejected rows by reason, and count a re-run as already there', async () => {
    const first = await bluelamp(IMPORT);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('imported 188, already there 0, rejected 34');
    expect(first.stdout).toMatch(/16 {2}grade "5" not mapped/);
    expect(first.stdout).toMatch(/line 14: grade "5" is not mapped/);
    const again = await bluelamp(IMPORT);
    expect(again.stdout).toContain('imported 0, already there 188, rejected 34');
    const bad = await bluelamp(['incidents', 'import', '--input', SEATTLE, '--map', 'reference=Nope,received_at=Original Time Queued,grade=Priority']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('the file has no column "Nope" (for reference)');
    const zone = await bluelamp([...IMPORT, '--timezone', 'Mars/Olympus']);
    expect(zone.stderr).toContain('--timezone "Mars/Olympus" is not a time zone');
  });

  it('should give the same figures from the API, refuse those without the permission, and export CSV from which they recompute', async () => {
    app = await startTestApp({ databaseUrl: db.databaseUrl, dataDir: env.BLUELAMP_DATA_DIR! });
    const analyst = await app.signIn('demo.analyst');
    const callHandler = await app.signIn('demo.callhandler');
    expect((await app.request('GET', '/api/incidents/reports/response?from=2018-01-01&to=2023-12-31', { cookie: callHandler })).status).toBe(403);
    expect((await app.request('GET', '/api/incidents/reports/response?from=2018-01-01&to=2023-12-31')).status).toBe(401);
    const bad = await app.request('GET', '/api/incidents/reports/response?from=2023-12-31&to=2018-01-01', { cookie: analyst });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');

    const res = await app.request('GET', '/api/incidents/reports/response?from=2018-01-01&to=2023-12-31', { cookie: analyst });
    expect(res.status).toBe(200);
    apiReport = res.body;
    expect(apiReport.byGrade.immediate).toMatchObject({ count: 29, withinTarget: 29, compliance: 1, medianSeconds: 479, p90Seconds: 664 });

    const csv = await app.request('GET', '/api/incidents/reports/response.csv?from=2018-01-01&to=2023-12-31', { cookie: analyst });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    csvText = csv.body as string;
    const rows = parseCsvRecords(csvText);
    expect(rows).toHaveLength(188);
    // Anyone can recompute the figures from the export.
    for (const [grade, figures] of Object.entries<any>(apiReport.byGrade)) {
      const arrived = rows.filter((r) => r.grade === grade && r.seconds_to_arrival !== '');
      expect(arrived.length).toBe(figures.count);
      expect(arrived.filter((r) => r.within_target === 'yes').length).toBe(figures.withinTarget);
      expect(arrived.filter((r) => Number(r.seconds_to_arrival) <= Number(r.target_seconds)).length).toBe(figures.withinTarget);
    }
    const audit = await app.deps.db.selectFrom('audit_event').select(['action', 'details']).where('action', '=', 'incident.response_exported').execute();
    expect(audit).toHaveLength(1);

    const demand = await app.request('GET', '/api/incidents/demand?from=2023-01-02&to=2023-12-31', { cookie: analyst });
    expect(demand.status).toBe(200);
    expect(demand.body.incidentsByGrade.length).toBeGreaterThan(0);
    expect(demand.body.incidentsByGrade[0].perHour).toHaveLength(168);
    expect((await app.request('GET', '/api/incidents/demand?from=2023-01-02&to=2023-01-05', { cookie: analyst })).status).toBe(400);
    expect((await app.request('GET', '/api/incidents/demand?from=2023-01-02&to=2023-12-31', { cookie: callHandler })).status).toBe(403);
    const openapi = await app.request('GET', '/api/openapi.json');
    expect(openapi.status).toBe(200);
    expect(Object.keys(openapi.body.paths)).toEqual(expect.arrayContaining(['/api/incidents/reports/response', '/api/incidents/reports/response.csv', '/api/incidents/demand']));
    await app.stop();
    app = undefined;
  });

  it('should print exactly the API figures with --json, and a table without it', async () => {
    const json = await bluelamp(['report', 'response', '--from', '2018-01-01', '--to', '2023-12-31', '--json']);
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(apiReport.byGrade);
    const table = await bluelamp(['report', 'response', '--from', '2018-01-01', '--to', '2023-12-31']);
    expect(table.stdout).toMatch(/Immediate\s+12:00\s+34\s+29\s+29\s+100\.0%/);
    const bad = await bluelamp(['report', 'response', '--from', '2018-02-30', '--to', '2023-12-31']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--from is not a date');
  });
});
