import type { Kysely } from 'kysely';
import type { Board, BoardCounts, BoardOfficer } from '@bluelamp/contracts/incidents/board';
import type { DB } from '../../../core/db/schema';
import { listBoardAssignments, listBoardIncidents } from '../control-room.repository';
import { presentBoardIncident } from '../incidents.presenter';
import { referenceNames, staffNames } from '../incidents.reference';

/**
 * The control-room board: every open incident by grade (the force's order) then target time, each
 * with its officers. Two queries whatever the number of incidents; names come from memory.
 */
export async function readBoard(db: Kysely<DB>, now = new Date()): Promise<Board> {
  const [rows, assignments, names] = await Promise.all([listBoardIncidents(db), listBoardAssignments(db), referenceNames(db)]);
  const staff = await staffNames(db, assignments.map((a) => a.staffId));
  const officers = new Map<string, BoardOfficer[]>();
  for (const a of assignments) {
    const s = staff.get(a.staffId);
    let list = officers.get(a.incidentId);
    if (!list) officers.set(a.incidentId, (list = []));
    list.push({ staffId: a.staffId, name: s?.name ?? null, collarNumber: s?.collarNumber ?? null, status: a.status });
  }
  const counts: BoardCounts = { awaiting_dispatch: 0, dispatched: 0, en_route: 0, on_scene: 0, cleared: 0 };
  const incidents = rows.map((r) => {
    if (r.status !== 'closed') counts[r.status] += 1;
    return presentBoardIncident(r, names, officers.get(r.id) ?? []);
  });
  // Rows come by target time; a stable sort by grade keeps that order within each grade.
  incidents.sort((a, b) => a.gradeSortOrder - b.gradeSortOrder);
  return { now: now.toISOString(), incidents, counts };
}
