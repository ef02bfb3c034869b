import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../core/db/schema';
import type { Actor } from '../../core/context';
import { notFound } from '../../core/errors';
import { getPolicySetting } from '../platform';
import { wasAssigned } from './control-room.repository';
import type { IncidentRecord } from './incidents.repository';

type Q = Kysely<DB> | Transaction<DB>;

/** Whether the actor sees every incident (the control room) or only those they are or were assigned to. */
export const seesAllIncidents = (actor: Actor): boolean => actor.permissions.has('incidents:read_all');

/**
 * The incident if the actor may see it; otherwise 404, exactly like one that does not exist. An
 * officer without incidents:read_all sees the incidents they are or were assigned to.
 */
export async function requireVisibleIncident(q: Q, actor: Actor, incident: IncidentRecord | undefined): Promise<IncidentRecord> {
  if (!incident) throw notFound('The incident');
  if (seesAllIncidents(actor)) return incident;
  if (actor.staffId && (await wasAssigned(q, incident.id, actor.staffId))) return incident;
  throw notFound('The incident');
}

/** Force policy: attend every incident (non-attendance needs a supervisor's approval). On unless set false. */
export const ATTEND_EVERYTHING_POLICY = 'incidents.attendEverything';

export async function attendEverything(q: Q): Promise<boolean> {
  const setting = await getPolicySetting(q, ATTEND_EVERYTHING_POLICY);
  return !(setting?.value === false || setting?.value === 'false');
}
