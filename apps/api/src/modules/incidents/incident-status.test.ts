import { describe, expect, it } from 'vitest';
import { canClose, canMoveAssignment, statusFromAssignments } from './incident-status';

describe('incident status machine', () => {
  it('moves an officer forward one stage at a time', () => {
    expect(canMoveAssignment('assigned', 'en_route')).toBe(true);
    expect(canMoveAssignment('en_route', 'on_scene')).toBe(true);
    expect(canMoveAssignment('on_scene', 'cleared')).toBe(true);
    expect(canMoveAssignment('assigned', 'on_scene')).toBe(false);
    expect(canMoveAssignment('assigned', 'cleared')).toBe(false);
    expect(canMoveAssignment('cleared', 'en_route')).toBe(false);
    expect(canMoveAssignment('on_scene', 'released')).toBe(false);
  });

  it('derives the incident status from its officers', () => {
    expect(statusFromAssignments([])).toBe('awaiting_dispatch');
    expect(statusFromAssignments([{ status: 'released' }])).toBe('awaiting_dispatch');
    expect(statusFromAssignments([{ status: 'assigned' }])).toBe('dispatched');
    expect(statusFromAssignments([{ status: 'assigned' }, { status: 'en_route' }])).toBe('en_route');
    expect(statusFromAssignments([{ status: 'on_scene' }, { status: 'en_route' }])).toBe('on_scene');
    expect(statusFromAssignments([{ status: 'cleared' }, { status: 'en_route' }])).toBe('on_scene');
    expect(statusFromAssignments([{ status: 'cleared' }, { status: 'assigned' }])).toBe('on_scene');
    expect(statusFromAssignments([{ status: 'cleared' }, { status: 'released' }])).toBe('cleared');
  });

  it('closes only a cleared incident, or an approved non-attendance never dispatched', () => {
    expect(canClose({ status: 'cleared', attended: true, nonAttendanceStatus: null })).toBe(true);
    expect(canClose({ status: 'on_scene', attended: true, nonAttendanceStatus: null })).toBe(false);
    expect(canClose({ status: 'awaiting_dispatch', attended: null, nonAttendanceStatus: null })).toBe(false);
    expect(canClose({ status: 'awaiting_dispatch', attended: false, nonAttendanceStatus: 'pending_approval' })).toBe(false);
    expect(canClose({ status: 'awaiting_dispatch', attended: false, nonAttendanceStatus: 'approved' })).toBe(true);
  });
});
