import type { MatchPersonsQuery } from '@bluelamp/contracts/identity/matches';
import { parseDobInput } from './dateOfBirth';

/** What a call handler types into the people search, as typed. */
export type PersonSearchForm = { name: string; dateOfBirth: string; phone: string; email: string; postcode: string; address: string; idNumber: string };

export const EMPTY_PERSON_SEARCH: PersonSearchForm = { name: '', dateOfBirth: '', phone: '', email: '', postcode: '', address: '', idNumber: '' };

/**
 * The matching engine's query for what has been typed so far, or undefined while nothing is worth
 * asking about. Fields too short to narrow anything (one letter of a name, two digits of a phone)
 * and a date of birth still being typed are left out, so a keystroke never asks a useless question.
 * The name goes as `fullName`: the engine splits it ("Bob Smyth", "SMYTH, Bob").
 */
export function toMatchQuery(form: PersonSearchForm, today: string, limit = 10): MatchPersonsQuery | undefined {
  const query: MatchPersonsQuery = {};
  const name = form.name.trim().replace(/\s+/g, ' ');
  if (name.replace(/[^\p{L}]/gu, '').length >= 2) query.fullName = name.slice(0, 200);
  const dob = parseDobInput(form.dateOfBirth, today);
  if (dob.state === 'valid') query.dateOfBirth = dob.iso;
  if (form.phone.replace(/\D/g, '').length >= 6) query.phone = form.phone.trim().slice(0, 30);
  if (/\S+@\S+\.\S+/.test(form.email)) query.email = form.email.trim().slice(0, 200);
  if (form.postcode.replace(/\s/g, '').length >= 5) query.postcode = form.postcode.trim().toUpperCase().slice(0, 10);
  if (form.address.trim().length >= 4) query.address = form.address.trim().slice(0, 300);
  if (form.idNumber.replace(/\W/g, '').length >= 5) query.idNumber = form.idNumber.trim().slice(0, 30);
  if (Object.keys(query).length === 0) return undefined;
  return { ...query, limit };
}

/** The typed form kept in the address bar (so a search survives going back from a record). */
export function searchFormFromParams(params: URLSearchParams): PersonSearchForm {
  const form = { ...EMPTY_PERSON_SEARCH };
  for (const key of Object.keys(form) as (keyof PersonSearchForm)[]) form[key] = params.get(key) ?? '';
  return form;
}
