import type { Contact, ContactSummary } from '@bluelamp/contracts/contact/contacts';
import type { EarlierContacts } from '@bluelamp/contracts/contact/lookup';
import type { ContactRecord, EarlierContactsRecord, GradeChangeRecord, MatchDecisionRecord } from './contact.repository';

/** Incident category names by code (reference data), for showing a code as words. */
export type CategoryNames = ReadonlyMap<string, string>;

export const callerName = (c: { callerGivenNames: string | null; callerFamilyName: string | null }): string | null =>
  [c.callerGivenNames, c.callerFamilyName].filter(Boolean).join(' ') || null;

/** The only shape of a contact that leaves the server. */
export function presentContact(c: ContactRecord, history: GradeChangeRecord[], decisions: MatchDecisionRecord[], categories: CategoryNames): Contact {
  return {
    id: c.id,
    reference: c.reference,
    channel: c.channel,
    receivedAt: c.receivedAt.toISOString(),
    answeredAt: c.answeredAt?.toISOString() ?? null,
    caller: {
      givenNames: c.callerGivenNames,
      familyName: c.callerFamilyName,
      phone: c.callerPhone,
      dateOfBirth: c.callerDateOfBirth,
      address: c.callerAddress,
      locationId: c.callerLocationId,
      personId: decisions.find((d) => d.decision === 'confirmed')?.personId ?? null,
    },
    location: { locationId: c.locationId, address: c.locationAddress, postcode: c.locationPostcode, latitude: c.latitude, longitude: c.longitude, directions: c.directions },
    categoryCode: c.categoryCode,
    categoryName: categories.get(c.categoryCode) ?? c.categoryCode,
    narrative: c.narrative,
    thrive: c.thrive,
    proposedGrade: c.proposedGrade,
    grade: c.grade,
    gradeReason: c.gradeReason,
    gradeHistory: history.map((h) => ({ from: h.from, to: h.to, reason: h.reason, by: h.by, at: h.at.toISOString() })),
    matchDecisions: decisions.map((d) => ({ personId: d.personId, decision: d.decision, probability: d.probability, by: d.by, at: d.at.toISOString() })),
    createdAt: c.createdAt.toISOString(),
    createdBy: c.createdByUsername,
    version: c.version,
  };
}

export function presentContactSummary(c: ContactRecord, categories: CategoryNames): ContactSummary {
  return {
    id: c.id,
    reference: c.reference,
    channel: c.channel,
    receivedAt: c.receivedAt.toISOString(),
    callerName: callerName(c),
    locationText: c.locationAddress ?? c.locationPostcode,
    categoryCode: c.categoryCode,
    categoryName: categories.get(c.categoryCode) ?? c.categoryCode,
    grade: c.grade,
  };
}

export function presentEarlierContacts(e: EarlierContactsRecord, categories: CategoryNames): EarlierContacts {
  return {
    total: e.total,
    inWindow: e.inWindow,
    recent: e.recent.map((r) => ({ id: r.id, reference: r.reference, receivedAt: r.receivedAt.toISOString(), categoryName: categories.get(r.categoryCode) ?? r.categoryCode, grade: r.grade, callerName: callerName(r) })),
  };
}
