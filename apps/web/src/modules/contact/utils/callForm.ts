import type { CreateContactRequest } from '@bluelamp/contracts/contact/contacts';
import type { ContactLookupRequest } from '@bluelamp/contracts/contact/lookup';
import { THRIVE_ELEMENTS, type ThriveAssessment, type ThriveLevel } from '@bluelamp/contracts/contact/thrive';
import { parseDobInput } from '../../identity/utils/dateOfBirth';

export type ContactChannel = CreateContactRequest['channel'];

/** The call-taking form as typed, in the order a handler takes a call. */
export type CallForm = {
  channel: ContactChannel;
  /** When the form was opened: the call was received and answered then (ISO, UTC). */
  receivedAt: string;
  phone: string;
  givenNames: string;
  familyName: string;
  /** As typed, DD/MM/YYYY. */
  dateOfBirth: string;
  callerAddress: string;
  address: string;
  postcode: string;
  directions: string;
  categoryCode: string;
  narrative: string;
  thrive: Record<keyof ThriveAssessment, { level: ThriveLevel; note: string }>;
  /** '' takes the grade THRIVE proposes. */
  grade: string;
  gradeReason: string;
};

export type CallFormErrors = Partial<Record<keyof CallForm, string>>;

export function newCallForm(now = new Date()): CallForm {
  return {
    channel: '999',
    receivedAt: now.toISOString(),
    phone: '',
    givenNames: '',
    familyName: '',
    dateOfBirth: '',
    callerAddress: '',
    address: '',
    postcode: '',
    directions: '',
    categoryCode: '',
    narrative: '',
    thrive: Object.fromEntries(THRIVE_ELEMENTS.map((e) => [e, { level: 'none', note: '' }])) as CallForm['thrive'],
    grade: '',
    gradeReason: '',
  };
}

export const thriveOf = (form: CallForm): ThriveAssessment =>
  Object.fromEntries(THRIVE_ELEMENTS.map((e) => [e, { level: form.thrive[e].level, ...(form.thrive[e].note.trim() && { note: form.thrive[e].note.trim() }) }])) as ThriveAssessment;

const given = (s: string) => s.trim() || undefined;

/**
 * What the repeat-caller panel asks about for the form so far; undefined while nothing useful is
 * typed (a name needs two letters, a date of birth must be complete, a phone at least 6 digits).
 */
export function toLookupRequest(form: CallForm, today: string, excludePersonIds: string[]): ContactLookupRequest | undefined {
  const dob = parseDobInput(form.dateOfBirth, today);
  const name = (s: string) => (s.trim().length >= 2 ? s.trim() : undefined);
  const request: ContactLookupRequest = {
    ...(form.phone.replace(/\D/g, '').length >= 6 && { phone: form.phone.trim() }),
    ...(name(form.givenNames) && { firstName: name(form.givenNames) }),
    ...(name(form.familyName) && { lastName: name(form.familyName) }),
    ...(dob.state === 'valid' && { dateOfBirth: dob.iso }),
    ...(form.address.trim().length >= 4 && { address: form.address.trim() }),
    ...(form.postcode.replace(/\s/g, '').length >= 5 && { postcode: form.postcode.trim() }),
  };
  if (Object.keys(request).length === 0) return undefined;
  return excludePersonIds.length ? { ...request, excludePersonIds } : request;
}

/** The form's own checks before saving (the API checks everything again). */
export function checkCallForm(form: CallForm, today: string, proposedGrade: string): CallFormErrors {
  const errors: CallFormErrors = {};
  const dob = parseDobInput(form.dateOfBirth, today);
  if (dob.state === 'invalid') errors.dateOfBirth = dob.error;
  if (dob.state === 'partial') errors.dateOfBirth = 'Finish the date of birth as DD/MM/YYYY, or clear it';
  if (!form.address.trim() && !form.postcode.trim()) errors.address = 'Give the address or the postcode of where it happened';
  if (!form.categoryCode) errors.categoryCode = 'Choose what kind of incident this is';
  if (!form.narrative.trim()) errors.narrative = 'Say what the caller reports';
  if (form.grade && form.grade !== proposedGrade && form.gradeReason.trim().length < 3) errors.gradeReason = 'Give a reason for choosing another grade than THRIVE proposes';
  return errors;
}

/** The request that records the call, with the person confirmed and those rejected on the panel. */
export function toCreateContactRequest(form: CallForm, today: string, decisions: { callerPersonId: string | undefined; rejectedPersonIds: string[] }): CreateContactRequest {
  const dob = parseDobInput(form.dateOfBirth, today);
  const caller = {
    ...(given(form.givenNames) && { givenNames: given(form.givenNames) }),
    ...(given(form.familyName) && { familyName: given(form.familyName) }),
    ...(given(form.phone) && { phone: given(form.phone) }),
    ...(dob.state === 'valid' && { dateOfBirth: dob.iso }),
    ...(given(form.callerAddress) && { address: given(form.callerAddress) }),
  };
  return {
    channel: form.channel,
    receivedAt: form.receivedAt,
    answeredAt: form.receivedAt,
    ...(Object.keys(caller).length > 0 && { caller }),
    location: {
      ...(given(form.address) && { address: given(form.address) }),
      ...(given(form.postcode) && { postcode: given(form.postcode) }),
      ...(given(form.directions) && { directions: given(form.directions) }),
    },
    categoryCode: form.categoryCode,
    narrative: form.narrative.trim(),
    thrive: thriveOf(form),
    ...(form.grade && { grade: form.grade }),
    ...(given(form.gradeReason) && form.grade && { gradeReason: given(form.gradeReason) }),
    ...(decisions.callerPersonId && { callerPersonId: decisions.callerPersonId }),
    ...(decisions.rejectedPersonIds.length > 0 && { rejectedPersonIds: decisions.rejectedPersonIds }),
  };
}
