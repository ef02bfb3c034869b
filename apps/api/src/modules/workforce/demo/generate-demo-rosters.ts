import type { RosterChangeKind, ShiftKind, SkillCategory } from '../../../core/db/schema.rosters';
import { mulberry32 } from '../../../core/random';
import { formatLocalDate, parseLocalDate } from '../rosters/local-time';
import { RosterPlan, type AssignmentSpec, type PatternSpec, type ShiftTypeSpec } from '../rosters/roster-expansion';
import { demoId, type DemoForce, type DemoStaff } from './generate-demo-force';

/*
 * The demo force's skills, shift patterns, rosters and minimum staffing. Deterministic for a given
 * force, seed and `today`: skills are obtained, and leave is booked, relative to the day of seeding
 * so the demo shows current qualifications and this month's leave whenever it is installed.
 */

export const DEMO_SKILLS: { code: string; name: string; category: SkillCategory; validityMonths: number | null }[] = [
  { code: 'standard_driving', name: 'Standard police driving', category: 'driving', validityMonths: null },
  { code: 'response_driving', name: 'Response (blue-light) driving', category: 'driving', validityMonths: 60 },
  { code: 'advanced_driving', name: 'Advanced driving and pursuit (TPAC)', category: 'driving', validityMonths: 36 },
  { code: 'first_aid', name: 'Police first aid (emergency life support)', category: 'first_aid', validityMonths: 12 },
  { code: 'pip1', name: 'Investigator PIP level 1', category: 'investigation', validityMonths: null },
  { code: 'pip2', name: 'Investigator PIP level 2 (serious and complex)', category: 'investigation', validityMonths: null },
  { code: 'pip3', name: 'Senior investigating officer PIP level 3', category: 'investigation', validityMonths: null },
  { code: 'family_liaison', name: 'Family liaison officer', category: 'investigation', validityMonths: 36 },
  { code: 'public_order_l3', name: 'Public order level 3 (basic deployment)', category: 'public_order', validityMonths: 12 },
  { code: 'public_order_l2', name: 'Public order level 2 (PSU)', category: 'public_order', validityMonths: 12 },
  { code: 'taser', name: 'Conducted energy device (Taser)', category: 'firearms', validityMonths: 12 },
  { code: 'afo', name: 'Authorised firearms officer', category: 'firearms', validityMonths: 12 },
  { code: 'custody_sergeant', name: 'Custody sergeant', category: 'specialist', validityMonths: null },
  { code: 'mounted', name: 'Mounted officer', category: 'specialist', validityMonths: 24 },
  { code: 'police_cyclist', name: 'Police cyclist', category: 'specialist', validityMonths: 36 },
  { code: 'search_trained', name: 'Search trained (POLSA team)', category: 'specialist', validityMonths: 36 },
  { code: 'drone_pilot', name: 'Drone pilot', category: 'specialist', validityMonths: 24 },
  { code: 'call_handling', name: 'Emergency call handling', category: 'control_room', validityMonths: null },
  { code: 'dispatch', name: 'Radio dispatch', category: 'control_room', validityMonths: null },
];

type DemoShiftType = { code: string; name: string; kind: ShiftKind; startMinute: number | null; durationMinutes: number | null };

export const DEMO_SHIFT_TYPES: DemoShiftType[] = [
  { code: 'EARLY', name: 'Early (07:00–16:00)', kind: 'early', startMinute: 7 * 60, durationMinutes: 9 * 60 },
  { code: 'LATE', name: 'Late (15:00–00:00)', kind: 'late', startMinute: 15 * 60, durationMinutes: 9 * 60 },
  { code: 'NIGHT', name: 'Night (22:00–07:00)', kind: 'night', startMinute: 22 * 60, durationMinutes: 9 * 60 },
  { code: 'DAY', name: 'Day (08:00–17:00)', kind: 'day', startMinute: 8 * 60, durationMinutes: 9 * 60 },
  { code: 'DAY12', name: 'Long day (07:00–19:00)', kind: 'day', startMinute: 7 * 60, durationMinutes: 12 * 60 },
  { code: 'NIGHT12', name: 'Long night (19:00–07:00)', kind: 'night', startMinute: 19 * 60, durationMinutes: 12 * 60 },
  { code: 'REST', name: 'Rest day', kind: 'rest', startMinute: null, durationMinutes: null },
];

/**
 * The force's 15-week (105-day) response pattern for five teams, team k starting on day 21k of the
 * cycle. Each team works forward-rotating pairs (two earlies, two lates, two nights) and then rests,
 * and on every day exactly one team is on earlies, one on lates and one on nights: the shift of
 * cycle day i is pair (⌊(i mod 21)/2⌋ + ⌊i/21⌋) mod 5 of [EARLY, LATE, NIGHT, REST, REST].
 */
export function responsePatternDays(): string[] {
  const pairs = ['EARLY', 'LATE', 'NIGHT', 'REST', 'REST'];
  return Array.from({ length: 105 }, (_, i) => pairs[(Math.floor((i % 21) / 2) + Math.floor(i / 21)) % 5]!);
}

export const DEMO_PATTERNS: { code: string; name: string; description: string; days: string[] }[] = [
  {
    code: 'RESP-15W',
    name: 'Response 15-week pattern',
    description: 'Five response teams, 21 days apart in a 105-day cycle: earlies, lates and nights in forward-rotating pairs, one team on each shift every day.',
    days: responsePatternDays(),
  },
  {
    code: '4ON-4OFF',
    name: 'Four on, four off (12-hour)',
    description: 'Two long days, two long nights, four rest days. Four control-room watches, two days apart, cover every day and night.',
    days: ['DAY12', 'DAY12', 'NIGHT12', 'NIGHT12', 'REST', 'REST', 'REST', 'REST'],
  },
  {
    code: 'PANAMA',
    name: 'Panama 2-2-3 (12-hour days)',
    description: 'On 2, off 2, on 3, off 2, on 2, off 3 over a fortnight; half the team starts a week later, so every day is covered.',
    days: ['DAY12', 'DAY12', 'REST', 'REST', 'DAY12', 'DAY12', 'DAY12', 'REST', 'REST', 'DAY12', 'DAY12', 'REST', 'REST', 'REST'],
  },
  {
    code: 'NBH-2W',
    name: 'Neighbourhood fortnight',
    description: 'Earlies Tuesday to Saturday one week; lates Monday to Wednesday and at the weekend the next. Half the team is a week apart.',
    days: ['REST', 'EARLY', 'EARLY', 'EARLY', 'EARLY', 'EARLY', 'REST', 'LATE', 'LATE', 'LATE', 'REST', 'REST', 'LATE', 'LATE'],
  },
  { code: 'DAYS-5-2', name: 'Days, Monday to Friday', description: 'Day shifts Monday to Friday, weekends off.', days: ['DAY', 'DAY', 'DAY', 'DAY', 'DAY', 'REST', 'REST'] },
];

/** The Monday every demo assignment starts on (day 0 of each cycle unless offset). */
export const DEMO_ROSTER_EPOCH = '2025-01-06';

/** Which pattern each team works; `split` puts every other member a number of days further on. */
const TEAM_PATTERNS: { team: string | RegExp; pattern: string; offset?: (teamCode: string) => number; split?: number }[] = [
  { team: /^RESP-[A-E]$/, pattern: 'RESP-15W', offset: (code) => 21 * (code.charCodeAt(5) - 65) },
  { team: /^CONTROL-[1-4]$/, pattern: '4ON-4OFF', offset: (code) => 2 * (Number(code.slice(8)) - 1) },
  { team: /^(CUSTODY|ARV)$/, pattern: 'PANAMA', split: 7 },
  { team: /^(NBH-.*|SERVATOR|ROADS|PUBORD|MOUNTED|CYCLE)$/, pattern: 'NBH-2W', split: 7 },
  { team: /.*/, pattern: 'DAYS-5-2' },
];

export type DemoStaffSkill = { staffId: string; skillCode: string; obtainedOn: string; expiresOn: string | null };
export type DemoAssignment = { id: string; staffId: string | null; teamId: string | null; patternCode: string; startsOn: string; startDayIndex: number };
export type DemoRule = { teamId: string; shiftTypeCode: string; roleTitle: string | null; skillCode: string | null; minimum: number };
export type DemoChange = { staffId: string; dutyDate: string; kind: RosterChangeKind; reason: string };

export type DemoRosters = {
  staffSkills: DemoStaffSkill[];
  assignments: DemoAssignment[];
  rules: DemoRule[];
  changes: DemoChange[];
};

/** Chance of holding each skill, by role title (first match), then for any officer. */
const SKILL_ODDS: { role: RegExp; odds: Record<string, number> }[] = [
  { role: /^Response (officer|sergeant|inspector)$/, odds: { standard_driving: 0.97, response_driving: 0.55, first_aid: 0.92, pip1: 1, public_order_l3: 0.45, taser: 0.38, search_trained: 0.08 } },
  { role: /^Neighbourhood (officer|sergeant|inspector)$/, odds: { standard_driving: 0.85, response_driving: 0.15, first_aid: 0.88, pip1: 1, public_order_l3: 0.3 } },
  { role: /^Police community support officer$/, odds: { first_aid: 0.9, standard_driving: 0.5 } },
  { role: /^(Investigator|Fraud investigator|Cyber investigator|Public protection investigator|Intelligence officer|Offender manager)$/, odds: { pip1: 1, pip2: 0.8, standard_driving: 0.7, first_aid: 0.55, family_liaison: 0.08 } },
  { role: /^(Investigation supervisor|Investigation manager)$/, odds: { pip1: 1, pip2: 1, pip3: 0.25, standard_driving: 0.8, first_aid: 0.5 } },
  { role: /^Authorised firearms officer|^Firearms/, odds: { afo: 1, taser: 1, first_aid: 1, response_driving: 0.7, advanced_driving: 0.3, standard_driving: 1 } },
  { role: /^(Public order officer|Public order sergeant|Events inspector)$/, odds: { public_order_l2: 0.92, public_order_l3: 1, first_aid: 0.9, standard_driving: 0.8, taser: 0.3 } },
  { role: /^Roads policing/, odds: { advanced_driving: 0.9, response_driving: 1, standard_driving: 1, first_aid: 0.95, drone_pilot: 0.1 } },
  { role: /^Mounted/, odds: { mounted: 1, first_aid: 0.9, public_order_l3: 0.6 } },
  { role: /^Cycle/, odds: { police_cyclist: 1, first_aid: 0.9 } },
  { role: /^Custody sergeant$/, odds: { custody_sergeant: 1, first_aid: 1 } },
  { role: /^Servator/, odds: { first_aid: 0.9, public_order_l3: 0.5, standard_driving: 0.7 } },
  { role: /^Call handler$/, odds: { call_handling: 1, first_aid: 0.4 } },
  { role: /^Dispatcher$/, odds: { dispatch: 1, call_handling: 0.6, first_aid: 0.4 } },
  { role: /^(Control room supervisor|Force incident manager)$/, odds: { dispatch: 1, call_handling: 1, first_aid: 0.6 } },
];

function addMonths(day: number, months: number): number {
  const d = new Date(day * 86_400_000);
  d.setUTCMonth(d.getUTCMonth() + months);
  return Math.round(d.getTime() / 86_400_000);
}

/** Builds the demo rosters for a force; `today` ('YYYY-MM-DD') anchors skill dates and leave. */
export function generateDemoRosters(force: DemoForce, options: { seed?: number; today: string }): DemoRosters {
  const random = mulberry32(options.seed ?? 20150401);
  const today = parseLocalDate(options.today);
  if (today === undefined) throw new Error(`today must be YYYY-MM-DD, got ${options.today}`);
  const validity = new Map(DEMO_SKILLS.map((s) => [s.code, s.validityMonths]));

  // Skills: most current, some lapsed (renewal overdue), each obtained at a plausible time.
  const staffSkills: DemoStaffSkill[] = [];
  for (const s of force.staff) {
    const odds = SKILL_ODDS.find((o) => o.role.test(s.roleTitle))?.odds ?? (s.isPoliceOfficer ? { first_aid: 0.6, standard_driving: 0.6, pip1: 0.5 } : {});
    for (const [code, p] of Object.entries(odds)) {
      if (random() >= p) continue;
      const months = validity.get(code) ?? null;
      const lapsed = months !== null && random() < 0.04;
      const ageDays = months === null ? Math.floor(random() * 3650) : Math.floor(random() * months * 30) + (lapsed ? months * 31 : 0);
      const obtained = Math.max(today - ageDays, parseLocalDate(s.startedOn)!);
      staffSkills.push({ staffId: s.id, skillCode: code, obtainedOn: formatLocalDate(obtained), expiresOn: months === null ? null : formatLocalDate(addMonths(obtained, months)) });
    }
  }

  // Assignments: every team on its pattern; split teams have every other member a week on.
  const assignments: DemoAssignment[] = [];
  const membersOf = new Map<string, DemoStaff[]>();
  for (const s of force.staff) {
    let list = membersOf.get(s.teamId);
    if (!list) membersOf.set(s.teamId, (list = []));
    list.push(s);
  }
  for (const team of force.teams) {
    const rule = TEAM_PATTERNS.find((r) => (typeof r.team === 'string' ? r.team === team.code : r.team.test(team.code)))!;
    const offset = rule.offset?.(team.code) ?? 0;
    assignments.push({ id: demoId(`roster-assignment/team/${team.code}`), staffId: null, teamId: team.id, patternCode: rule.pattern, startsOn: DEMO_ROSTER_EPOCH, startDayIndex: offset });
    if (rule.split) {
      (membersOf.get(team.id) ?? []).forEach((m, i) => {
        if (i % 2) assignments.push({ id: demoId(`roster-assignment/staff/${m.collarNumber}`), staffId: m.id, teamId: null, patternCode: rule.pattern, startsOn: DEMO_ROSTER_EPOCH, startDayIndex: rule.split! });
      });
    }
  }

  // Minimum staffing for the teams that run the clock.
  const rules: DemoRule[] = [];
  for (const team of force.teams) {
    if (team.kind === 'response') {
      for (const shift of ['EARLY', 'LATE', 'NIGHT']) {
        rules.push({ teamId: team.id, shiftTypeCode: shift, roleTitle: 'Response officer', skillCode: null, minimum: 16 });
        rules.push({ teamId: team.id, shiftTypeCode: shift, roleTitle: 'Response sergeant', skillCode: null, minimum: 2 });
        rules.push({ teamId: team.id, shiftTypeCode: shift, roleTitle: null, skillCode: 'response_driving', minimum: 8 });
        rules.push({ teamId: team.id, shiftTypeCode: shift, roleTitle: null, skillCode: 'taser', minimum: 6 });
      }
    }
    if (team.kind === 'control_room' && team.code !== 'CONTROL-5') {
      for (const shift of ['DAY12', 'NIGHT12']) {
        rules.push({ teamId: team.id, shiftTypeCode: shift, roleTitle: 'Call handler', skillCode: null, minimum: 7 });
        rules.push({ teamId: team.id, shiftTypeCode: shift, roleTitle: 'Dispatcher', skillCode: null, minimum: 4 });
      }
    }
  }

  // Leave and sickness over the weeks around today, on rostered working days only.
  const types = new Map<string, ShiftTypeSpec>(DEMO_SHIFT_TYPES.map((t) => [t.code, { id: t.code, ...t }]));
  const patterns: PatternSpec[] = DEMO_PATTERNS.map((p) => ({ id: p.code, code: p.code, days: p.days.map((d) => types.get(d)!) }));
  const specs: AssignmentSpec[] = assignments.map((a) => ({ id: a.id, patternId: a.patternCode, staffId: a.staffId, teamId: a.teamId, startsOn: parseLocalDate(a.startsOn)!, startDayIndex: a.startDayIndex, endsOn: null }));
  const plan = new RosterPlan(patterns, specs, []);
  const changes: DemoChange[] = [];
  const LEAVE_REASONS = ['Annual leave', 'Annual leave (family holiday)', 'Annual leave (school holidays)', 'Annual leave carried over'];
  for (const s of force.staff) {
    const person = { staffId: s.id, teamId: s.teamId };
    const taken = new Set<number>();
    const book = (from: number, days: number, kind: RosterChangeKind, reason: string) => {
      for (let day = from; day < from + days; day++) {
        if (taken.has(day) || plan.dayOf(person, day).startsAt === null) continue;
        taken.add(day);
        changes.push({ staffId: s.id, dutyDate: formatLocalDate(day), kind, reason });
      }
    };
    if (random() < 0.35) book(today - 7 + Math.floor(random() * 56), 3 + Math.floor(random() * 8), 'annual_leave', LEAVE_REASONS[Math.floor(random() * LEAVE_REASONS.length)]!);
    if (random() < 0.04) book(today - 2 + Math.floor(random() * 4), 1 + Math.floor(random() * 3), 'sickness', 'Reported sick');
  }
  return { staffSkills, assignments, rules, changes };
}
