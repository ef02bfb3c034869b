import { describe, expect, it } from 'vitest';
import { normalisePostcode } from '../../workforce';
import { normaliseAddress } from './address';
import { identifierSearchValues, normaliseNiNumber, normalisePncId } from './identifiers';
import { normalisePhone } from './phone';

describe('normalisePhone', () => {
  it('should write one UK number the same however it was typed', () => {
    for (const typed of ['020 7601 2222', '+44 20 7601 2222', '+44 (0)20 7601-2222', '0044 20 7601 2222', '(020) 7601 2222']) {
      expect(normalisePhone(typed)).toBe('+442076012222');
    }
    expect(normalisePhone('07700 900123')).toBe('+447700900123');
    expect(normalisePhone('0800 1111')).toBe(undefined);
    expect(normalisePhone('0800 111 1111')).toBe('+448001111111');
  });
  it('should refuse what is not a UK number', () => {
    for (const typed of ['020 7601', '0207601222212', '06 1234 5678', 'call me', '12345678901', '']) expect(normalisePhone(typed)).toBeUndefined();
  });
  it('should keep plausible international numbers written with a +', () => {
    expect(normalisePhone('+33 1 42 68 53 00')).toBe('+33142685300');
    expect(normalisePhone('+1 23')).toBeUndefined();
  });
});

describe('identifiers', () => {
  it('should normalise and validate national insurance numbers', () => {
    expect(normaliseNiNumber('ab 12 34 56 c')).toBe('AB123456C');
    for (const bad of ['QQ123456C', 'AB12345C', 'AB123456E', 'GB123456A', 'AO123456A', 'DA123456A', '123456789']) expect(normaliseNiNumber(bad)).toBeUndefined();
  });
  it('should normalise and validate PNC ids', () => {
    expect(normalisePncId('12/345678A')).toBe('12/345678A');
    expect(normalisePncId('2012/0345678a')).toBe('12/345678A');
    for (const bad of ['12345678A', '12/345678', '123/45678A', '12/12345678A']) expect(normalisePncId(bad)).toBeUndefined();
  });
  it('should offer every stored form of an identifier typed without its kind', () => {
    expect(identifierSearchValues('ab123456c')).toEqual(['AB123456C']);
    expect(identifierSearchValues('12/345678a')).toEqual(['12/345678A', '12345678A']);
  });
});

describe('normaliseAddress', () => {
  const key = (text: string, postcode: string | null = null) => normaliseAddress(text, postcode, normalisePostcode).key;
  it('should give the same key however the same place was typed', () => {
    const expected = key('12 High St, EC2M 4NP');
    expect(expected).toBe('||12 HIGH STREET|EC2M4NP');
    for (const typed of ['12 high street ec2m4np', '12, High Street, London, EC2M 4NP', '12 HIGH ST. LONDON EC2M 4NP', '12 High Street']) {
      expect(key(typed, typed === '12 High Street' ? 'EC2M 4NP' : null)).toBe(expected);
    }
  });
  it('should read flats and floors and tell Saint from Street', () => {
    const a = normaliseAddress('Flat 3, 2nd Floor, 7 St Mary Axe, London EC3A 8BF', null, normalisePostcode);
    expect(a).toMatchObject({ flat: '3', floor: 2, buildingNumber: '7', postcode: 'EC3A 8BF' });
    expect(a.key).toBe('3|2|7 SAINT MARY AXE|EC3A8BF');
    expect(a.display).toBe('Flat 3, Floor 2, 7 Saint Mary Axe, London, EC3A 8BF');
    expect(key('Apt 3, second floor, 7 st. mary axe ec3a8bf')).toBe(a.key);
    expect(key('Ground floor, 1 Bank Rd')).toBe('|0|1 BANK ROAD|');
  });
  it('should keep the town in the key when there is no postcode', () => {
    expect(key('12 High Street, Luton')).not.toBe(key('12 High Street, Bedford'));
  });
});
