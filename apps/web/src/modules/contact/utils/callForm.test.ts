import { describe, expect, it } from 'vitest';
import { checkCallForm, newCallForm, toCreateContactRequest, toLookupRequest } from './callForm';
import { countText } from './contactLabels';

const today = '2026-11-29';

describe('toLookupRequest', () => {
  it('should ask nothing until something useful is typed', () => {
    expect(toLookupRequest(newCallForm(), today, [])).toBeUndefined();
    expect(toLookupRequest({ ...newCallForm(), givenNames: 'B', dateOfBirth: '12/03' }, today, [])).toBeUndefined();
  });
  it('should send the name, a complete date of birth as ISO, phone, address and the persons already rejected', () => {
    const form = { ...newCallForm(), phone: '07700 900555', givenNames: 'Bob', familyName: 'Smyth', dateOfBirth: '12/03/1980', postcode: 'EC2M 4NP' };
    expect(toLookupRequest(form, today, ['p1'])).toEqual({ phone: '07700 900555', firstName: 'Bob', lastName: 'Smyth', dateOfBirth: '1980-03-12', postcode: 'EC2M 4NP', excludePersonIds: ['p1'] });
  });
});

describe('checkCallForm and toCreateContactRequest', () => {
  it('should need a place, a category, a narrative, and a reason for another grade', () => {
    const errors = checkCallForm({ ...newCallForm(), grade: 'immediate' }, today, 'routine');
    expect(Object.keys(errors).sort()).toEqual(['address', 'categoryCode', 'gradeReason', 'narrative']);
    expect(checkCallForm({ ...newCallForm(), dateOfBirth: '31/02/1980' }, today, 'routine').dateOfBirth).toBe('That is not a real date; enter it as DD/MM/YYYY');
  });
  it('should send the caller as given, the THRIVE levels and the panel decisions', () => {
    const form = { ...newCallForm(new Date('2026-11-29T01:00:00Z')), givenNames: 'Bob', familyName: 'Smyth', dateOfBirth: '12/03/1980', postcode: 'EC2M 4NP', categoryCode: 'violence', narrative: ' Fight ' };
    form.thrive.threat = { level: 'high', note: 'Knife' };
    const body = toCreateContactRequest(form, today, { callerPersonId: 'p2', rejectedPersonIds: ['p1'] });
    expect(body).toMatchObject({
      channel: '999',
      receivedAt: '2026-11-29T01:00:00.000Z',
      caller: { givenNames: 'Bob', familyName: 'Smyth', dateOfBirth: '1980-03-12' },
      location: { postcode: 'EC2M 4NP' },
      narrative: 'Fight',
      callerPersonId: 'p2',
      rejectedPersonIds: ['p1'],
    });
    expect(body.thrive.threat).toEqual({ level: 'high', note: 'Knife' });
    expect(body.thrive.harm).toEqual({ level: 'none' });
    expect(body.grade).toBeUndefined();
  });
  it('should say counts over the window in words', () => {
    expect(countText({ total: 0, inWindow: 0 }, 90)).toBe('None before');
    expect(countText({ total: 5, inWindow: 2 }, 90)).toBe('2 in the last 90 days (5 in all)');
  });
});
