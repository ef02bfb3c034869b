/**
 * The incident's status machine (pure). An incident moves forward one stage at a time:
 * awaiting dispatch → dispatched → en route → on scene → cleared → closed. Its status follows its
 * officers: the furthest stage any open assignment has reached, and cleared when every assignment
 * is cleared. Closing is the control room's; an incident not attended (reason recorded, approved
 * where the policy asks) may close without being dispatched.
 */
import type { AssignmentStatusCode, IncidentStatusCode } from '../../core/db/schema.incidents';

export const INCIDENT_STATUSES: readonly IncidentStatusCode[] = ['awaiting_dispatch', 'dispatched', 'en_route', 'on_scene', 'cleared', 'closed'];

/** An officer's own progress on an incident: the only moves their device may make. */
export const ASSIGNMENT_NEXT: Readonly<Record<AssignmentStatusCode, readonly AssignmentStatusCode[]>> = {
  assigned: ['en_route', 'released'],
  en_route: ['on_scene', 'released'],
  on_scene: ['cleared'],
  cleared: [],
  released: [],
};

export function canMoveAssignment(from: AssignmentStatusCode, to: AssignmentStatusCode): boolean {
  return ASSIGNMENT_NEXT[from].includes(to);
}

const RANK: Record<AssignmentStatusCode, number> = { released: 0, assigned: 1, en_route: 2, on_scene: 3, cleared: 4 };

/**
 * The incident's status from its assignments (released ones are ignored). With none open or
 * cleared it awaits dispatch; cleared only when every remaining assignment is cleared; otherwise
 * the furthest stage reached by any officer on it — one who has cleared was on scene, so an
 * incident never steps back from on scene because the first officer left before the second arrived.
 */
export function statusFromAssignments(assignments: readonly { status: AssignmentStatusCode }[]): Exclude<IncidentStatusCode, 'closed'> {
  const live = assignments.filter((a) => a.status !== 'released');
  if (live.length === 0) return 'awaiting_dispatch';
  if (live.every((a) => a.status === 'cleared')) return 'cleared';
  const furthest = Math.max(...live.map((a) => Math.min(RANK[a.status], RANK.on_scene)));
  return furthest >= 3 ? 'on_scene' : furthest === 2 ? 'en_route' : 'dispatched';
}

/** Whether the incident may be closed now: cleared, or never dispatched and recorded as not attended (approved). */
export function canClose(incident: { status: IncidentStatusCode; attended: boolean | null; nonAttendanceStatus: string | null }): boolean {
  if (incident.status === 'cleared') return true;
  return incident.status === 'awaiting_dispatch' && incident.attended === false && incident.nonAttendanceStatus === 'approved';
}
