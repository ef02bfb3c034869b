import type { Kysely } from 'kysely';
import type { ContactLookupRequest, ContactLookupResult, LookupFlag, PersonCandidate } from '@bluelamp/contracts/contact/lookup';
import type { DB } from '../../../core/db/schema';
import type { AppDeps } from '../../../http/types';
import { findLocationByAddress, getLocation, listEventLinksOfPersons, listPersonSummaries, normalisePhone, personDisplayName, personMatchingFor, type FlagRecord } from '../../identity';
import { normalisePostcode } from '../../workforce';
import { findEarlierContacts, listEarlierContactsByIds, listMatchDecisions } from '../contact.repository';
import { presentEarlierContacts, type CategoryNames } from '../contact.presenter';
import { categoryNames, repeatWindowDays } from '../contact.reference';
import { CONTACT_EVENT_TYPE } from '../commands/decide-match';

/** Candidates shown on the panel, and the least probability worth showing a handler. */
const MAX_PERSONS = 5;
const MIN_PROBABILITY = 0.1;
/** Earlier contacts listed under each heading (the counts cover all), for those who may open them. */
const RECENT = 5;

const DAY_MS = 86_400_000;
const currentFlags = (flags: FlagRecord[]): LookupFlag[] => flags.filter((f) => !f.removedAt).map((f) => ({ kind: f.kind, markerType: f.markerType, note: f.note }));
const given = (s: string | undefined): string | undefined => (s?.trim() ? s.trim() : undefined);

/** The fields of a look-up that say something about the caller (for the audit record, and to refuse an empty one). */
export const describingFields = (input: ContactLookupRequest): string[] =>
  Object.entries(input)
    .filter(([k, v]) => k !== 'contactId' && k !== 'excludePersonIds' && typeof v === 'string' && v.trim() !== '')
    .map(([k]) => k);

/**
 * What the repeat-caller panel shows for what the handler has typed so far: earlier contacts from
 * this number and at this place (with the place's flags), and the persons this caller may be by
 * name (identity's matching engine: spelling variants, nicknames, typos, date-of-birth slips), each
 * with their flags and their earlier contacts as a confirmed caller. Counts are over the force's
 * repeat window. Persons rejected for this contact are left out.
 */
export async function lookupCallers(deps: Pick<AppDeps, 'db' | 'events'>, input: ContactLookupRequest, options: { listEarlier: boolean }, now = new Date()): Promise<ContactLookupResult> {
  const db = deps.db;
  const [windowDays, categories] = await Promise.all([repeatWindowDays(db, deps.events), categoryNames(db, deps.events)]);
  const since = new Date(now.getTime() - windowDays * DAY_MS);
  const excludeId = input.contactId;
  const recent = options.listEarlier ? RECENT : 0;

  // The three headings are independent: on a pool they are read side by side.
  const phone = given(input.phone) && normalisePhone(input.phone!);
  const lookupPhone = async () => (phone ? { phone, contacts: presentEarlierContacts(await findEarlierContacts(db, { phone }, { since, recent, excludeId }), categories) } : null);
  const [byPhone, byAddress, persons] = await Promise.all([
    lookupPhone(),
    lookupPlace(db, input, { since, recent, excludeId, categories }),
    lookupPersons(deps, input, { since, recent, excludeId, categories }),
  ]);
  return { windowDays, byPhone, byAddress, persons };
}

async function lookupPlace(db: Kysely<DB>, input: ContactLookupRequest, o: { since: Date; recent: number; excludeId: string | undefined; categories: CategoryNames }): Promise<ContactLookupResult['byAddress']> {
  let locationId = input.locationId;
  if (!locationId && given(input.address)) locationId = await findLocationByAddress(db, { address: input.address!, postcode: given(input.postcode) });
  const known = locationId ? await getLocation(db, locationId) : undefined;
  const location = known?.mergedIntoId ? await getLocation(db, known.mergedIntoId) : known;
  if (location) {
    const contacts = await findEarlierContacts(db, { locationIds: [location.id, ...location.mergedFrom] }, { since: o.since, recent: o.recent, excludeId: o.excludeId });
    return { locationId: location.id, address: location.address, matchedOn: 'location', contacts: presentEarlierContacts(contacts, o.categories), flags: currentFlags(location.flags) };
  }
  const postcode = given(input.postcode) && normalisePostcode(input.postcode!);
  if (!postcode) return null;
  const contacts = await findEarlierContacts(db, { postcode }, { since: o.since, recent: o.recent, excludeId: o.excludeId });
  return { locationId: null, address: postcode, matchedOn: 'postcode', contacts: presentEarlierContacts(contacts, o.categories), flags: [] };
}

async function lookupPersons(deps: Pick<AppDeps, 'db' | 'events'>, input: ContactLookupRequest, o: { since: Date; recent: number; excludeId: string | undefined; categories: CategoryNames }): Promise<PersonCandidate[]> {
  const query = {
    first_name: given(input.firstName),
    last_name: given(input.lastName),
    full_name: given(input.fullName),
    dob: given(input.dateOfBirth),
    phone: given(input.phone),
    address: given(input.address),
    postcode: given(input.postcode),
  };
  // A name or a date of birth is needed: a phone or an address alone is the two headings above.
  if (!query.first_name && !query.last_name && !query.full_name && !query.dob) return [];
  const rejected = new Set(input.excludePersonIds ?? []);
  if (input.contactId) for (const d of await listMatchDecisions(deps.db, input.contactId)) if (d.decision === 'rejected') rejected.add(d.personId);
  const matches = personMatchingFor(deps)
    .search(query, { limit: MAX_PERSONS + rejected.size, threshold: MIN_PROBABILITY })
    .filter((m) => !rejected.has(m.personId))
    .slice(0, MAX_PERSONS);
  // Three queries for every candidate's names and flags, one for their confirmed calls, one for those calls.
  if (matches.length === 0) return [];
  const ids = matches.map((m) => m.personId);
  const summaries = new Map((await listPersonSummaries(deps.db, ids)).map((p) => [p.id, p]));
  const links = await listEventLinksOfPersons(deps.db, ids, { eventType: CONTACT_EVENT_TYPE, role: 'caller' });
  const contacts = await listEarlierContactsByIds(deps.db, [...new Set(links.map((l) => l.eventId))], o.excludeId);
  const candidates: PersonCandidate[] = [];
  for (const match of matches) {
    const person = summaries.get(match.personId);
    if (!person) continue; // merged away since the index was read
    const theirs = new Set(links.filter((l) => l.personId === person.id).map((l) => l.eventId));
    const earlier = contacts.filter((c) => theirs.has(c.id));
    candidates.push({
      personId: person.id,
      displayName: personDisplayName(person.names),
      dateOfBirth: person.dateOfBirth,
      probability: match.probability,
      reasons: match.reasons,
      flags: person.flags.map((f) => ({ kind: f.kind, markerType: f.markerType, note: null })),
      earlierContacts: presentEarlierContacts({ total: earlier.length, inWindow: earlier.filter((c) => c.receivedAt >= o.since).length, recent: earlier.slice(0, o.recent) }, o.categories),
    });
  }
  return candidates;
}
