import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../core/db/database';
import { readMigrations } from '../../../core/db/migrate';
import { systemContext } from '../../../core/context';
import { openMigratedTestDatabase } from '../../../../test/test-database';
import { listIncidentEvents } from '../incidents.repository';
import { responseReport } from '../report/response-report';
import { incidentDemandSource } from '../demand/demand-profile';
import { importIncidents, type ImportOptions } from './import-incidents';
import { readCsvRecords } from './csv-stream';

const MIGRATIONS = readMigrations().filter((m) => m.version <= 8);
const SEATTLE = path.resolve(import.meta.dirname, '../../../../test/fixtures/incidents/spd-east-charlie-2018-2023.csv');
const ctx = systemContext('test:import');

/** Text in small chunks, so records and quotes straddle chunk edges. */
const chunked = (text: string, size = 7) => Readable.from(Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size)));

const LONDON: Omit<ImportOptions, 'map' | 'sourceName'> = { timeZone: 'Europe/London', dateOrder: 'dmy', now: new Date('2026-11-29T00:00:00Z') };
const MAP: ImportOptions['map'] = { reference: 'Ref', received_at: 'Received', dispatched_at: 'Dispatched', arrived_at: 'Arrived', grade: 'Pri', category: 'Type', postcode: 'Postcode', latitude: 'Lat', longitude: 'Lon' };

describe('bringing history in', () => {
  let database: Database;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    ({ database, close } = await openMigratedTestDatabase(MIGRATIONS));
  });
  afterAll(async () => {
    await close?.();
  });

  it('should read CSV records across chunk edges with quotes, CRLF and the line each starts on', async () => {
    const text = '\ufeffa,b\r\n1,"x, ""y"""\r\n\r\n2,"two\nlines"\n3,z';
    const records = [];
    for await (const r of readCsvRecords(chunked(text, 3))) records.push(r);
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', 'x, "y"'] },
      { line: 4, cells: ['2', 'two\nlines'] },
      { line: 6, cells: ['3', 'z'] },
    ]);
  });

  it('should import the rows it can read, name the others by line and reason, and not duplicate on a re-run', async () => {
    const csv = [
      'Ref,Received,Dispatched,Arrived,Pri,Type,Postcode,Lat,Lon',
      'T-1,15/01/2024 10:00:00,15/01/2024 10:01:00,15/01/2024 10:08:00,P1,violence,ec2v 7hh,51.5,-0.09', // 2: fine, category code
      'T-2,15/01/2024 11:00,NULL,15/01/2024 11:30,P2,LOUD PARTY,NULL,NULL,NULL', // 3: fine, old wording, NULL cells
      'T-3,15/01/2024 12:00,,15/01/2024 11:59,P1,violence,,,', // 4: arrived before received
      'T-4,15/01/2024 12:00,,,P9,violence,,,', // 5: grade not mapped
      'T-5,31/02/2024 12:00,,,P1,violence,,,', // 6: no such date
      'T-6,15/01/2024 12:00,15/01/2024 12:10,15/01/2024 12:05,P1,violence,,,', // 7: arrived before dispatched
      'T-1,15/01/2024 10:00,,,P1,violence,,,', // 8: reference repeated
      ',15/01/2024 10:00,,,P1,violence,,,', // 9: no reference
      'T-7,15/01/2024 13:00,,,P1,Violence or assault,,51.5,', // 10: half a coordinate
      'T-8,15/01/2024 14:00,,,P3,Violence or assault,,,', // 11: fine, category by name, no arrival
    ].join('\n');
    const options: ImportOptions = { ...LONDON, map: MAP, gradeMap: new Map([['P1', 'immediate'], ['P2', 'scheduled'], ['P3', 'routine']]), nullText: 'NULL', sourceName: 'test.csv', batchSize: 2 };
    const first = await importIncidents(database.db, ctx, chunked(csv), options);
    expect(first).toMatchObject({ read: 10, imported: 3, alreadyThere: 0, rejected: 7 });
    expect(first.errors.map((e) => [e.line, e.kind])).toEqual([
      [4, 'arrived before received'],
      [5, 'grade "P9" not mapped'],
      [6, 'received_at is not a time'],
      [7, 'arrived before dispatched'],
      [8, 'reference repeated in the file'],
      [9, 'reference is empty'],
      [10, 'half a coordinate'],
    ]);
    expect(first.errors[1]!.reason).toContain('add P9=GRADE to --grade-map');

    const again = await importIncidents(database.db, ctx, chunked(csv), options);
    expect(again).toMatchObject({ read: 10, imported: 0, alreadyThere: 3, rejected: 7 });

    const rows = await database.db.selectFrom('incident').selectAll().where('reference', 'like', 'T-%').orderBy('reference').execute();
    expect(rows.map((r) => [r.reference, r.category_code, r.category_text, r.grade, r.status, r.closing_code, r.location_postcode])).toEqual([
      ['T-1', 'violence', null, 'immediate', 'closed', 'imported', 'EC2V 7HH'],
      ['T-2', null, 'LOUD PARTY', 'scheduled', 'closed', 'imported', null],
      ['T-8', 'violence', null, 'routine', 'closed', 'imported', null],
    ]);
    expect(new Date(rows[0]!.closed_at!).toISOString()).toBe('2024-01-15T10:08:00.000Z');
    expect(new Date(rows[2]!.closed_at!).toISOString()).toBe('2024-01-15T14:00:00.000Z'); // nothing after receipt: closed at receipt
    expect(rows[2]!.attended).toBeNull();
    const timeline = await listIncidentEvents(database.db, rows[0]!.id);
    expect(timeline.map((e) => [e.type, e.toStatus, e.occurredAt.toISOString()])).toEqual([
      ['imported', null, '2024-01-15T10:00:00.000Z'],
      ['status', 'dispatched', '2024-01-15T10:01:00.000Z'],
      ['status', 'on_scene', '2024-01-15T10:08:00.000Z'],
    ]);
    const audit = await database.db.selectFrom('audit_event').select(['action']).where('action', '=', 'incident.imported').execute();
    expect(audit.length).toBe(2); // batches of 2: T-1 and T-2 together, then T-8
  });

  it('should refuse a set-up that cannot work before writing anything', async () => {
    const options: ImportOptions = { ...LONDON, map: { ...MAP, narrative: 'Notes' }, sourceName: 'x.csv' };
    await expect(importIncidents(database.db, ctx, chunked('Ref,Received,Pri\nA,15/01/2024 10:00,immediate'), options)).rejects.toThrow(/no column "Dispatched" \(for dispatched_at\)/);
    await expect(importIncidents(database.db, ctx, chunked('Ref,Received,Pri\n'), { ...LONDON, map: { reference: 'Ref', received_at: 'Received', grade: 'Pri' }, gradeMap: new Map([['1', 'urgent']]), sourceName: 'x' })).rejects.toThrow(/"urgent" is not a grade/);
  });

  it('should compute the figures per grade from the events, nearest-rank, on a hand-computed set', async () => {
    // Immediate (target 720 s): 300, 600, 700, 900, 1000 s → 3 within, mean 700, median (rank 3) 700, p90 (rank 5) 1000.
    // Scheduled (target 3600 s): 1000, 2000, 3000, 4000 s, and one never arrived → median (rank 2) 2000, p90 (rank 4) 4000.
    const arrive = (ref: string, grade: string, seconds: number | null) => {
      const received = Date.UTC(2025, 5, 10, 9, 0, 0);
      const arrived = seconds === null ? '' : new Date(received + seconds * 1000).toISOString();
      return `${ref},${new Date(received).toISOString()},${arrived},${grade}`;
    };
    const csv = [
      'Ref,Received,Arrived,Grade',
      ...[300, 600, 700, 900, 1000].map((s, i) => arrive(`H-I${i}`, 'immediate', s)),
      ...[4000, 1000, 3000, 2000, null].map((s, i) => arrive(`H-S${i}`, 'scheduled', s)),
    ].join('\n');
    const result = await importIncidents(database.db, ctx, chunked(csv, 64), { ...LONDON, map: { reference: 'Ref', received_at: 'Received', arrived_at: 'Arrived', grade: 'Grade' }, sourceName: 'hand.csv' });
    expect(result).toMatchObject({ imported: 10, rejected: 0 });
    const report = await responseReport(database.db, '2025-06-10', '2025-06-10');
    expect(report.byGrade.immediate).toMatchObject({ count: 5, withinTarget: 3, compliance: 0.6, meanSeconds: 700, medianSeconds: 700, p90Seconds: 1000, incidents: 5, notArrived: 0, breaches: 2 });
    expect(report.byGrade.scheduled).toMatchObject({ count: 4, withinTarget: 3, compliance: 0.75, meanSeconds: 2500, medianSeconds: 2000, p90Seconds: 4000, incidents: 5, notArrived: 1, breaches: 1 });
    expect(report.byGrade.routine).toMatchObject({ count: 0, compliance: null, medianSeconds: null, incidents: 0 });
    expect(report.breachReasons).toEqual([
      { gradeCode: 'immediate', reason: null, count: 2 },
      { gradeCode: 'scheduled', reason: null, count: 1 },
    ]);
  });

  it('should pick incidents by Europe/London date across the clock changes', async () => {
    const csv = [
      'Ref,Received,Grade',
      'C-1,2024-03-30T23:59:00Z,routine', // 30/03 23:59 GMT
      'C-2,2024-03-31T00:30:00Z,routine', // 31/03 00:30 GMT
      'C-3,2024-03-31T22:30:00Z,routine', // 31/03 23:30 BST
      'C-4,2024-03-31T23:30:00Z,routine', // 01/04 00:30 BST
      'C-5,2024-10-26T23:00:00Z,routine', // 27/10 00:00 BST
      'C-6,2024-10-27T23:59:00Z,routine', // 27/10 23:59 GMT (the 25-hour day)
      'C-7,2024-10-28T00:00:00Z,routine', // 28/10 00:00 GMT
    ].join('\n');
    await importIncidents(database.db, ctx, chunked(csv, 50), { ...LONDON, map: { reference: 'Ref', received_at: 'Received', grade: 'Grade' }, sourceName: 'clock.csv' });
    expect((await responseReport(database.db, '2024-03-31', '2024-03-31')).byGrade.routine!.incidents).toBe(2);
    expect((await responseReport(database.db, '2024-03-30', '2024-04-01')).byGrade.routine!.incidents).toBe(4);
    expect((await responseReport(database.db, '2024-10-27', '2024-10-27')).byGrade.routine!.incidents).toBe(2);
    await expect(responseReport(database.db, '2024-10-28', '2024-10-27')).rejects.toThrow(/to is before from/);
  });

  it('should average demand per hour of the week across the clock changes, under the grade first given', async () => {
    const csv = [
      'Ref,Received,Grade,Type',
      // Week of the spring change (Mon 25/03/2024 – Sun 31/03/2024): Sunday 02:30 BST is hour 146; 01:00–02:00 never happens.
      'D-1,2024-03-31T01:30:00Z,immediate,violence',
      'D-2,2024-03-25T08:15:00Z,immediate,theft', // Monday 08:15 GMT: hour 8
      // Week of the autumn change (Mon 21/10/2024 – Sun 27/10/2024): both 01:00–02:00 Sundays are hour 145.
      'D-3,2024-10-27T00:30:00Z,scheduled,violence',
      'D-4,2024-10-27T01:30:00Z,scheduled,violence',
    ].join('\n');
    await importIncidents(database.db, ctx, chunked(csv, 50), { ...LONDON, map: { reference: 'Ref', received_at: 'Received', grade: 'Grade', category: 'Type' }, sourceName: 'demand.csv' });
    const spring = await incidentDemandSource.demandProfile(database.db, { from: new Date('2024-03-25T00:00:00Z'), to: new Date('2024-03-31T23:00:00Z') });
    const immediate = spring.incidentsByGrade.find((g) => g.gradeCode === 'immediate')!.perHour;
    expect(immediate).toHaveLength(168);
    expect(immediate[146]).toBe(1);
    expect(immediate[8]).toBe(1);
    expect(immediate.reduce((a, b) => a + b, 0)).toBe(2);
    const onlyViolence = await incidentDemandSource.demandProfile(database.db, { from: new Date('2024-03-25T00:00:00Z'), to: new Date('2024-03-31T23:00:00Z') }, { categoryCodes: ['violence'] });
    expect(onlyViolence.incidentsByGrade.find((g) => g.gradeCode === 'immediate')!.perHour[8]).toBe(0);

    const autumn = await incidentDemandSource.demandProfile(database.db, { from: new Date('2024-10-20T23:00:00Z'), to: new Date('2024-10-28T00:00:00Z') });
    const scheduled = autumn.incidentsByGrade.find((g) => g.gradeCode === 'scheduled')!.perHour;
    expect(scheduled[145]).toBe(1); // two incidents, the hour happened twice
    expect(scheduled.reduce((a, b) => a + b, 0)).toBe(1);
    expect(autumn.callsPerHour).toBeNull();

    // Calls: every contact taken in the period, per hour of the week (Monday 25/03/2024 09:05 GMT is hour 9).
    const thrive = JSON.stringify({ threat: { level: 'low' } });
    for (const at of ['2024-03-25T09:05:00Z', '2024-03-25T09:50:00Z']) {
      await database.db
        .insertInto('contact')
        .values({ reference: `CON-T-${at}`, channel: '101', received_at: at, category_code: 'theft', narrative: 'x', thrive, proposed_grade: 'routine', grade: 'routine' })
        .execute();
    }
    const withCalls = await incidentDemandSource.demandProfile(database.db, { from: new Date('2024-03-25T00:00:00Z'), to: new Date('2024-03-31T23:00:00Z') });
    expect(withCalls.callsPerHour).toHaveLength(168);
    expect(withCalls.callsPerHour![9]).toBe(2);
    expect(withCalls.callsPerHour!.reduce((a, b) => a + b, 0)).toBe(2);
    await database.db.deleteFrom('contact').where('reference', 'like', 'CON-T-%').execute();
  });

  it('should import the Seattle sample with its month-first 12-hour times read in Seattle time', async () => {
    const options: ImportOptions = {
      timeZone: 'America/Los_Angeles',
      dateOrder: 'mdy',
      sourceName: 'spd.csv',
      map: { reference: 'CAD Event Number', received_at: 'Original Time Queued', arrived_at: 'Arrived Time', grade: 'Priority', category: 'Initial Call Type', latitude: 'Blurred_Latitude', longitude: 'Blurred_Longitude' },
      gradeMap: new Map([['1', 'immediate'], ['2', 'scheduled'], ['3', 'routine']]),
    };
    const result = await importIncidents(database.db, ctx, fs.createReadStream(SEATTLE, { encoding: 'utf8' }), options);
    expect(result).toMatchObject({ read: 222, imported: 188, rejected: 34 });
    expect(result.reasons).toEqual([
      { kind: 'grade "5" not mapped', count: 16 },
      { kind: 'grade "4" not mapped', count: 10 },
      { kind: 'grade "7" not mapped', count: 8 },
    ]);
    const first = await database.db.selectFrom('incident').select(['received_at', 'first_arrived_at', 'category_text']).where('reference', '=', '2023000319821').executeTakeFirstOrThrow();
    expect(new Date(first.received_at).toISOString()).toBe('2023-11-05T01:08:26.000Z'); // 11/04/2023 6:08:26 PM PDT
    expect(first.category_text).toBe('BURN - RECKLESS BURNING');
    const report = await responseReport(database.db, '2018-01-01', '2023-12-31');
    expect(report.byGrade.immediate).toMatchObject({ incidents: 34, count: 29, withinTarget: 29, medianSeconds: 479, p90Seconds: 664 });
    expect(report.byGrade.scheduled).toMatchObject({ incidents: 64, count: 51, withinTarget: 40, medianSeconds: 1634, p90Seconds: 7681 });
  });
});
