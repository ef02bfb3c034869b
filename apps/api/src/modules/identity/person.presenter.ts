import type { Person, PersonEventLink, PersonSummary } from '@bluelamp/contracts/identity/persons';
import type { Flag } from '@bluelamp/contracts/identity/common';
import type { FlagRecord } from './locations.repository';
import type { PersonRecord } from './persons.repository';
import type { PersonSummaryRecord } from './person-search.repository';
import type { PersonEventLinkRecord } from './person-event-links.repository';

type NameLike = { kind: string; givenNames: string; familyName: string; nameOrder: string };

/** "Jane Smith", or "Mao Zedong" for a family-first name; the preferred name wins, then the birth name. */
export function displayName(names: NameLike[]): string {
  const chosen = names.find((n) => n.kind === 'preferred') ?? names.find((n) => n.kind === 'birth') ?? names[0];
  if (!chosen) return '(no name recorded)';
  return chosen.nameOrder === 'family_first' ? `${chosen.familyName} ${chosen.givenNames}` : `${chosen.givenNames} ${chosen.familyName}`;
}

export const presentFlag = (f: FlagRecord): Flag => ({
  id: f.id,
  kind: f.kind,
  markerType: f.markerType,
  note: f.note,
  setAt: f.setAt.toISOString(),
  setBy: f.setBy,
  removedAt: f.removedAt?.toISOString() ?? null,
  removedBy: f.removedBy,
  removalReason: f.removalReason,
});

/** The only shape of a person that leaves the server. */
export const presentPerson = (p: PersonRecord): Person => ({
  id: p.id,
  displayName: displayName(p.names),
  names: p.names.map((n) => ({ id: n.id, kind: n.kind, givenNames: n.givenNames, familyName: n.familyName, nameOrder: n.nameOrder, addedAt: n.addedAt.toISOString() })),
  dateOfBirth: p.dateOfBirth,
  gender: p.gender,
  phones: p.phones.map((x) => ({ id: x.id, number: x.number, addedAt: x.addedAt.toISOString() })),
  emails: p.emails.map((x) => ({ id: x.id, address: x.address, addedAt: x.addedAt.toISOString() })),
  addresses: p.addresses.map((a) => ({ id: a.id, locationId: a.locationId, address: a.address, postcode: a.postcode, from: a.from, to: a.to, addedAt: a.addedAt.toISOString() })),
  identifiers: p.identifiers.map((i) => ({ id: i.id, kind: i.kind, value: i.value, description: i.description, addedAt: i.addedAt.toISOString() })),
  flags: p.flags.map(presentFlag),
  mergedFrom: p.mergedFrom,
  createdAt: p.createdAt.toISOString(),
  updatedAt: p.updatedAt.toISOString(),
  version: p.version,
});

/** A search hit: enough to tell people apart and see their warnings before opening the (audited) record. */
export const presentPersonSummary = (p: PersonSummaryRecord): PersonSummary => ({
  id: p.id,
  displayName: displayName(p.names),
  dateOfBirth: p.dateOfBirth,
  gender: p.gender,
  flags: p.flags.map((f) => (f.markerType ? `${f.kind}:${f.markerType}` : f.kind)),
});

export const presentPersonEventLink = (l: PersonEventLinkRecord): PersonEventLink => ({
  id: l.id,
  personId: l.personId,
  eventType: l.eventType,
  eventId: l.eventId,
  role: l.role,
  linkedAt: l.linkedAt.toISOString(),
});
