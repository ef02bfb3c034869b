import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Transaction } from 'kysely';
import type { Merge } from '@bluelamp/contracts/identity/common';
import type { Person } from '@bluelamp/contracts/identity/persons';
import type { DB } from '../../core/db/schema';
import type { EventBus } from '../../core/events';
import type { AppDeps } from '../../http/types';
import { runWrite } from '../../http/run-write';
import { presentPerson } from './person.presenter';
import type { PersonRecord } from './persons.repository';
import type { MergeRecord } from './merges.repository';

/** The live event every change to a person sends: ids only (NOTIFY payloads are small). */
export const PERSON_CHANGED = 'identity.person_changed';

/**
 * Tells every server process, on commit, which persons changed: the matching engine's index
 * (subscribed to the event bus in each process) re-reads them, and open screens refresh.
 */
export async function publishPersonsChanged(events: EventBus, tx: Transaction<DB>, personIds: string[], cause: string): Promise<void> {
  for (const id of personIds) {
    await events.publish(tx, { type: PERSON_CHANGED, permission: 'identity:read', entityType: 'person', entityId: id, data: { cause } });
  }
}

type Deps = Pick<AppDeps, 'db' | 'events'>;

/** runWrite for a change to one person: publishes the change and presents the person. */
export async function runPersonWrite(deps: Deps, request: FastifyRequest, reply: FastifyReply, status: number, cause: string, work: (tx: Transaction<DB>) => Promise<PersonRecord>): Promise<Person> {
  return runWrite(deps, request, reply, status, async (tx) => {
    const person = await work(tx);
    await publishPersonsChanged(deps.events, tx, [person.id], cause);
    return presentPerson(person);
  });
}

/** runWrite for a merge or unmerge of persons: both records changed, and any brought along with the merged one. */
export async function runPersonMergeWrite(deps: Deps, request: FastifyRequest, reply: FastifyReply, status: number, cause: string, work: (tx: Transaction<DB>) => Promise<MergeRecord>, present: (m: MergeRecord) => Merge): Promise<Merge> {
  return runWrite(deps, request, reply, status, async (tx) => {
    const merge = await work(tx);
    await publishPersonsChanged(deps.events, tx, [merge.survivorId, merge.mergedId, ...merge.repointedIds], cause);
    return present(merge);
  });
}
