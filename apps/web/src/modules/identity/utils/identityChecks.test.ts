import { describe, expect, it } from 'vitest';
import { EMPTY_PERSON_SEARCH, searchFormFromParams, toMatchQuery } from './matchQuery';
import { flagLabel, formatProbability, matchStrength, sortFlags, splitSummaryFlag } from './flags';
import { formatPhone, identifierError, isEmailAddress, isPhoneNumber, isPostcode } from './personChecks';

const TODAY = '2026-11-29';

describe('toMatchQuery', () => {
  it('should ask nothing until something worth searching by is typed', () => {
    expect(toMatchQuery(EMPTY_PERSON_SEARCH, TODAY)).toBeUndefined();
    expect(toMatchQuery({ ...EMPTY_PERSON_SEARCH, name: 'B', dateOfBirth: '12/03', phone: '020' }, TODAY)).toBeUndefined();
  });

  it('should send the name whole, the date of birth as YYYY-MM-DD once complete, and the limit', () => {
    expect(toMatchQuery({ ...EMPTY_PERSON_SEARCH, name: '  Bob   Smyth ', dateOfBirth: '12/03/1980' }, TODAY)).toEqual({ fullName: 'Bob Smyth', dateOfBirth: '1980-03-12', limit: 10 });
    expect(toMatchQuery({ ...EMPTY_PERSON_SEARCH, name: 'Bob', dateOfBirth: '12/03/19' }, TODAY)).toEqual({ fullName: 'Bob', limit: 10 });
    expect(toMatchQuery({ ...EMPTY_PERSON_SEARCH, dateOfBirth: '31/02/1980' }, TODAY)).toBeUndefined();
  });

  it('should add phone, postcode, address, e-mail and identifier once long enough', () => {
    const query = toMatchQuery({ name: '', dateOfBirth: '', phone: '020 7601 2222', email: 'bob@example.org', postcode: 'ec2m 4np', address: '12 High St', idNumber: 'AB123456C' }, TODAY, 5);
    expect(query).toEqual({ phone: '020 7601 2222', email: 'bob@example.org', postcode: 'EC2M 4NP', address: '12 High St', idNumber: 'AB123456C', limit: 5 });
  });

  it('should read the form back from the address bar', () => {
    expect(searchFormFromParams(new URLSearchParams('name=Bob+Smyth&dateOfBirth=12%2F03%2F1980'))).toEqual({ ...EMPTY_PERSON_SEARCH, name: 'Bob Smyth', dateOfBirth: '12/03/1980' });
  });
});

describe('flags and probabilities', () => {
  it('should name flags in words, warnings first', () => {
    expect(flagLabel('warning_marker', 'self_harm')).toBe('Warning marker: self-harm');
    expect(flagLabel('repeat_victim', null)).toBe('Repeat victim');
    expect(splitSummaryFlag('warning_marker:weapons')).toEqual({ kind: 'warning_marker', markerType: 'weapons' });
    expect(splitSummaryFlag('vulnerable')).toEqual({ kind: 'vulnerable', markerType: null });
    expect(sortFlags([{ kind: 'vulnerable' }, { kind: 'warning_marker' }, { kind: 'repeat_victim' }]).map((f) => f.kind)).toEqual(['warning_marker', 'vulnerable', 'repeat_victim']);
  });

  it('should never show a candidate as certain or impossible', () => {
    expect([0.999, 0.5, 0.004, 0.876].map(formatProbability)).toEqual(['>99%', '50%', '<1%', '88%']);
    expect([0.95, 0.6, 0.2].map((p) => matchStrength(p).label)).toEqual(['Strong match', 'Possible match', 'Weak match']);
  });
});

describe('person detail checks (as the API makes them)', () => {
  it('should accept UK phone numbers in any usual format and refuse others', () => {
    for (const ok of ['020 7601 2222', '+44 (0)20 7601-2222', '0044 20 7601 2222', '07700 900123', '+33 1 23 45 67 89']) expect(isPhoneNumber(ok)).toBe(true);
    for (const bad of ['12345', '020 760', 'phone me', '+44 12']) expect(isPhoneNumber(bad)).toBe(false);
  });

  it('should check identifiers by kind', () => {
    expect(identifierError('ni_number', 'ab 12 34 56 c')).toBeUndefined();
    expect(identifierError('ni_number', 'GB123456A')).toBe('Not a valid national insurance number (like AB123456C)');
    expect(identifierError('pnc_id', '2012/0345678a')).toBeUndefined();
    expect(identifierError('pnc_id', '12-345678A')).toBe('Not a valid PNC id (like 12/345678A)');
    expect(identifierError('other', '--')).toBe('Must contain letters or digits');
  });

  it('should check e-mail addresses and postcodes loosely', () => {
    expect(isEmailAddress('a.b@example.org')).toBe(true);
    expect(isEmailAddress('a.b@example')).toBe(false);
    expect(['EC2M 4NP', 'ec2m4np', 'W1A 1AA', 'M1 1AE'].every(isPostcode)).toBe(true);
    expect(['EC2M', '12345', 'EC2M 4N'].some(isPostcode)).toBe(false);
  });

  it('should show stored numbers the way they are written in the UK', () => {
    expect(['+442076012222', '+447700900123', '+441632960001', '+33123456789', '+4418001111'].map(formatPhone)).toEqual(['020 7601 2222', '07700 900123', '01632 960001', '+33123456789', '018001111']);
  });
});
