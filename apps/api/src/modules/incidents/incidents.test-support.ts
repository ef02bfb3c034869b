// Test data and helpers shared by the incidents module's tests (and the dispatch, report and web
// helpers'): a contact and its incident in one call, an officer's staff id, an assignment made
// directly in the database with the incident's status brought along.
import type { Incident } from '@bluelamp/contracts/incidents/incidents';
import type { AssignmentStatusCode } from '../../core/db/schema.incidents';
import { systemContext } from '../../core/context';
import type { TestApp } from '../../../test/test-app';
import { callBody, LOW_THRIVE } from '../contact/contact.test-support';
import { syncIncidentStatus } from './commands/sync-incident-status';
import { lockIncident } from './incidents.repository';

export { callBody, LOW_THRIVE };

/** THRIVE that proposes Immediate (a threat judged high). */
export const HIGH_THRIVE = { ...LOW_THRIVE, threat: { level: 'high', note: 'Ex-partner outside with a knife' } };

/** The body of POST /api/incidents/intake: a valid call 10 minutes ago (Routine unless overridden). */
export const intakeBody = (contactOverrides: Record<string, unknown> = {}) => ({ contact: callBody(contactOverrides) });

/**
 * Records a contact and its incident through POST /api/incidents/intake (as the call handler's
 * "Save and create incident") and returns the incident. Throws on anything but 201.
 */
export async function createTestIncident(t: TestApp, cookie: string, contactOverrides: Record<string, unknown> = {}): Promise<Incident> {
  const res = await t.request<{ contact: { id: string; reference: string }; incident: Incident }>('POST', '/api/incidents/intake', { cookie, body: intakeBody(contactOverrides) });
  if (res.status !== 201) throw new Error(`intake failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.incident;
}

/** An Immediate incident (THRIVE threat high, category violence). */
export const createImmediateIncident = (t: TestApp, cookie: string, overrides: Record<string, unknown> = {}) =>
  createTestIncident(t, cookie, { thrive: HIGH_THRIVE, categoryCode: 'violence', ...overrides });

/** The staff id of a demo user (e.g. 'demo.response'), from app_user.staff_id. */
export async function staffIdOf(t: TestApp, username: string): Promise<string> {
  const row = await t.deps.db.selectFrom('app_user').select('staff_id').where('username', '=', username).executeTakeFirstOrThrow();
  if (!row.staff_id) throw new Error(`${username} has no staff record`);
  return row.staff_id;
}

/**
 * Puts an officer on an incident directly in the database (no dispatch rules, no availability) at
 * `status`, with the times that status implies at `at`, then brings the incident's status along
 * with syncIncidentStatus, as dispatch does. For tests that need an incident in a given state.
 */
export async function assignDirectly(t: TestApp, incidentId: string, staffId: string, status: Exclude<AssignmentStatusCode, 'released'> = 'assigned', at = new Date()): Promise<void> {
  await t.deps.db.transaction().execute(async (tx) => {
    const incident = await lockIncident(tx, incidentId);
    if (!incident) throw new Error(`no incident ${incidentId}`);
    const open = await tx.selectFrom('incident_assignment').select('id').where('incident_id', '=', incidentId).where('staff_id', '=', staffId).where('status', 'not in', ['cleared', 'released']).executeTakeFirst();
    const reached = (s: AssignmentStatusCode) => ['assigned', 'en_route', 'on_scene', 'cleared'].indexOf(status) >= ['assigned', 'en_route', 'on_scene', 'cleared'].indexOf(s);
    const times = { status, en_route_at: reached('en_route') ? at : null, arrived_at: reached('on_scene') ? at : null, cleared_at: reached('cleared') ? at : null };
    if (open) {
      // Times already recorded stay as they were.
      await tx
        .updateTable('incident_assignment')
        .set((eb) => ({
          status,
          en_route_at: eb.fn.coalesce('en_route_at', eb.val(times.en_route_at)),
          arrived_at: eb.fn.coalesce('arrived_at', eb.val(times.arrived_at)),
          cleared_at: eb.fn.coalesce('cleared_at', eb.val(times.cleared_at)),
          version: eb('version', '+', 1),
        }))
        .where('id', '=', open.id)
        .execute();
    }
    else await tx.insertInto('incident_assignment').values({ incident_id: incidentId, staff_id: staffId, assigned_at: at, ...times }).execute();
    await syncIncidentStatus(t.deps, tx, systemContext('test'), incident, at, `test.${status}`);
  });
}
