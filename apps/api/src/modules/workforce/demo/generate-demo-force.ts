import crypto from 'node:crypto';
import type { NeighbourhoodFocus, TeamKind } from '../../../core/db/schema.workforce';
import { mulberry32 } from '../../../core/random';
import { parseCsvRecords } from '../../../core/csv';

/*
 * The demo force: the City of London Police's real stations and geography, with a made-up but
 * realistically shaped workforce. Pure and deterministic: the same data files and seed give the
 * same force, ids included, so a demo link or a screenshot stays valid after a reinstall.
 */

// ---------------------------------------------------------------------------------------------
// Ranks

/** The ranks the workforce tables accept, most junior first (PCSOs and police staff hold no rank). */
export const RANKS = [
  'Police Staff',
  'PCSO',
  'Police Constable',
  'Detective Constable',
  'Sergeant',
  'Detective Sergeant',
  'Inspector',
  'Detective Inspector',
  'Chief Inspector',
  'Superintendent',
  'Chief Superintendent',
  'Commander',
] as const;
export type Rank = (typeof RANKS)[number];

const RANK_LEVEL: Record<Rank, number> = {
  'Police Staff': 0,
  PCSO: 0,
  'Police Constable': 1,
  'Detective Constable': 1,
  Sergeant: 2,
  'Detective Sergeant': 2,
  Inspector: 3,
  'Detective Inspector': 3,
  'Chief Inspector': 4,
  Superintendent: 5,
  'Chief Superintendent': 6,
  Commander: 7,
};

/** Seniority of a rank: 0 for PCSOs and police staff, 1 for constables up to 7 for a commander. */
export function rankLevel(rank: string): number {
  return RANK_LEVEL[rank as Rank] ?? 0;
}

export const isPoliceOfficerRank = (rank: Rank): boolean => rank !== 'PCSO' && rank !== 'Police Staff';

// ---------------------------------------------------------------------------------------------
// Geography

export type StationCode = 'BSG' | 'SNH' | 'WST';

/** The City of London Police's three stations; coordinates are their postcodes' (NSPL). */
export const STATIONS: { code: StationCode; name: string; address: string; postcode: string }[] = [
  { code: 'BSG', name: 'Bishopsgate', address: '182 Bishopsgate, London', postcode: 'EC2M 4NP' },
  { code: 'SNH', name: 'Snow Hill', address: '5 Snow Hill, London', postcode: 'EC1A 2DP' },
  { code: 'WST', name: 'Wood Street', address: '37 Wood Street, London', postcode: 'EC2P 2NQ' },
];

/**
 * The force area: an approximate outline of the City of London as [latitude, longitude] pairs. EC
 * postcodes spill well beyond the City (EC1 is mostly Islington and Camden), so a postcode is in the
 * force area when its coordinates fall inside this outline. It was drawn by hand around the
 * data.police.uk street-crime locations of 2016-17 labelled with City of London LSOAs: all 408 such
 * locations fall inside, and 49 of the 51 locations in the neighbouring boroughs fall outside (the
 * other two sit within a few metres of the line, at the Tower and at Holborn). The Thames side runs
 * along the river, which has no postcodes.
 */
export const FORCE_AREA_OUTLINE: readonly (readonly [number, number])[] = [
  [51.5104, -0.113], // Temple, on the Embankment
  [51.5125, -0.1116],
  [51.514, -0.1114], // Temple Bar
  [51.5165, -0.1118],
  [51.5171, -0.1131],
  [51.5186, -0.1134], // Holborn Bars
  [51.5181, -0.11],
  [51.5176, -0.1072], // Holborn Circus
  [51.5184, -0.105],
  [51.52, -0.103], // Charterhouse Street
  [51.5204, -0.1],
  [51.5204, -0.0978],
  [51.5222, -0.0974], // Aldersgate Street
  [51.5224, -0.094], // Golden Lane Estate
  [51.5212, -0.0925],
  [51.5202, -0.091],
  [51.5193, -0.0895], // Moorfields
  [51.5193, -0.0858],
  [51.5213, -0.0846], // Sun Street
  [51.5213, -0.08], // Primrose Street
  [51.52, -0.0796],
  [51.519, -0.0787], // Norton Folgate
  [51.518, -0.0774],
  [51.5157, -0.0757], // Middlesex Street
  [51.5146, -0.0743],
  [51.5136, -0.073],
  [51.5122, -0.0717], // Mansell Street
  [51.5097, -0.0722],
  [51.5098, -0.0745],
  [51.5104, -0.076], // Tower Hill (the Tower itself is not in the City)
  [51.5101, -0.0773],
  [51.5098, -0.0785],
  [51.5081, -0.0789], // the river by All Hallows
  [51.5085, -0.087], // London Bridge
  [51.509, -0.095],
  [51.5094, -0.101],
  [51.5096, -0.105], // Blackfriars
];

/** True when the point lies inside the force-area outline (even-odd ray casting). */
export function isInForceArea(latitude: number, longitude: number): boolean {
  let inside = false;
  const n = FORCE_AREA_OUTLINE.length;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const [latI, lonI] = FORCE_AREA_OUTLINE[i]!;
    const [latJ, lonJ] = FORCE_AREA_OUTLINE[j]!;
    if (latI > latitude !== latJ > latitude && longitude < lonI + ((latitude - latI) * (lonJ - lonI)) / (latJ - latI)) inside = !inside;
  }
  return inside;
}

type BeatDefinition = { code: string; name: string; neighbourhoodTeam: NeighbourhoodFocus | null; sectors: string[] };

/**
 * Beats, each a group of postcode sectors ("EC2M 4"). The grouping is approximate: sectors do not
 * follow ward boundaries, and a beat borrows the names of the wards it mostly covers. The lead
 * neighbourhood team follows what the area is: Residents where people live (Barbican, Golden Lane,
 * Portsoken, Queenhithe), Engagement where visitors and the night-time economy are (Smithfield,
 * St Paul's, the Tower), Business everywhere else. An in-area postcode whose sector is not listed
 * goes to the beat with the nearest centroid.
 */
export const BEAT_DEFINITIONS: BeatDefinition[] = [
  { code: 'CL01', name: 'Farringdon Without (Holborn and Fleet Street)', neighbourhoodTeam: 'business', sectors: ['EC4A 1', 'EC4A 2', 'EC4A 3', 'EC4A 4', 'EC1N 2', 'EC1N 6', 'EC1N 7', 'EC1R 5'] },
  { code: 'CL02', name: 'Farringdon Without (Temple and Whitefriars)', neighbourhoodTeam: 'business', sectors: ['EC4Y 0', 'EC4Y 1', 'EC4Y 7', 'EC4Y 8', 'EC4Y 9'] },
  { code: 'CL03', name: 'Farringdon Without (Smithfield)', neighbourhoodTeam: 'engagement', sectors: ['EC1A 1', 'EC1A 2', 'EC1A 9', 'EC1M 4', 'EC1M 6'] },
  { code: 'CL04', name: 'Aldersgate and Cripplegate (Barbican)', neighbourhoodTeam: 'residents', sectors: ['EC1A 4', 'EC1A 7', 'EC2Y 5', 'EC2Y 8', 'EC2Y 9', 'EC1Y 0', 'EC1Y 4', 'EC1Y 8'] },
  { code: 'CL05', name: "Farringdon Within (St Paul's and Ludgate)", neighbourhoodTeam: 'engagement', sectors: ['EC4M 4', 'EC4M 5', 'EC4M 6', 'EC4M 7', 'EC4M 8', 'EC4M 9', 'EC4P 4'] },
  { code: 'CL06', name: 'Castle Baynard and Queenhithe', neighbourhoodTeam: 'residents', sectors: ['EC4V 2', 'EC4V 3', 'EC4V 4', 'EC4V 5', 'EC4V 6'] },
  { code: 'CL07', name: 'Cheap and Bread Street', neighbourhoodTeam: 'business', sectors: ['EC2V 5', 'EC2V 6', 'EC2V 7', 'EC2V 8', 'EC2P 2', 'EC2R 8'] },
  { code: 'CL08', name: 'Walbrook, Cordwainer and Vintry', neighbourhoodTeam: 'business', sectors: ['EC4N 1', 'EC4N 4', 'EC4N 5', 'EC4N 6', 'EC4N 7', 'EC4N 8', 'EC4R 0', 'EC4R 1', 'EC4R 2', 'EC4R 3', 'EC4R 9'] },
  { code: 'CL09', name: 'Coleman Street and Bassishaw', neighbourhoodTeam: 'business', sectors: ['EC2M 5', 'EC2M 6', 'EC2M 7', 'EC2R 5'] },
  { code: 'CL10', name: 'Broad Street', neighbourhoodTeam: 'business', sectors: ['EC2M 1', 'EC2N 1', 'EC2N 2', 'EC2R 6', 'EC2R 7'] },
  { code: 'CL11', name: 'Bishopsgate', neighbourhoodTeam: 'business', sectors: ['EC2M 2', 'EC2M 3', 'EC2M 4', 'EC2A 2', 'EC2A 4', 'EC2N 3', 'EC2N 4'] },
  { code: 'CL12', name: 'Lime Street and Cornhill', neighbourhoodTeam: 'business', sectors: ['EC3A 1', 'EC3A 4', 'EC3A 6', 'EC3A 8', 'EC3B 0', 'EC3V 0', 'EC3V 1', 'EC3V 3', 'EC3V 4', 'EC3V 9', 'EC3M 2'] },
  { code: 'CL13', name: 'Aldgate and Portsoken', neighbourhoodTeam: 'residents', sectors: ['EC3A 2', 'EC3A 3', 'EC3A 5', 'EC3A 7', 'EC3M 4', 'EC3N 1', 'EC3N 2'] },
  { code: 'CL14', name: 'Langbourn and Bridge', neighbourhoodTeam: 'business', sectors: ['EC3M 1', 'EC3M 3', 'EC3M 5', 'EC3M 6', 'EC3M 7', 'EC3M 8', 'EC3P 3'] },
  { code: 'CL15', name: 'Tower and Billingsgate', neighbourhoodTeam: 'engagement', sectors: ['EC3N 3', 'EC3N 4', 'EC3R 5', 'EC3R 6', 'EC3R 7', 'EC3R 8'] },
];

// ---------------------------------------------------------------------------------------------
// Teams and posts

type SeniorPostKey =
  | 'cmdr-ops'
  | 'cmdr-crime'
  | 'csupt-local'
  | 'csupt-crime'
  | 'supt-response'
  | 'supt-nbhd'
  | 'supt-contact'
  | 'supt-crime'
  | 'supt-fraud'
  | 'ci-response'
  | 'ci-ops'
  | 'ci-nbhd'
  | 'ci-contact'
  | 'ci-crime'
  | 'ci-fraud';

/** The senior leadership team, each post reporting up the chain of command (commanders to the Commissioner, not modelled). */
const SENIOR_POSTS: { key: SeniorPostKey | 'staff-officer' | 'ea-ops' | 'ea-crime'; rank: Rank; roleTitle: string; reportsTo: SeniorPostKey | null }[] = [
  { key: 'cmdr-ops', rank: 'Commander', roleTitle: 'Commander, operations and security', reportsTo: null },
  { key: 'cmdr-crime', rank: 'Commander', roleTitle: 'Commander, economic and cyber crime', reportsTo: null },
  { key: 'csupt-local', rank: 'Chief Superintendent', roleTitle: 'Head of local policing', reportsTo: 'cmdr-ops' },
  { key: 'csupt-crime', rank: 'Chief Superintendent', roleTitle: 'Head of crime and investigations', reportsTo: 'cmdr-crime' },
  { key: 'supt-response', rank: 'Superintendent', roleTitle: 'Superintendent, response and operations', reportsTo: 'csupt-local' },
  { key: 'supt-nbhd', rank: 'Superintendent', roleTitle: 'Superintendent, neighbourhoods and partnerships', reportsTo: 'csupt-local' },
  { key: 'supt-contact', rank: 'Superintendent', roleTitle: 'Superintendent, contact and custody', reportsTo: 'csupt-local' },
  { key: 'supt-crime', rank: 'Superintendent', roleTitle: 'Superintendent, investigations', reportsTo: 'csupt-crime' },
  { key: 'supt-fraud', rank: 'Superintendent', roleTitle: 'Superintendent, economic crime', reportsTo: 'csupt-crime' },
  { key: 'ci-response', rank: 'Chief Inspector', roleTitle: 'Chief inspector, response', reportsTo: 'supt-response' },
  { key: 'ci-ops', rank: 'Chief Inspector', roleTitle: 'Chief inspector, specialist operations', reportsTo: 'supt-response' },
  { key: 'ci-nbhd', rank: 'Chief Inspector', roleTitle: 'Chief inspector, neighbourhoods', reportsTo: 'supt-nbhd' },
  { key: 'ci-contact', rank: 'Chief Inspector', roleTitle: 'Chief inspector, contact and control', reportsTo: 'supt-contact' },
  { key: 'ci-crime', rank: 'Chief Inspector', roleTitle: 'Chief inspector, crime', reportsTo: 'supt-crime' },
  { key: 'ci-fraud', rank: 'Chief Inspector', roleTitle: 'Chief inspector, economic crime', reportsTo: 'supt-fraud' },
  { key: 'staff-officer', rank: 'Police Staff', roleTitle: 'Staff officer', reportsTo: 'cmdr-ops' },
  { key: 'ea-ops', rank: 'Police Staff', roleTitle: 'Executive assistant', reportsTo: 'cmdr-ops' },
  { key: 'ea-crime', rank: 'Police Staff', roleTitle: 'Executive assistant', reportsTo: 'cmdr-crime' },
];

/**
 * A group of people in a team. `head`: the one person who leads it; `supervisor`: manages members
 * (sergeants, staff supervisors); `member`: everyone else. Counts given as a range are drawn.
 */
type Post = { tier: 'head' | 'supervisor' | 'member'; rank: Rank; roleTitle: string; count: number | [number, number] };
type TeamSpec = { code: string; name: string; kind: TeamKind; focus?: NeighbourhoodFocus; station: StationCode; reportsTo: SeniorPostKey; posts: Post[] };

const head = (rank: Rank, roleTitle: string): Post => ({ tier: 'head', rank, roleTitle, count: 1 });
const supervisors = (count: number, rank: Rank, roleTitle: string): Post => ({ tier: 'supervisor', rank, roleTitle, count });
const members = (count: number | [number, number], rank: Rank, roleTitle: string): Post => ({ tier: 'member', rank, roleTitle, count });

/** Five response teams cover the clock on a five-team shift pattern; each works as one shift. */
const responseTeam = (letter: string): TeamSpec => ({
  code: `RESP-${letter}`,
  name: `Response Team ${letter}`,
  kind: 'response',
  station: 'BSG',
  reportsTo: 'ci-response',
  posts: [head('Inspector', 'Response inspector'), supervisors(4, 'Sergeant', 'Response sergeant'), members([26, 30], 'Police Constable', 'Response officer')],
});

/** Control-room watches follow the same five-team pattern; call handlers and dispatchers are police staff. */
const controlWatch = (n: number): TeamSpec => ({
  code: `CONTROL-${n}`,
  name: `Control Room Watch ${n}`,
  kind: 'control_room',
  station: 'WST',
  reportsTo: 'ci-contact',
  posts: [
    head('Inspector', 'Force incident manager'),
    supervisors(2, 'Police Staff', 'Control room supervisor'),
    members([9, 11], 'Police Staff', 'Call handler'),
    members([5, 7], 'Police Staff', 'Dispatcher'),
  ],
});

const cidTeam = (code: string, name: string, station: StationCode, reportsTo: SeniorPostKey, dcs: number, dcTitle: string, staff: [number, string]): TeamSpec => ({
  code,
  name,
  kind: 'cid',
  station,
  reportsTo,
  posts: [
    head('Detective Inspector', 'Investigation manager'),
    supervisors(dcs > 12 ? 3 : 2, 'Detective Sergeant', 'Investigation supervisor'),
    members(dcs, 'Detective Constable', dcTitle),
    members(staff[0], 'Police Staff', staff[1]),
  ],
});

export const TEAM_SPECS: TeamSpec[] = [
  ...['A', 'B', 'C', 'D', 'E'].map(responseTeam),
  {
    code: 'NBH-BUS',
    name: 'Neighbourhood Business Team',
    kind: 'neighbourhood',
    focus: 'business',
    station: 'SNH',
    reportsTo: 'ci-nbhd',
    posts: [head('Inspector', 'Neighbourhood inspector'), supervisors(3, 'Sergeant', 'Neighbourhood sergeant'), members(22, 'Police Constable', 'Neighbourhood officer'), members(4, 'PCSO', 'Police community support officer')],
  },
  {
    code: 'NBH-RES',
    name: 'Neighbourhood Residents Team',
    kind: 'neighbourhood',
    focus: 'residents',
    station: 'SNH',
    reportsTo: 'ci-nbhd',
    posts: [head('Inspector', 'Neighbourhood inspector'), supervisors(2, 'Sergeant', 'Neighbourhood sergeant'), members(12, 'Police Constable', 'Neighbourhood officer'), members(6, 'PCSO', 'Police community support officer')],
  },
  {
    code: 'NBH-ENG',
    name: 'Neighbourhood Engagement Team',
    kind: 'neighbourhood',
    focus: 'engagement',
    station: 'SNH',
    reportsTo: 'ci-nbhd',
    posts: [
      head('Inspector', 'Neighbourhood inspector'),
      supervisors(2, 'Sergeant', 'Neighbourhood sergeant'),
      members(10, 'Police Constable', 'Neighbourhood officer'),
      members(3, 'PCSO', 'Police community support officer'),
      members(2, 'Police Staff', 'Community engagement officer'),
    ],
  },
  cidTeam('CID-A', 'CID Team A', 'SNH', 'ci-crime', 13, 'Investigator', [2, 'Police staff investigator']),
  cidTeam('CID-B', 'CID Team B', 'SNH', 'ci-crime', 13, 'Investigator', [2, 'Police staff investigator']),
  cidTeam('PPU', 'Public Protection Unit', 'SNH', 'ci-crime', 9, 'Public protection investigator', [2, 'Safeguarding officer']),
  cidTeam('MIT', 'Major Investigation Team', 'WST', 'ci-crime', 10, 'Investigator', [2, 'Police staff investigator']),
  cidTeam('FRAUD-1', 'Fraud Team 1', 'WST', 'ci-fraud', 14, 'Fraud investigator', [4, 'Financial investigator']),
  cidTeam('FRAUD-2', 'Fraud Team 2', 'WST', 'ci-fraud', 14, 'Fraud investigator', [4, 'Financial investigator']),
  cidTeam('FRAUD-3', 'Fraud Team 3', 'WST', 'ci-fraud', 14, 'Fraud investigator', [4, 'Financial investigator']),
  cidTeam('DCPCU', 'Dedicated Card and Payment Crime Unit', 'WST', 'ci-fraud', 10, 'Fraud investigator', [3, 'Financial investigator']),
  cidTeam('CYBER', 'Cyber Crime Unit', 'WST', 'ci-fraud', 8, 'Cyber investigator', [4, 'Digital forensic examiner']),
  {
    code: 'CMU',
    name: 'Crime Management Unit',
    kind: 'crime_management_unit',
    station: 'WST',
    reportsTo: 'ci-crime',
    posts: [
      head('Detective Sergeant', 'Crime management unit manager'),
      supervisors(2, 'Police Staff', 'Crime management unit supervisor'),
      members(2, 'Detective Constable', 'Crime management unit investigator'),
      members(12, 'Police Staff', 'Crime management unit assessor'),
    ],
  },
  ...[1, 2, 3, 4, 5].map(controlWatch),
  {
    code: 'CUSTODY',
    name: 'Custody Suite',
    kind: 'other',
    station: 'BSG',
    reportsTo: 'ci-contact',
    posts: [head('Inspector', 'Custody inspector'), supervisors(6, 'Sergeant', 'Custody sergeant'), members(12, 'Police Staff', 'Detention officer')],
  },
  {
    code: 'SERVATOR',
    name: 'Project Servator Team',
    kind: 'other',
    station: 'BSG',
    reportsTo: 'ci-ops',
    posts: [head('Inspector', 'Servator inspector'), supervisors(3, 'Sergeant', 'Servator sergeant'), members(22, 'Police Constable', 'Servator officer')],
  },
  {
    code: 'ROADS',
    name: 'Roads Policing Unit',
    kind: 'other',
    station: 'BSG',
    reportsTo: 'ci-ops',
    posts: [head('Inspector', 'Roads policing inspector'), supervisors(2, 'Sergeant', 'Roads policing sergeant'), members(14, 'Police Constable', 'Roads policing officer')],
  },
  {
    code: 'ARV',
    name: 'Armed Response Unit',
    kind: 'other',
    station: 'BSG',
    reportsTo: 'ci-ops',
    posts: [head('Inspector', 'Firearms inspector'), supervisors(3, 'Sergeant', 'Firearms sergeant'), members(20, 'Police Constable', 'Authorised firearms officer')],
  },
  {
    code: 'PUBORD',
    name: 'Public Order and Events Team',
    kind: 'other',
    station: 'BSG',
    reportsTo: 'ci-ops',
    posts: [head('Inspector', 'Events inspector'), supervisors(2, 'Sergeant', 'Public order sergeant'), members(14, 'Police Constable', 'Public order officer')],
  },
  {
    code: 'MOUNTED',
    name: 'Mounted Unit',
    kind: 'other',
    station: 'WST',
    reportsTo: 'ci-ops',
    posts: [head('Sergeant', 'Mounted sergeant'), members(8, 'Police Constable', 'Mounted officer'), members(3, 'Police Staff', 'Groom')],
  },
  {
    code: 'CYCLE',
    name: 'Cycle Team',
    kind: 'other',
    station: 'BSG',
    reportsTo: 'ci-ops',
    posts: [head('Sergeant', 'Cycle team sergeant'), members(8, 'Police Constable', 'Cycle officer')],
  },
  {
    code: 'CTPS',
    name: 'Counter Terrorism and Protective Security',
    kind: 'other',
    station: 'WST',
    reportsTo: 'ci-ops',
    posts: [
      head('Inspector', 'Protective security inspector'),
      supervisors(2, 'Sergeant', 'Protective security sergeant'),
      members(8, 'Police Constable', 'Protective security officer'),
      members(3, 'Police Staff', 'Counter terrorism security adviser'),
    ],
  },
  {
    code: 'INTEL',
    name: 'Intelligence and Analysis',
    kind: 'other',
    station: 'WST',
    reportsTo: 'ci-crime',
    posts: [
      head('Detective Inspector', 'Head of intelligence'),
      supervisors(2, 'Detective Sergeant', 'Intelligence supervisor'),
      supervisors(1, 'Police Staff', 'Principal analyst'),
      members(6, 'Detective Constable', 'Intelligence officer'),
      members(8, 'Police Staff', 'Analyst'),
    ],
  },
  {
    code: 'NFIB',
    name: 'National Fraud Intelligence Bureau',
    kind: 'other',
    station: 'WST',
    reportsTo: 'ci-fraud',
    posts: [
      head('Detective Inspector', 'Head of fraud intelligence'),
      supervisors(2, 'Detective Sergeant', 'Intelligence supervisor'),
      supervisors(3, 'Police Staff', 'Fraud intelligence supervisor'),
      members(6, 'Detective Constable', 'Intelligence officer'),
      members(14, 'Police Staff', 'Crime reviewer'),
      members(8, 'Police Staff', 'Analyst'),
    ],
  },
  {
    code: 'OMU',
    name: 'Offender Management Unit',
    kind: 'other',
    station: 'SNH',
    reportsTo: 'ci-crime',
    posts: [
      head('Detective Sergeant', 'Offender management supervisor'),
      members(3, 'Detective Constable', 'Offender manager'),
      members(3, 'Police Constable', 'Offender manager'),
      members(2, 'Police Staff', 'Offender manager'),
    ],
  },
  {
    code: 'PSD',
    name: 'Professional Standards',
    kind: 'other',
    station: 'WST',
    reportsTo: 'ci-crime',
    posts: [head('Detective Inspector', 'Professional standards manager'), supervisors(2, 'Detective Sergeant', 'Professional standards supervisor'), members(4, 'Detective Constable', 'Professional standards investigator'), members(2, 'Police Staff', 'Case officer')],
  },
  {
    // The registrar answers to a chief officer, not to the crime command whose recording they audit.
    code: 'CRIME-STD',
    name: 'Crime Standards and Data Quality',
    kind: 'other',
    station: 'WST',
    reportsTo: 'cmdr-crime',
    posts: [head('Police Staff', 'Force crime registrar'), supervisors(1, 'Police Staff', 'Deputy force crime registrar'), members(5, 'Police Staff', 'Crime recording auditor')],
  },
  {
    code: 'TRAINING',
    name: 'Learning and Development',
    kind: 'other',
    station: 'WST',
    reportsTo: 'ci-ops',
    posts: [head('Sergeant', 'Training sergeant'), members(4, 'Police Constable', 'Police trainer'), members(3, 'Police Staff', 'Learning and development officer')],
  },
  {
    code: 'BUS-SUPPORT',
    name: 'Business Support',
    kind: 'other',
    station: 'WST',
    reportsTo: 'csupt-local',
    posts: [
      head('Police Staff', 'Head of business support'),
      supervisors(4, 'Police Staff', 'Business support manager'),
      members(6, 'Police Staff', 'HR adviser'),
      members(5, 'Police Staff', 'Finance officer'),
      members(3, 'Police Staff', 'Systems administrator'),
      members(6, 'Police Staff', 'IT support technician'),
      members(9, 'Police Staff', 'Administrator'),
      members(4, 'Police Staff', 'Property officer'),
      members(3, 'Police Staff', 'Fleet technician'),
    ],
  },
];

const SLT_TEAM = { code: 'SLT', name: 'Senior Leadership Team', kind: 'other' as const, station: 'WST' as const };

// ---------------------------------------------------------------------------------------------
// Demo accounts

export type DemoUserSpec = {
  username: string;
  roleCode: string;
  /** Who the account belongs to: the first person in the team with that role title, or someone's line manager. */
  person: { team: string; roleTitle: string; officer?: boolean } | { managerOf: string } | { post: SeniorPostKey };
};

/** One account per role, each the login of a real-looking person in the right team and rank. */
export const DEMO_USERS: DemoUserSpec[] = [
  { username: 'demo.callhandler', roleCode: 'call_handler', person: { team: 'CONTROL-1', roleTitle: 'Call handler' } },
  { username: 'demo.dispatcher', roleCode: 'dispatcher', person: { team: 'CONTROL-1', roleTitle: 'Dispatcher' } },
  { username: 'demo.response', roleCode: 'response_officer', person: { team: 'RESP-A', roleTitle: 'Response officer' } },
  { username: 'demo.neighbourhood', roleCode: 'neighbourhood_officer', person: { team: 'NBH-BUS', roleTitle: 'Neighbourhood officer' } },
  { username: 'demo.detective', roleCode: 'detective', person: { team: 'CID-A', roleTitle: 'Investigator' } },
  { username: 'demo.cmu', roleCode: 'crime_management_unit', person: { team: 'CMU', roleTitle: 'Crime management unit assessor' } },
  // The demo response officer's own sergeant, so the two accounts show both ends of supervision.
  { username: 'demo.supervisor', roleCode: 'supervisor', person: { managerOf: 'demo.response' } },
  { username: 'demo.senior', roleCode: 'senior_manager', person: { post: 'csupt-local' } },
  { username: 'demo.registrar', roleCode: 'crime_registrar', person: { team: 'CRIME-STD', roleTitle: 'Force crime registrar' } },
  { username: 'demo.offender', roleCode: 'offender_manager', person: { team: 'OMU', roleTitle: 'Offender manager', officer: true } },
  { username: 'demo.analyst', roleCode: 'analyst', person: { team: 'INTEL', roleTitle: 'Analyst' } },
  { username: 'demo.admin', roleCode: 'administrator', person: { team: 'BUS-SUPPORT', roleTitle: 'Systems administrator' } },
];

// ---------------------------------------------------------------------------------------------
// Randomness, ids and names

export { mulberry32 };

// A fixed namespace, so the same demo record gets the same UUID (v5, RFC 9562) on every install.
const ID_NAMESPACE = Buffer.from('6f1b2c8e9d3a4e57a0c4b1d2e3f40516', 'hex');

/** Deterministic UUID v5 of a name such as `staff/247CP`. */
export function demoId(name: string): string {
  const hash = crypto.createHash('sha1').update(ID_NAMESPACE).update(name).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// Irish surnames written O'X; the source drops the apostrophe ("obrien"). Only these get one, so
// Oliver, Osborne and Owen stay as they are.
const O_APOSTROPHE = new Set([
  'brien', 'neill', 'neil', 'connor', 'donnell', 'sullivan', 'leary', 'reilly', 'rourke', 'hara', 'keefe', 'mahony', 'mahoney',
  'dwyer', 'shea', 'callaghan', 'driscoll', 'toole', 'grady', 'halloran', 'kane', 'connell', 'doherty', 'flaherty', 'farrell',
  'gorman', 'hagan', 'hare', 'kelly', 'meara', 'regan', 'riordan', 'byrne', 'donoghue', 'donovan', 'gara', 'hanlon', 'carroll',
  'loughlin', 'malley', 'mara', 'dowd', 'dea', 'boyle', 'brady', 'dell', 'higgins', 'leary', 'sheehan',
]);
// Mac names conventionally written with a capital after the prefix; others (Mackay, Mackie,
// Mackenzie, Mace, Machin) keep a plain capital.
const MAC_CAPITAL = new Set([
  'macdonald', 'macgregor', 'macleod', 'macfarlane', 'maclean', 'macmillan', 'macpherson', 'macintyre', 'macaulay', 'macarthur',
  'macdougall', 'macneil', 'macneill', 'maclachlan', 'maclennan', 'macdonnell', 'macinnes', 'macrae', 'maccallum',
]);

const capitalise = (w: string): string => (w ? w[0]!.toUpperCase() + w.slice(1) : w);

/**
 * Writes a lower-case name as it is usually spelt: smith → Smith, mcdonald → McDonald,
 * obrien → O'Brien, macleod → MacLeod, isla-rose → Isla-Rose, o'mari → O'Mari.
 */
export function capitaliseName(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .split(/(\s+|-)/)
    .map((part) => {
      if (part === '-' || /^\s+$/.test(part) || part === '') return part;
      if (part.includes("'")) return part.split("'").map(capitalise).join("'");
      if (part.length > 3 && part.startsWith('mc')) return `Mc${capitalise(part.slice(2))}`;
      if (MAC_CAPITAL.has(part)) return `Mac${capitalise(part.slice(3))}`;
      if (part.length > 2 && part.startsWith('o') && O_APOSTROPHE.has(part.slice(1))) return `O'${capitalise(part.slice(1))}`;
      return capitalise(part);
    })
    .join('');
}

/** Draws items in proportion to their weights (cumulative table, binary search). */
function weightedPicker<T>(items: { value: T; weight: number }[], random: () => number): () => T {
  if (items.length === 0) throw new Error('nothing to pick from');
  const cumulative: number[] = [];
  let total = 0;
  for (const item of items) cumulative.push((total += item.weight));
  return () => {
    const x = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return items[lo]!.value;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The generator

/** The text of the data files in apps/api/data/demo. */
export type DemoSourceData = { postcodesCsv: string; firstNamesCsv: string; surnamesCsv: string };

export type DemoStation = { id: string; code: StationCode; name: string; address: string; postcode: string; latitude: number; longitude: number };
export type DemoBeat = { id: string; code: string; name: string; stationId: string; neighbourhoodTeam: NeighbourhoodFocus | null; centroidLatitude: number; centroidLongitude: number };
export type DemoPostcode = { postcode: string; latitude: number; longitude: number; beatId: string | null; inForceArea: boolean };
export type DemoTeam = { id: string; code: string; name: string; kind: TeamKind; neighbourhoodFocus: NeighbourhoodFocus | null; stationId: string };
export type DemoStaff = {
  id: string;
  collarNumber: string;
  firstName: string;
  lastName: string;
  rank: Rank;
  roleTitle: string;
  isPoliceOfficer: boolean;
  teamId: string;
  stationId: string;
  lineManagerId: string | null;
  email: string;
  /** 'YYYY-MM-DD' */
  startedOn: string;
};
export type DemoUser = { username: string; displayName: string; email: string; staffId: string; roleCode: string };

export type DemoForce = {
  stations: DemoStation[];
  beats: DemoBeat[];
  postcodes: DemoPostcode[];
  teams: DemoTeam[];
  /** Managers come before the people they manage, so rows can be inserted in this order. */
  staff: DemoStaff[];
  demoUsers: DemoUser[];
};

export type GenerateOptions = {
  /** PRNG seed; the default gives the published demo force. */
  seed?: number;
  /** The day service lengths are counted back from ('YYYY-MM-DD'); fixed so the output never depends on the clock. */
  asOf?: string;
};

const EMAIL_DOMAIN = 'demo.bluelamp.example';

// Years of service by rank [min, max]: a constable may be in their first year, a commander has decades.
const SERVICE_YEARS: Record<Rank, [number, number]> = {
  'Police Staff': [0.2, 25],
  PCSO: [0.3, 12],
  'Police Constable': [0.3, 15],
  'Detective Constable': [3, 16],
  Sergeant: [6, 20],
  'Detective Sergeant': [7, 21],
  Inspector: [10, 24],
  'Detective Inspector': [11, 25],
  'Chief Inspector': [14, 26],
  Superintendent: [17, 28],
  'Chief Superintendent': [20, 30],
  Commander: [22, 32],
};

// Share of women by kind of job, roughly that of forces in England and Wales.
const FEMALE_SHARE = { officer: 0.34, pcso: 0.45, staff: 0.6 };

/** Builds the demo force from the data files. Deterministic: same inputs, same output. */
export function generateDemoForce(data: DemoSourceData, options: GenerateOptions = {}): DemoForce {
  const random = mulberry32(options.seed ?? 20140101);
  const asOf = Date.parse(`${options.asOf ?? '2025-04-01'}T00:00:00Z`);
  if (Number.isNaN(asOf)) throw new Error(`asOf must be YYYY-MM-DD, got ${options.asOf}`);

  // Postcodes and stations.
  const postcodeRows = parseCsvRecords(data.postcodesCsv).map((r) => ({
    postcode: r.postcode ?? '',
    latitude: Number(r.latitude),
    longitude: Number(r.longitude),
  }));
  const coordinates = new Map(postcodeRows.map((p) => [p.postcode, p]));
  const stations: DemoStation[] = STATIONS.map((s) => {
    const at = coordinates.get(s.postcode);
    if (!at) throw new Error(`station ${s.name}: postcode ${s.postcode} is not in the postcode data`);
    return { id: demoId(`station/${s.code}`), ...s, latitude: at.latitude, longitude: at.longitude };
  });
  const stationId = (code: StationCode) => stations.find((s) => s.code === code)!.id;

  // Beats: postcodes in the force area grouped by sector, then centroids, then the nearest station.
  const beatBySector = new Map<string, BeatDefinition>();
  for (const b of BEAT_DEFINITIONS) for (const s of b.sectors) beatBySector.set(s, b);
  const inArea = postcodeRows.filter((p) => isInForceArea(p.latitude, p.longitude));
  const members = new Map<string, typeof inArea>(BEAT_DEFINITIONS.map((b) => [b.code, []]));
  const unplaced: typeof inArea = [];
  for (const p of inArea) {
    const def = beatBySector.get(p.postcode.slice(0, -2));
    if (def) members.get(def.code)!.push(p);
    else unplaced.push(p);
  }
  const round5 = (x: number) => Math.round(x * 1e5) / 1e5;
  const centroidOf = (ps: typeof inArea) => ({
    latitude: round5(ps.reduce((s, p) => s + p.latitude, 0) / ps.length),
    longitude: round5(ps.reduce((s, p) => s + p.longitude, 0) / ps.length),
  });
  // Distances over a few kilometres: an equirectangular projection is accurate enough.
  const distance2 = (a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) =>
    (a.latitude - b.latitude) ** 2 + ((a.longitude - b.longitude) * Math.cos((a.latitude * Math.PI) / 180)) ** 2;
  const centroids = new Map(BEAT_DEFINITIONS.map((b) => [b.code, centroidOf(members.get(b.code)!)]));
  for (const p of unplaced) {
    const nearest = BEAT_DEFINITIONS.reduce((best, b) => (distance2(p, centroids.get(b.code)!) < distance2(p, centroids.get(best.code)!) ? b : best));
    members.get(nearest.code)!.push(p);
  }
  const beats: DemoBeat[] = BEAT_DEFINITIONS.map((b) => {
    const centre = centroidOf(members.get(b.code)!);
    const station = stations.reduce((best, s) => (distance2(centre, s) < distance2(centre, best) ? s : best));
    return { id: demoId(`beat/${b.code}`), code: b.code, name: b.name, stationId: station.id, neighbourhoodTeam: b.neighbourhoodTeam, centroidLatitude: centre.latitude, centroidLongitude: centre.longitude };
  });
  const beatIdOfPostcode = new Map<string, string>();
  for (const b of beats) for (const p of members.get(b.code)!) beatIdOfPostcode.set(p.postcode, b.id);
  const postcodes: DemoPostcode[] = postcodeRows.map((p) => {
    const beatId = beatIdOfPostcode.get(p.postcode) ?? null;
    return { ...p, beatId, inForceArea: beatId !== null };
  });

  // Teams.
  const teams: DemoTeam[] = [SLT_TEAM, ...TEAM_SPECS].map((t) => ({
    id: demoId(`team/${t.code}`),
    code: t.code,
    name: t.name,
    kind: t.kind,
    neighbourhoodFocus: 'focus' in t ? (t.focus ?? null) : null,
    stationId: stationId(t.station),
  }));
  const teamId = (code: string) => teams.find((t) => t.code === code)!.id;

  // Names.
  const firstNames = parseCsvRecords(data.firstNamesCsv);
  const pickFirst = {
    female: weightedPicker(firstNames.filter((r) => r.sex === 'female').map((r) => ({ value: r.name ?? '', weight: Number(r.freq) })), random),
    male: weightedPicker(firstNames.filter((r) => r.sex === 'male').map((r) => ({ value: r.name ?? '', weight: Number(r.freq) })), random),
  };
  const pickSurname = weightedPicker(parseCsvRecords(data.surnamesCsv).map((r) => ({ value: r.name ?? '', weight: Number(r.freq) })), random);

  // Collar numbers: shoulder numbers 100-999 with the force's CP suffix for officers and PCSOs,
  // five-digit staff numbers for police staff; each drawn without replacement.
  const shoulderNumbers = shuffle(
    Array.from({ length: 900 }, (_, i) => i + 100),
    random,
  );
  const staffNumbers = shuffle(
    Array.from({ length: 9000 }, (_, i) => i + 41000),
    random,
  );
  const emails = new Set<string>();

  type Person = DemoStaff & { teamCode: string; postKey?: string; tier?: Post['tier'] };
  const people: Person[] = [];
  const makePerson = (rank: Rank, roleTitle: string, team: { code: string; station: StationCode }): Person => {
    const officer = isPoliceOfficerRank(rank);
    const femaleShare = officer ? FEMALE_SHARE.officer : rank === 'PCSO' ? FEMALE_SHARE.pcso : FEMALE_SHARE.staff;
    const firstName = capitaliseName(random() < femaleShare ? pickFirst.female() : pickFirst.male());
    const lastName = capitaliseName(pickSurname());
    const collarNumber = rank === 'Police Staff' ? `S${staffNumbers.pop()}` : `${shoulderNumbers.pop()}CP`;
    if (collarNumber.includes('undefined')) throw new Error('ran out of collar numbers');
    const local = `${firstName}.${lastName}`.toLowerCase().replace(/[^a-z.-]/g, '');
    let email = `${local}@${EMAIL_DOMAIN}`;
    for (let n = 2; emails.has(email); n++) email = `${local}${n}@${EMAIL_DOMAIN}`;
    emails.add(email);
    const [minYears, maxYears] = SERVICE_YEARS[rank];
    const served = minYears + random() * (maxYears - minYears);
    const startedOn = new Date(asOf - Math.round(served * 365.25) * 86_400_000).toISOString().slice(0, 10);
    return {
      id: demoId(`staff/${collarNumber}`),
      collarNumber,
      firstName,
      lastName,
      rank,
      roleTitle,
      isPoliceOfficer: officer,
      teamId: teamId(team.code),
      stationId: stationId(team.station),
      lineManagerId: null,
      email,
      startedOn,
      teamCode: team.code,
    };
  };

  // The senior leadership team, chain of command first.
  const seniorByKey = new Map<string, Person>();
  for (const post of SENIOR_POSTS) {
    const person = makePerson(post.rank, post.roleTitle, SLT_TEAM);
    person.postKey = post.key;
    if (post.reportsTo) person.lineManagerId = seniorByKey.get(post.reportsTo)!.id;
    seniorByKey.set(post.key, person);
    people.push(person);
  }

  // Every other team: head → senior post; supervisors → head; members → a supervisor of their kind.
  for (const spec of TEAM_SPECS) {
    const team: Person[] = [];
    for (const post of spec.posts) {
      const count = typeof post.count === 'number' ? post.count : post.count[0] + Math.floor(random() * (post.count[1] - post.count[0] + 1));
      for (let i = 0; i < count; i++) {
        const person = makePerson(post.rank, post.roleTitle, spec);
        person.tier = post.tier;
        team.push(person);
      }
    }
    const [teamHead, ...others] = team.filter((p) => p.tier === 'head');
    if (!teamHead || others.length) throw new Error(`team ${spec.code} needs exactly one head`);
    teamHead.lineManagerId = seniorByKey.get(spec.reportsTo)!.id;
    const officerSupervisors = team.filter((p) => p.tier === 'supervisor' && p.isPoliceOfficer);
    const staffSupervisors = team.filter((p) => p.tier === 'supervisor' && !p.isPoliceOfficer);
    for (const p of team) if (p.tier === 'supervisor') p.lineManagerId = teamHead.id;
    // Officers and PCSOs answer to a sergeant (never to police staff), police staff to a staff
    // supervisor where the team has one; with no such supervisor, to the head. Round robin keeps
    // the spans of control even.
    const next = { officer: 0, staff: 0 };
    for (const p of team.filter((x) => x.tier === 'member')) {
      const kind = p.rank === 'Police Staff' && staffSupervisors.length ? 'staff' : 'officer';
      const pool = kind === 'staff' ? staffSupervisors : officerSupervisors;
      p.lineManagerId = pool.length ? pool[next[kind]++ % pool.length]!.id : teamHead.id;
    }
    people.push(...team);
  }

  // Managers before reports: order by depth in the line-management tree, then as generated.
  const byId = new Map(people.map((p) => [p.id, p]));
  const depth = (p: Person): number => (p.lineManagerId ? 1 + depth(byId.get(p.lineManagerId)!) : 0);
  const ordered = people.map((p, i) => ({ p, i, d: depth(p) })).sort((a, b) => a.d - b.d || a.i - b.i);
  const staff: DemoStaff[] = ordered.map(({ p }) => {
    const { teamCode: _t, postKey: _k, tier: _tier, ...row } = p;
    return row;
  });

  // Demo accounts.
  const chosen = new Map<string, Person>();
  const demoUsers: DemoUser[] = DEMO_USERS.map((spec) => {
    const sel = spec.person;
    let person: Person | undefined;
    if ('managerOf' in sel) {
      const report = chosen.get(sel.managerOf);
      person = report?.lineManagerId ? byId.get(report.lineManagerId) : undefined;
    } else if ('post' in sel) person = seniorByKey.get(sel.post);
    else person = people.find((p) => p.teamCode === sel.team && p.roleTitle === sel.roleTitle && (sel.officer === undefined || p.isPoliceOfficer === sel.officer));
    if (!person) throw new Error(`no one for demo account ${spec.username}`);
    chosen.set(spec.username, person);
    return { username: spec.username, displayName: `${person.firstName} ${person.lastName} (${person.rank})`, email: person.email, staffId: person.id, roleCode: spec.roleCode };
  });

  return { stations, beats, postcodes, teams, staff, demoUsers };
}
