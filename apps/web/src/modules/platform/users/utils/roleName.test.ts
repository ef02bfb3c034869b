import { describe, expect, it } from 'vitest';
import { roleName, sortRoles } from './roleName';

describe('roleName', () => {
  it('should use the API name when the roles have loaded', () => {
    expect(roleName('crime_management_unit', [{ code: 'crime_management_unit', name: 'Crime Management Unit' }])).toBe('Crime Management Unit');
  });

  it('should make a name from the code otherwise', () => {
    expect(roleName('call_handler')).toBe('Call handler');
    expect(roleName('administrator')).toBe('Administrator');
  });

  it('should sort roles in the product order', () => {
    expect(sortRoles(['administrator', 'call_handler', 'analyst'])).toEqual(['call_handler', 'analyst', 'administrator']);
  });
});
