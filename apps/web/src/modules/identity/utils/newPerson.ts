import type { CreatePersonRequest } from '@bluelamp/contracts/identity/persons';
import { parseDobInput } from './dateOfBirth';
import { identifierError, isEmailAddress, isPhoneNumber, isPostcode } from './personChecks';

/** The new-person form, as typed. */
export type NewPersonForm = {
  givenNames: string;
  familyName: string;
  dateOfBirth: string;
  gender: string;
  phone: string;
  email: string;
  address: string;
  postcode: string;
  idKind: string;
  idValue: string;
};

/**
 * The form filled from a search the user came from (`?name=Bob+Smyth&dateOfBirth=…`): the last word
 * of the name is taken as the family name ("Smyth"), unless written "SMYTH, Bob".
 */
export function newPersonFromParams(params: URLSearchParams): NewPersonForm {
  const name = (params.get('name') ?? '').trim().replace(/\s+/g, ' ');
  let givenNames = '';
  let familyName = '';
  if (name.includes(',')) {
    const [family = '', ...given] = name.split(',');
    familyName = family.trim();
    givenNames = given.join(' ').trim();
  } else if (name) {
    const words = name.split(' ');
    familyName = words.length > 1 ? words.pop()! : '';
    givenNames = words.join(' ');
  }
  const idValue = (params.get('idNumber') ?? '').trim();
  return {
    givenNames,
    familyName,
    dateOfBirth: params.get('dateOfBirth') ?? '',
    gender: '',
    phone: params.get('phone') ?? '',
    email: params.get('email') ?? '',
    address: params.get('address') ?? '',
    postcode: params.get('postcode') ?? '',
    idKind: idValue.includes('/') ? 'pnc_id' : 'ni_number',
    idValue,
  };
}

/** The checks the API makes, made first here: field → what to fix. */
export function checkNewPerson(form: NewPersonForm, today: string): Partial<Record<keyof NewPersonForm, string>> {
  const errors: Partial<Record<keyof NewPersonForm, string>> = {};
  if (!form.givenNames.trim()) errors.givenNames = 'Enter the given names';
  else if (form.givenNames.trim().length > 100) errors.givenNames = 'At most 100 characters';
  if (!form.familyName.trim()) errors.familyName = 'Enter the family name';
  else if (form.familyName.trim().length > 100) errors.familyName = 'At most 100 characters';
  const dob = parseDobInput(form.dateOfBirth, today);
  if (dob.state === 'invalid') errors.dateOfBirth = dob.error;
  if (dob.state === 'partial') errors.dateOfBirth = 'Enter the whole date as DD/MM/YYYY';
  if (form.phone.trim() && !isPhoneNumber(form.phone)) errors.phone = 'Enter a valid UK phone number, e.g. 020 7601 2222';
  if (form.email.trim() && !isEmailAddress(form.email)) errors.email = 'Enter an e-mail address like name@example.org';
  if (form.postcode.trim() && !isPostcode(form.postcode)) errors.postcode = 'Enter a UK postcode, e.g. EC2M 4NP';
  if (form.postcode.trim() && !form.address.trim()) errors.address = 'Enter the address that goes with the postcode';
  if (form.idValue.trim()) {
    const error = identifierError(form.idKind, form.idValue);
    if (error) errors.idValue = error;
  }
  return errors;
}

/** The API request for a checked form: one birth name, and each optional detail only when given. */
export function toCreatePersonRequest(form: NewPersonForm, today: string): CreatePersonRequest {
  const dob = parseDobInput(form.dateOfBirth, today);
  const body: CreatePersonRequest = { names: [{ kind: 'birth', givenNames: form.givenNames.trim(), familyName: form.familyName.trim() }] };
  if (dob.state === 'valid') body.dateOfBirth = dob.iso;
  if (form.gender) body.gender = form.gender as NonNullable<CreatePersonRequest['gender']>;
  if (form.phone.trim()) body.phones = [form.phone.trim()];
  if (form.email.trim()) body.emails = [form.email.trim()];
  if (form.address.trim()) body.addresses = [{ address: form.address.trim(), ...(form.postcode.trim() && { postcode: form.postcode.trim() }) }];
  if (form.idValue.trim()) body.identifiers = [{ kind: form.idKind as 'ni_number' | 'pnc_id' | 'other', value: form.idValue.trim() }];
  return body;
}
