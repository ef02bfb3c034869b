import type { RoleCode } from '@bluelamp/contracts/roles';

/** The blocks a home page can show; each checks its own permission before it appears. */
export type HomeSection = 'myRecord' | 'myTeam' | 'grades' | 'liveEvents' | 'userCounts' | 'latestAudit' | 'teamStrength' | 'offenceSearch' | 'quickLinks';

export type RoleHome = {
  /** One line under the heading: what this home is for. */
  intro: string;
  /** The wide column, most important first (on a phone everything stacks in this order: main, then side). */
  main: HomeSection[];
  side: HomeSection[];
  links: { to: string; label: string; permission?: string }[];
  /** Officers on patrol: their team is the first thing they see, as large cards. */
  isTeamFirst?: boolean;
};

const staff = { to: '/staff', label: 'Staff directory', permission: 'workforce:read' };
const grades = { to: '/reference/grades', label: 'Response grades', permission: 'reference:read' };
const offences = { to: '/reference/offence-codes', label: 'Offence codes', permission: 'reference:read' };
const outcomes = { to: '/reference/outcome-types', label: 'Outcome types', permission: 'reference:read' };
const categories = { to: '/reference/incident-categories', label: 'Incident categories', permission: 'reference:read' };
const policy = { to: '/policy', label: 'Force policy', permission: 'policy:read' };
const password = { to: '/account/password', label: 'Change your password' };

/** What each role sees first when it signs in. */
export const ROLE_HOMES: Record<RoleCode, RoleHome> = {
  call_handler: {
    intro: 'Grade targets for the calls you take, and what is changing right now.',
    main: ['grades', 'liveEvents'],
    side: ['myRecord', 'quickLinks', 'myTeam'],
    links: [categories, grades, policy, staff, password],
  },
  dispatcher: {
    intro: 'Targets to dispatch against, the live feed, and who is in the control room.',
    main: ['grades', 'liveEvents'],
    side: ['myRecord', 'quickLinks', 'myTeam'],
    links: [staff, grades, categories, policy, password],
  },
  response_officer: {
    intro: 'Your team and what has changed, ready on your phone.',
    main: ['myTeam', 'grades'],
    side: ['myRecord', 'liveEvents', 'quickLinks'],
    links: [staff, offences, policy, password],
    isTeamFirst: true,
  },
  neighbourhood_officer: {
    intro: 'Your neighbourhood team and what has changed, ready on your phone.',
    main: ['myTeam'],
    side: ['myRecord', 'liveEvents', 'quickLinks'],
    links: [staff, offences, policy, password],
    isTeamFirst: true,
  },
  detective: {
    intro: 'Offence codes to hand, and your CID team.',
    main: ['offenceSearch', 'myTeam'],
    side: ['myRecord', 'liveEvents', 'quickLinks'],
    links: [offences, outcomes, staff, password],
  },
  crime_management_unit: {
    intro: 'Classify and allocate: offence codes, and where the force’s people are.',
    main: ['offenceSearch', 'teamStrength'],
    side: ['myRecord', 'quickLinks', 'liveEvents'],
    links: [offences, outcomes, staff, password],
  },
  supervisor: {
    intro: 'Your team, the grade targets they work to, and what is changing.',
    main: ['myTeam', 'grades'],
    side: ['myRecord', 'liveEvents', 'quickLinks'],
    links: [staff, grades, policy, password],
  },
  senior_manager: {
    intro: 'Force strength, response targets and policy, at a glance.',
    main: ['teamStrength', 'grades'],
    side: ['liveEvents', 'quickLinks', 'myRecord'],
    links: [policy, grades, staff, password],
  },
  crime_registrar: {
    intro: 'Recording standards: offence codes and outcome types.',
    main: ['offenceSearch'],
    side: ['myRecord', 'quickLinks', 'liveEvents'],
    links: [offences, outcomes, categories, password],
  },
  offender_manager: {
    intro: 'Your team and the force directory.',
    main: ['myTeam'],
    side: ['myRecord', 'quickLinks', 'liveEvents'],
    links: [staff, offences, outcomes, password],
  },
  analyst: {
    intro: 'Force strength by team, and the targets performance is measured against.',
    main: ['teamStrength', 'grades'],
    side: ['liveEvents', 'quickLinks', 'myRecord'],
    links: [staff, grades, categories, outcomes, password],
  },
  administrator: {
    intro: 'Accounts, the audit trail and force settings.',
    main: ['userCounts', 'latestAudit'],
    side: ['liveEvents', 'quickLinks', 'myRecord'],
    links: [{ to: '/users/new', label: 'Create user', permission: 'users:manage' }, { to: '/users', label: 'Users', permission: 'users:read' }, { to: '/audit', label: 'Audit trail', permission: 'audit:search' }, policy, grades, password],
  },
};
