import { describe, expect, it } from 'vitest';
import { staffName, teamKindName } from './staffName';

describe('staffName', () => {
  it('should read as rank, collar number and name', () => {
    expect(staffName({ rank: 'PC', collarNumber: '4127', firstName: 'Jane', lastName: 'Smith' })).toBe('PC 4127 Jane Smith');
  });

  it('should leave out what is empty', () => {
    expect(staffName({ rank: '', collarNumber: 'S123', firstName: 'Ann', lastName: 'Lee' })).toBe('S123 Ann Lee');
    expect(staffName({ rank: 'Police Staff', isPoliceOfficer: false, collarNumber: 'S123', firstName: 'Ann', lastName: 'Lee' })).toBe('S123 Ann Lee');
  });

  it('should name team kinds', () => {
    expect(teamKindName('cid')).toBe('CID');
    expect(teamKindName('control_room')).toBe('Control room');
  });
});
