import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/test-app';
import type { DeliveredEvent } from '../../core/events';
import { startBreachSweep, sweepBreaches } from './breach-sweep';
import { INCIDENT_CHANGED } from './commands/sync-incident-status';
import { assignDirectly, createImmediateIncident, createTestIncident, staffIdOf } from './incidents.test-support';

describe('breaches of the grade targets', () => {
  let t: TestApp;
  let handler: string;
  let supervisor: string;
  let officerId: string;
  beforeAll(async () => {
    t = await startTestApp();
    [handler, supervisor] = await Promise.all([t.signIn('demo.callhandler'), t.signIn('demo.supervisor')]);
    officerId = await staffIdOf(t, 'demo.response');
  });
  afterAll(async () => t?.stop());

  /** An Immediate incident received `minutesAgo` minutes ago (its 12-minute target passed when minutesAgo > 12). */
  const immediate = (minutesAgo: number, narrative = 'Fight outside the pub') =>
    createImmediateIncident(t, handler, { receivedAt: new Date(Date.now() - minutesAgo * 60_000).toISOString(), answeredAt: undefined, narrative });
  const breachEvents = (incidentId: string) => t.deps.db.selectFrom('incident_event').select(['occurred_at', 'by_user']).where('incident_id', '=', incidentId).where('type', '=', 'breached').execute();
  const row = (incidentId: string) => t.deps.db.selectFrom('incident').select(['breached_at', 'target_at', 'first_arrived_at']).where('id', '=', incidentId).executeTakeFirstOrThrow();

  it('should record a passed target once, at the target time, with a live event', async () => {
    const seen: DeliveredEvent[] = [];
    const unsubscribe = t.deps.events.subscribe((e) => seen.push(e));
    const incident = await immediate(20);
    await sweepBreaches(t.deps);
    await sweepBreaches(t.deps);
    const after = await row(incident.id);
    expect(after.breached_at?.toISOString()).toBe(incident.targetAt);
    const events = await breachEvents(incident.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ occurred_at: new Date(incident.targetAt), by_user: null });
    await expect.poll(() => seen.some((e) => e.type === INCIDENT_CHANGED && e.entityId === incident.id && e.data?.change === 'breached')).toBe(true);
    unsubscribe();
    const read = await t.request('GET', `/api/incidents/${incident.id}`, { cookie: handler });
    expect(read.body).toMatchObject({ breachedAt: incident.targetAt, breachReason: null });
    expect(read.body.timeline.map((e: { type: string }) => e.type)).toContain('breached');
  });

  it('should record each breach once when several sweeps run at the same time', async () => {
    const incidents = await Promise.all([1, 2, 3, 4].map((i) => immediate(30 + i, `Concurrent breach ${i}`)));
    const counts = await Promise.all([sweepBreaches(t.deps), sweepBreaches(t.deps), sweepBreaches(t.deps)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(incidents.length);
    for (const incident of incidents) expect(await breachEvents(incident.id)).toHaveLength(1);
  });

  it('should not breach an incident whose target is still ahead or whose officer arrived in time', async () => {
    const ahead = await createTestIncident(t, handler);
    const arrived = await immediate(11);
    await assignDirectly(t, arrived.id, officerId, 'on_scene');
    await sweepBreaches(t.deps, new Date(Date.parse(arrived.targetAt) + 3_600_000));
    expect((await row(ahead.id)).breached_at).toBeNull();
    expect((await row(arrived.id)).breached_at).toBeNull();
    expect((await t.request('GET', `/api/incidents/${arrived.id}`, { cookie: handler })).body.withinTarget).toBe(true);
  });

  it('should record the breach on an arrival after the target when no sweep had recorded it', async () => {
    const incident = await immediate(10);
    const late = new Date(Date.parse(incident.targetAt) + 90_000);
    await assignDirectly(t, incident.id, officerId, 'on_scene', late);
    const after = await row(incident.id);
    expect(after.breached_at?.toISOString()).toBe(incident.targetAt);
    expect(after.first_arrived_at?.toISOString()).toBe(late.toISOString());
    expect(await breachEvents(incident.id)).toHaveLength(1);
    expect((await t.request('GET', `/api/incidents/${incident.id}`, { cookie: handler })).body.withinTarget).toBe(false);
  });

  it('should take a supervisor’s reason for a breach, and refuse one where nothing was breached', async () => {
    const breached = await immediate(25);
    await sweepBreaches(t.deps);
    const current = (await t.request('GET', `/api/incidents/${breached.id}`, { cookie: handler })).body;
    const byHandler = await t.request('POST', `/api/incidents/${breached.id}/breach-reason`, { cookie: handler, body: { version: current.version, reason: 'No units' } });
    expect(byHandler.status).toBe(403);
    const res = await t.request('POST', `/api/incidents/${breached.id}/breach-reason`, { cookie: supervisor, body: { version: current.version, reason: 'Every unit committed to a road traffic collision' } });
    expect(res.status).toBe(200);
    expect(res.body.breachReason).toBe('Every unit committed to a road traffic collision');
    expect(res.body.timeline.at(-1)).toMatchObject({ type: 'breach_reason', by: 'demo.supervisor', details: { reason: 'Every unit committed to a road traffic collision' } });
    const notBreached = await createTestIncident(t, handler);
    const refused = await t.request('POST', `/api/incidents/${notBreached.id}/breach-reason`, { cookie: supervisor, body: { version: notBreached.version, reason: 'Nothing to say' } });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'NOT_BREACHED', message: `Incident ${notBreached.reference} did not breach its target: there is nothing to explain` });
  });

  it('should sweep on its own timer until stopped', async () => {
    const stop = await startBreachSweep(t.deps, { everyMs: 20 });
    const incident = await immediate(40, 'Timer breach');
    await expect.poll(async () => (await row(incident.id)).breached_at, { timeout: 5_000 }).not.toBeNull();
    await stop();
    expect(await breachEvents(incident.id)).toHaveLength(1);
  });
});
