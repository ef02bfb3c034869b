import { describe, expect, it } from 'vitest';
import { checkNewPerson, newPersonFromParams, toCreatePersonRequest, type NewPersonForm } from './newPerson';

const TODAY = '2026-11-29';
const blank: NewPersonForm = { givenNames: '', familyName: '', dateOfBirth: '', gender: '', phone: '', email: '', address: '', postcode: '', idKind: 'ni_number', idValue: '' };

describe('the new-person form', () => {
  it('should take over what was typed into the search, splitting the name', () => {
    expect(newPersonFromParams(new URLSearchParams('name=Bob+Alan+Smyth&dateOfBirth=12/03/1980&phone=020+7601+2222'))).toMatchObject({ givenNames: 'Bob Alan', familyName: 'Smyth', dateOfBirth: '12/03/1980', phone: '020 7601 2222' });
    expect(newPersonFromParams(new URLSearchParams('name=SMYTH,+Bob'))).toMatchObject({ givenNames: 'Bob', familyName: 'SMYTH' });
    expect(newPersonFromParams(new URLSearchParams('name=Bob'))).toMatchObject({ givenNames: 'Bob', familyName: '' });
    expect(newPersonFromParams(new URLSearchParams('idNumber=12/345678A'))).toMatchObject({ idKind: 'pnc_id', idValue: '12/345678A' });
  });

  it('should make the checks the API makes, naming each field to fix', () => {
    expect(checkNewPerson(blank, TODAY)).toEqual({ givenNames: 'Enter the given names', familyName: 'Enter the family name' });
    const wrong = { ...blank, givenNames: 'Bob', familyName: 'Smyth', dateOfBirth: '12/03/19', phone: '123', email: 'bob@', postcode: 'XX', idValue: 'GB123456A' };
    expect(checkNewPerson(wrong, TODAY)).toEqual({
      dateOfBirth: 'Enter the whole date as DD/MM/YYYY',
      phone: 'Enter a valid UK phone number, e.g. 020 7601 2222',
      email: 'Enter an e-mail address like name@example.org',
      postcode: 'Enter a UK postcode, e.g. EC2M 4NP',
      address: 'Enter the address that goes with the postcode',
      idValue: 'Not a valid national insurance number (like AB123456C)',
    });
  });

  it('should send one birth name and only the details given', () => {
    expect(toCreatePersonRequest({ ...blank, givenNames: ' Robert ', familyName: 'Smith', dateOfBirth: '03/12/1980' }, TODAY)).toEqual({
      names: [{ kind: 'birth', givenNames: 'Robert', familyName: 'Smith' }],
      dateOfBirth: '1980-12-03',
    });
    const full = toCreatePersonRequest({ ...blank, givenNames: 'Ann', familyName: 'Lee', gender: 'female', phone: '020 7601 2222', email: 'ann@example.org', address: '1 High St', postcode: 'EC2M 4NP', idKind: 'pnc_id', idValue: '12/345678A' }, TODAY);
    expect(full).toMatchObject({ gender: 'female', phones: ['020 7601 2222'], emails: ['ann@example.org'], addresses: [{ address: '1 High St', postcode: 'EC2M 4NP' }], identifiers: [{ kind: 'pnc_id', value: '12/345678A' }] });
  });
});
