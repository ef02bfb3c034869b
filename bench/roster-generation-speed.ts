/**
 * Roster generation speed, in memory: a year's roster for N people (default 2,000) spread over the
 * demo force's teams and patterns, with ten days' leave each; then the strength per hour of the
 * week over that year. Usage: node --import tsx bench/roster-generation-speed.ts [people]
 */
import { generateDemoForce } from '../apps/api/src/modules/workforce/demo/generate-demo-force';
import { DEMO_PATTERNS, DEMO_SHIFT_TYPES, generateDemoRosters } from '../apps/api/src/modules/workforce/demo/generate-demo-rosters';
import { readDemoSourceData } from '../apps/api/src/modules/workforce/demo/seed-demo-force';
import { parseLocalDate } from '../apps/api/src/modules/workforce/rosters/local-time';
import { RosterPlan, type ChangeSpec, type PersonSpec, type ShiftTypeSpec } from '../apps/api/src/modules/workforce/rosters/roster-expansion';
import { strengthByHourOfWeek } from '../apps/api/src/modules/workforce/rosters/staffing';

const PEOPLE = Number(process.argv[2] ?? 2000);
const force = generateDemoForce(readDemoSourceData());
const demo = generateDemoRosters(force, { today: '2027-01-01' });
const types = new Map<string, ShiftTypeSpec>(DEMO_SHIFT_TYPES.map((t) => [t.code, { id: t.code, ...t }]));
const patterns = DEMO_PATTERNS.map((p) => ({ id: p.code, code: p.code, days: p.days.map((d) => types.get(d)!) }));
const assignments = demo.assignments.map((a) => ({ id: a.id, patternId: a.patternCode, staffId: a.staffId, teamId: a.teamId, startsOn: parseLocalDate(a.startsOn)!, startDayIndex: a.startDayIndex, endsOn: null }));
const teams = force.teams.map((t) => t.id);
const people: PersonSpec[] = Array.from({ length: PEOPLE }, (_, i) => (i < force.staff.length ? { staffId: force.staff[i]!.id, teamId: force.staff[i]!.teamId } : { staffId: `bench-${i}`, teamId: teams[i % teams.length]! }));
const from = parseLocalDate('2027-01-01')!;
const to = from + 364;
const changes: ChangeSpec[] = people.flatMap((p, n) =>
  Array.from({ length: 10 }, (_, k) => ({ id: `${n}-${k}`, staffId: p.staffId, day: from + ((n * 37 + k * 11) % 365), kind: 'annual_leave' as const, startsAt: null, endsAt: null, shiftTypeCode: null, swapWithStaffId: null, reason: 'Leave', approvedByName: 'Bench', overrideReason: null, version: 1 })),
);

let cpu0 = process.cpuUsage();
let t0 = performance.now();
const plan = new RosterPlan(patterns, assignments, changes);
const days = plan.expand(people, from, to);
const expandMs = performance.now() - t0;
const expandCpu = process.cpuUsage(cpu0);
const worked = days.filter((d) => d.startsAt !== null).length;
cpu0 = process.cpuUsage();
t0 = performance.now();
const byTeam = new Map<string, PersonSpec[]>();
for (const p of people) byTeam.set(p.teamId!, [...(byTeam.get(p.teamId!) ?? []), p]);
for (const list of byTeam.values()) strengthByHourOfWeek(plan, list, from, to);
const strengthMs = performance.now() - t0;
const strengthCpu = process.cpuUsage(cpu0);
// CPU time too: on a shared machine the wall clock includes waiting for a core.
const cpuMs = (u: NodeJS.CpuUsage) => Math.round((u.user + u.system) / 1000);
console.log(`${PEOPLE.toLocaleString('en-GB')} people × 365 days = ${days.length.toLocaleString('en-GB')} person-days (${worked.toLocaleString('en-GB')} duties): expanded in ${Math.round(expandMs)} ms (${cpuMs(expandCpu)} ms CPU)`);
console.log(`strength per hour of the week for ${byTeam.size} teams over the year: ${Math.round(strengthMs)} ms (${cpuMs(strengthCpu)} ms CPU)`);
