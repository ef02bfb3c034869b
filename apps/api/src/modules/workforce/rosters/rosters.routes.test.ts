import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/test-app';
import { demoId } from '../demo/generate-demo-force';
import { formatLocalDate, londonClock, parseLocalDate } from './local-time';

const teamId = (code: string) => demoId(`team/${code}`);

describe('roster routes', () => {
  let t: TestApp;
  let supervisor: string;
  let senior: string;
  let analyst: string;
  let officer: string;
  beforeAll(async () => {
    t = await startTestApp();
    supervisor = await t.signIn('demo.supervisor');
    senior = await t.signIn('demo.senior');
    analyst = await t.signIn('demo.analyst');
    officer = await t.signIn('demo.response');
  });
  afterAll(async () => t?.stop());

  it('should list the seeded catalogue, shift types and patterns', async () => {
    const skills = await t.request('GET', '/api/workforce/skills', { cookie: officer });
    expect(skills.status).toBe(200);
    expect(skills.body.items.map((s: { code: string }) => s.code)).toEqual(expect.arrayContaining(['response_driving', 'pip2', 'first_aid', 'public_order_l2']));
    const patterns = await t.request('GET', '/api/workforce/shift-patterns', { cookie: officer });
    const resp = patterns.body.items.find((p: { code: string }) => p.code === 'RESP-15W');
    expect(resp.lengthDays).toBe(105);
  });

  it("should show a team's week with its people and shifts, and audit the read", async () => {
    const res = await t.request('GET', `/api/workforce/rosters?teamId=${teamId('RESP-A')}&from=2026-03-23&to=2026-03-29`, { cookie: supervisor });
    expect(res.status).toBe(200);
    expect(res.body.people.length).toBeGreaterThan(25);
    expect(res.body.people[0].days).toHaveLength(7);
  });
});
