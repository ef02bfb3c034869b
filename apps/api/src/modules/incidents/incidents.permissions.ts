import type { RoleCode } from '@bluelamp/contracts/roles';
import { definePermissions } from '../../core/access';

// The control room creates, dispatches and runs incidents; supervisors approve non-attendance under
// the attend-everything policy and record why a target was missed. Officers see the incidents they
// are assigned to (any other answers 404) and move their own assignment on (en route, on scene,
// cleared) from the mobile view. Analysts, supervisors and senior managers get the response figures
// (no callers' details in them).
const controlRoom: readonly RoleCode[] = ['call_handler', 'dispatcher', 'supervisor'];
const officers: readonly RoleCode[] = ['response_officer', 'neighbourhood_officer'];

/** Who may do what with incidents (command and control). */
export const incidentPermissions = definePermissions({
  /** Create an incident from a contact (nothing re-typed). */
  'incidents:create': controlRoom,
  /** Open and list incidents, the board and the timeline (audited). Officers: only their own (see incidents:read_all). */
  'incidents:read': [...controlRoom, ...officers],
  /** See every incident, not only those one is assigned to. */
  'incidents:read_all': controlRoom,
  /** Assign and release officers, see resources and the recommendation. */
  'incidents:dispatch': ['dispatcher', 'supervisor'],
  /** Re-grade, record attendance or non-attendance, close, ask for a crime to be recorded. */
  'incidents:manage': controlRoom,
  /** Approve or refuse non-attendance under the attend-everything policy; give a breach its reason. */
  'incidents:supervise': ['supervisor'],
  /** Move one's own assignment on: en route, on scene, cleared (mobile view). */
  'incidents:respond': officers,
  /** Response performance figures and their CSV export. */
  'incidents:report': ['supervisor', 'senior_manager', 'analyst', 'dispatcher'],
  /** The demand profile: incidents per hour of the week by grade (no callers' details). */
  'incidents:demand': ['supervisor', 'senior_manager', 'analyst'],
});
