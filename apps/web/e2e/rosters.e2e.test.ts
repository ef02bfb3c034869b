import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { signInTo, type SpawnedServer } from '../../api/test/spawn-server';
import { hourOfWeekLabel } from '../src/modules/workforce/staffing/utils/hourOfWeek';
import { formatLondonTime } from '../src/modules/workforce/rosters/utils/localTime';
import { addDays, dayHeading, formatIsoDate, mondayOf, todayInLondon } from '../src/modules/workforce/rosters/utils/week';
import { hasChromium, launchChromium, startDemoServer, stopJourney, signedInPage } from './browser-journey';

type Day = { date: string; shiftTypeCode: string | null; startsAt: string | null; endsAt: string | null; version: number };
type Person = { staffId: string; firstName: string; lastName: string; skills: string[]; days: Day[] };
type Roster = { people: Person[]; shortfalls: { date: string; shiftTypeCode: string; skillCode: string | null; minimum: number; rostered: number }[] };

const THRIVE_HIGH = Object.fromEntries(['threat', 'harm', 'risk', 'investigation', 'vulnerability', 'engagement'].map((e) => [e, { level: e === 'threat' ? 'high' : 'low' }]));

/** The hour of the week (0 = Monday 00:00) of an instant on the London clock. */
function londonHourOfWeek(at: Date): number {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'short', hour: '2-digit', hourCycle: 'h23' }).formatToParts(at).map((p) => [p.type, p.value]));
  return ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday!) * 24 + Number(parts.hour);
}

/** A shift next week that the test takes below its Taser minimum, and who is still on it. */
type MadeShortfall = { teamId: string; teamName: string; date: string; shiftTypeCode: string; shiftName: string; minimum: number; stillOn: Person };

describe.skipIf(!hasChromium)('rosters and duty in the browser', () => {
  let server: SpawnedServer | undefined;
  let browser: Browser;
  let base: string;
  let dataDir: string;
  let supervisor: string;
  let senior: string;
  let callHandler: string;
  const nextMonday = addDays(mondayOf(todayInLondon()), 7);

  const api = async <T,>(cookie: string, method: string, url: string, body?: unknown): Promise<{ status: number; body: T }> => {
    const res = await fetch(`${base}${url}`, { method, headers: { cookie, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : null });
    return { status: res.status, body: (await res.json()) as T };
  };

  /**
   * Puts Taser holders of a response team's shift next week on annual leave until the shift is one
   * short of its Taser minimum: the supervisor records what the rules allow, a senior manager the
   * last with an authorised override (as the demo's own shortfalls depend on the day it was seeded).
   */
  async function makeShortfall(): Promise<MadeShortfall> {
    const teams = await api<{ items: { id: string; name: string; kind: string }[] }>(supervisor, 'GET', '/api/workforce/teams');
    const shiftTypes = await api<{ items: { code: string; name: string }[] }>(supervisor, 'GET', '/api/workforce/shift-types');
    for (const team of teams.body.items.filter((t) => t.kind === 'response')) {
      const rules = await api<{ items: { shiftTypeCode: string; skillCode: string | null; minimum: number }[] }>(supervisor, 'GET', `/api/workforce/minimum-staffing?teamId=${team.id}`);
      const read = () => api<Roster>(supervisor, 'GET', `/api/workforce/rosters?teamId=${team.id}&from=${nextMonday}&to=${addDays(nextMonday, 6)}`);
      const roster = (await read()).body;
      for (let i = 0; i < 7; i++) {
        const date = addDays(nextMonday, i);
        const onShift = roster.people.filter((p) => p.days.some((d) => d.date === date && d.startsAt && d.shiftTypeCode));
        const code = onShift[0]?.days.find((d) => d.date === date)?.shiftTypeCode;
        const rule = rules.body.items.find((r) => r.shiftTypeCode === code && r.skillCode === 'taser');
        const holders = onShift.filter((p) => p.skills.includes('taser'));
        if (!code || !rule || holders.length <= rule.minimum) continue;
        const away = holders.slice(0, holders.length - rule.minimum + 1);
        for (const p of away) {
          const version = p.days.find((d) => d.date === date)!.version;
          const leave = { kind: 'annual_leave', reason: 'Booked leave (browser journey)', version };
          const first = await api(supervisor, 'PUT', `/api/workforce/staff/${p.staffId}/roster/${date}`, leave);
          if (first.status === 200) continue;
          expect(first.status).toBe(422);
          const overridden = await api(senior, 'PUT', `/api/workforce/staff/${p.staffId}/roster/${date}`, { ...leave, override: { reason: 'Compassionate leave authorised' } });
          expect(overridden.status).toBe(200);
        }
        const after = (await read()).body;
        expect(after.shortfalls.some((s) => s.date === date && s.shiftTypeCode === code && s.skillCode === 'taser' && s.rostered === rule.minimum - 1)).toBe(true);
        const stillOn = after.people.find((p) => p.skills.includes('taser') && p.days.some((d) => d.date === date && d.startsAt))!;
        const shiftName = shiftTypes.body.items.find((t) => t.code === code)!.name.replace(/\s*\(.*\)$/, '');
        return { teamId: team.id, teamName: team.name, date, shiftTypeCode: code, shiftName, minimum: rule.minimum, stillOn };
      }
    }
    throw new Error('No response shift with Taser holders next week');
  }

  /**
   * Three Immediate incidents received one to two weeks ago, in an hour of the week when the team
   * has nobody on duty next week: demand the team alone does not meet.
   */
  async function makeDemand(teamId: string): Promise<{ hourOfWeek: number }> {
    const strength = await api<{ teams: { teamId: string; hours: number[] }[] }>(supervisor, 'GET', `/api/workforce/strength?teamId=${teamId}&from=${nextMonday}&to=${addDays(nextMonday, 6)}`);
    const hours = strength.body.teams.find((t) => t.teamId === teamId)!.hours;
    // An hour on the hour, 7 to 14 days ago, whose hour of the week the team leaves empty.
    const start = Math.floor(Date.now() / 3_600_000) * 3_600_000 - 7 * 86_400_000;
    let at: Date | undefined;
    for (let t = start; t > start - 7 * 86_400_000 && !at; t -= 3_600_000) if (hours[londonHourOfWeek(new Date(t))] === 0) at = new Date(t);
    expect(at).toBeDefined();
    for (const minutes of [5, 20, 40]) {
      const receivedAt = new Date(at!.getTime() + minutes * 60_000).toISOString();
      const intake = await api(callHandler, 'POST', '/api/incidents/intake', {
        contact: { channel: '999', receivedAt, answeredAt: receivedAt, location: { address: '1 Poultry', postcode: 'EC2R 8EJ' }, categoryCode: 'violence', narrative: 'Fight outside the bar', thrive: THRIVE_HIGH },
      });
      expect(intake.status, JSON.stringify(intake.body)).toBe(201);
    }
    return { hourOfWeek: londonHourOfWeek(at!) };
  }

  beforeAll(async () => {
    ({ server, base, dataDir } = await startDemoServer('bluelamp-e2e-rosters-'));
    supervisor = await signInTo(base, 'demo.supervisor');
    senior = await signInTo(base, 'demo.senior');
    callHandler = await signInTo(base, 'demo.callhandler');
    browser = await launchChromium();
  });

  afterAll(async () => {
    await stopJourney({ browser, server, dataDir });
  });

  const signedIn = (username: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> => signedInPage(browser, base, username, options);

  it("should show a supervisor next week's roster with the shortfall, refuse a breach in plain words, and chart strength against the minimum and against the demand", async () => {
    const made = await makeShortfall();
    const demand = await makeDemand(made.teamId);
    const page = await signedIn('demo.supervisor');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Rosters and duty' }).click();
    await page.getByRole('heading', { level: 1, name: 'Week roster' }).waitFor();
    await page.getByLabel('Team', { exact: true }).selectOption({ label: made.teamName });
    await page.getByRole('button', { name: 'Next week' }).click();
    // Wait for the new week to render (reading at once would race React's update).
    await page.getByTestId('roster-week').filter({ hasText: `${formatIsoDate(nextMonday)} to ${formatIsoDate(addDays(nextMonday, 6))}` }).waitFor();

    // The shift the leave took below minimum, in words, and marked in the grid.
    const shortfalls = page.getByTestId('roster-shortfalls');
    await shortfalls.filter({ hasText: `${made.shiftName} ${dayHeading(made.date)}: Conducted energy device (Taser) 1 short of ${made.minimum}` }).waitFor();
    expect(await page.locator(`td.roster-short[data-date="${made.date}"]`).count()).toBeGreaterThan(0);
    expect(await page.locator(`td.roster-absent[data-date="${made.date}"]`).first().textContent()).toContain('Annual leave');

    // One more Taser holder's leave is refused, with the reason, and the supervisor cannot override.
    const name = `${made.stillOn.firstName} ${made.stillOn.lastName}`;
    await page.getByRole('button', { name: new RegExp(`^Change ${name}, ${formatIsoDate(made.date)}: ${made.shiftName}`) }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Change', { exact: true }).selectOption('annual_leave');
    await dialog.getByLabel('Reason', { exact: true }).fill('Wedding');
    await dialog.getByRole('button', { name: 'Record change' }).click();
    const refusal = dialog.getByRole('alert').filter({ hasText: 'below minimum staffing' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain(
      `The ${made.shiftName.toLowerCase()} shift on ${formatIsoDate(made.date)} would have ${made.minimum - 2} with Conducted energy device (Taser); the minimum is ${made.minimum}.`,
    );
    expect(await refusal.textContent()).toContain('Only a senior manager may authorise a breach');
    expect(await dialog.getByRole('button', { name: 'Record with override' }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // A senior manager may authorise it, with a reason: the shift is then two short.
    const seniorPage = await signedIn('demo.senior');
    await seniorPage.goto(`${base}/rosters?team=${made.teamId}&week=${nextMonday}`);
    await seniorPage.getByRole('button', { name: new RegExp(`^Change ${name}, ${formatIsoDate(made.date)}: ${made.shiftName}`) }).click();
    const seniorDialog = seniorPage.getByRole('dialog');
    await seniorDialog.getByLabel('Change', { exact: true }).selectOption('annual_leave');
    await seniorDialog.getByLabel('Reason', { exact: true }).fill('Wedding');
    await seniorDialog.getByRole('button', { name: 'Record change' }).click();
    await seniorDialog.getByText('You may authorise it').waitFor();
    await seniorDialog.getByLabel('Reason the breach is authorised').fill('Booked a year ago; cover from Team B');
    await seniorDialog.getByRole('button', { name: 'Record with override' }).click();
    await seniorDialog.waitFor({ state: 'hidden' });
    await seniorPage.getByTestId('roster-shortfalls').filter({ hasText: `Conducted energy device (Taser) 2 short of ${made.minimum}` }).waitFor();
    await seniorPage.context().close();

    // Strength against the Taser minimum for that week: the chart and the gap.
    // The tab keeps the team and week chosen on the roster.
    await page.getByRole('navigation', { name: 'Rosters and duty' }).getByRole('link', { name: 'Strength against minimum' }).click();
    await page.getByRole('heading', { level: 1, name: 'Strength against minimum staffing' }).waitFor();
    await page.getByTestId('roster-week').filter({ hasText: `${formatIsoDate(nextMonday)} to ${formatIsoDate(addDays(nextMonday, 6))}` }).waitFor();
    await page.getByLabel('Skill').selectOption('taser');
    await page.waitForURL(/skill=taser/);
    const chart = page.getByTestId('hour-of-week-chart');
    await chart.locator('svg').waitFor();
    // 168 bars and the minimum line are drawn.
    expect(await chart.locator('svg path').count()).toBeGreaterThan(168);
    const gapSummary = await page.getByTestId('strength-gap-summary').textContent();
    expect(gapSummary).toMatch(/^\d+ hours? below minimum staffing: /);
    expect(gapSummary).toContain(dayHeading(made.date).slice(0, 3));

    // Demand against strength: the incidents recorded in an hour when the team has nobody on duty
    // next week (the demand seeded by makeDemand) show as a gap against the team alone.
    const demandPanel = page.getByRole('region', { name: 'Demand against strength' });
    const demandChart = demandPanel.getByTestId('demand-chart');
    await demandChart.locator('svg').waitFor();
    // Five response teams' bars, the officers needed and the incidents per hour are drawn.
    expect(await demandChart.locator('svg path').count()).toBeGreaterThan(168);
    const today = todayInLondon();
    expect(await demandPanel.getByLabel('Demand from').inputValue()).toBe(formatIsoDate(addDays(today, -55)));
    expect(await demandPanel.getByLabel('Demand to').inputValue()).toBe(formatIsoDate(today));
    const demandSummary = demandPanel.getByTestId('demand-summary');
    await demandSummary.filter({ hasText: `busiest hour ${hourOfWeekLabel(demand.hourOfWeek)}` }).waitFor();
    expect(await demandSummary.textContent()).toContain(`Average week over ${formatIsoDate(addDays(today, -55))} to ${formatIsoDate(today)}: 0.4 incidents a week`);
    await demandPanel.getByLabel('Strength of').selectOption('team');
    await page.waitForURL(/compare=team/);
    const demandGaps = demandPanel.getByTestId('demand-gap-summary').filter({ hasText: 'with fewer rostered than the demand needs' });
    await demandGaps.waitFor();
    expect(await demandGaps.textContent()).toMatch(/^\d+ hours? with fewer rostered than the demand needs: /);
    expect(await demandGaps.textContent()).toContain(hourOfWeekLabel(demand.hourOfWeek));
    // A period shorter than a week cannot be averaged into one, and says so.
    await demandPanel.getByLabel('Demand from').fill(formatIsoDate(addDays(today, -3)));
    await demandPanel.getByRole('button', { name: 'Show demand' }).click();
    await demandPanel.getByText('Take at least 7 days: the period is averaged into one week').waitFor();

    // The staffing calculator takes the same history: incidents by grade and the officers they need.
    await page.getByRole('navigation', { name: 'Rosters and duty' }).getByRole('link', { name: 'Staffing calculator' }).click();
    await page.getByRole('heading', { level: 1, name: 'Staffing calculator' }).waitFor();
    await page.getByRole('button', { name: 'Fill incidents from history' }).click();
    await page.getByText(`Filled from ${formatIsoDate(addDays(today, -55))} to ${formatIsoDate(today)}: 0.4 incidents in an average week and the calls.`).waitFor();
    // The three calls behind them came too, as a week pasted in.
    const calls = (await page.getByLabel('Calls for each hour of the week').inputValue()).trim().split(/\s+/);
    expect(calls).toHaveLength(168);
    expect(Number(calls[demand.hourOfWeek])).toBeCloseTo(3 / 8, 4);
    // Never dispatched, so no measured times: the stated assumptions fill the empty fields.
    expect(await page.getByLabel('Time committed per incident (minutes)').inputValue()).toBe('60');
    const immediateField = (await page.getByLabel('Immediate incidents an hour').inputValue()).split(' ');
    expect(immediateField).toHaveLength(168);
    expect(Number(immediateField[demand.hourOfWeek])).toBeCloseTo(3 / 8, 4);
    await page.getByLabel('Average handle time (seconds)').fill('240');
    await page.getByRole('button', { name: 'Calculate' }).click();
    await page.getByRole('region', { name: 'Recommended response officers' }).waitFor();
    await page.context().close();
  });

  it('should show a supervisor a day someone else changed meanwhile, and record the change on the day as it stands', async () => {
    const teams = await api<{ items: { id: string; kind: string }[] }>(supervisor, 'GET', '/api/workforce/teams');
    const week = addDays(nextMonday, 7);
    let found: { teamId: string; person: Person; day: Day } | undefined;
    for (const team of teams.body.items.filter((t) => t.kind === 'response')) {
      const roster = await api<Roster>(supervisor, 'GET', `/api/workforce/rosters?teamId=${team.id}&from=${week}&to=${addDays(week, 6)}`);
      for (const person of roster.body.people) {
        const day = person.days.find((d) => d.startsAt && d.version === 0);
        if (day) found = { teamId: team.id, person, day };
        if (found) break;
      }
      if (found) break;
    }
    const { teamId, person, day } = found!;
    const page = await signedIn('demo.supervisor');
    await page.goto(`${base}/rosters?team=${teamId}&week=${week}`);
    await page.getByRole('button', { name: new RegExp(`^Change ${person.firstName} ${person.lastName}, ${formatIsoDate(day.date)}: `) }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Change', { exact: true }).selectOption('sickness');
    await dialog.getByLabel('Reason', { exact: true }).fill('Migraine');

    // Meanwhile another supervisor records court over the same hours (so no rest rule is touched).
    const start = formatLondonTime(day.startsAt!);
    const end = formatLondonTime(day.endsAt!);
    const court = await api(supervisor, 'PUT', `/api/workforce/staff/${person.staffId}/roster/${day.date}`, { kind: 'court', startTime: start, endTime: end, reason: 'Crown Court', version: 0 });
    expect(court.status).toBe(200);
    // The open roster follows the change live; the form still holds the version it was opened on.
    const cell = page.locator(`tr:has-text("${person.firstName} ${person.lastName}") td[data-date="${day.date}"]`);
    await cell.filter({ hasText: 'Court' }).waitFor({ timeout: 10_000 });

    await dialog.getByRole('button', { name: 'Record change' }).click();
    const conflict = dialog.getByRole('status').filter({ hasText: 'Someone else changed this day meanwhile' });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain(`It now stands as: Duty ${start}–${end}, Court (Crown Court, by Bethany Greig (Sergeant)).`);
    await dialog.getByRole('button', { name: 'Try again on the day as it stands' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await cell.filter({ hasText: 'Sickness' }).waitFor();
    const after = await api<{ days: { change: { kind: string; reason: string } | null }[] }>(supervisor, 'GET', `/api/workforce/staff/${person.staffId}/roster?from=${day.date}&to=${day.date}`);
    expect(after.body.days[0]!.change).toMatchObject({ kind: 'sickness', reason: 'Migraine' });
    await page.context().close();
  });

  it('should fit the week roster on a phone, scrolling the grid and not the page', async () => {
    const page = await signedIn('demo.supervisor', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(`${base}/rosters`);
    await page.getByRole('region', { name: 'Roster grid' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.context().close();
  });

  it('should let an officer book on and set status on the phone, and show it in the on-duty list', async () => {
    const phone = await signedIn('demo.response', {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      permissions: ['geolocation'],
      geolocation: { latitude: 51.5155, longitude: -0.0922 },
    });
    await phone.goto(`${base}/duty`);
    await phone.getByRole('heading', { level: 1, name: 'My duty' }).waitFor();
    const status = phone.getByTestId('my-status');
    await status.waitFor();
    // Off the roster at this hour they book on; if the roster has them on duty they already are.
    if ((await status.textContent())?.includes('Not on duty')) await phone.getByRole('button', { name: 'Book on' }).click();
    await phone.getByRole('button', { name: 'Refreshment' }).waitFor();
    await phone.getByRole('button', { name: 'Refreshment' }).click();
    await phone.getByRole('button', { name: 'Refreshment', pressed: true }).waitFor();
    expect(await status.textContent()).toContain('Refreshment');
    await phone.getByRole('button', { name: 'Share my position' }).click();
    await phone.getByText('Shared just now').waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    const page = await signedIn('demo.supervisor');
    await page.goto(`${base}/rosters/on-duty`);
    await page.getByRole('heading', { level: 1, name: 'On duty now' }).waitFor();
    await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Response Team A' });
    const row = page.getByRole('row', { name: /Alex Clarke \(578CP\)/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('Refreshment');
    expect(await row.textContent()).toContain('Device, just now');

    // Back to available on the phone: the open list follows the live event.
    await phone.getByRole('button', { name: 'Available' }).click();
    await phone.getByRole('button', { name: 'Available', pressed: true }).waitFor();
    await row.filter({ hasText: 'Available' }).waitFor({ timeout: 10_000 });
    await phone.context().close();
    await page.context().close();
  });
});
