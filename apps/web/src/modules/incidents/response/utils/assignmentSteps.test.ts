import { describe, expect, it } from 'vitest';
import { hasReached, nextStep } from './assignmentSteps';

describe('nextStep', () => {
  it('should allow only the next step in order: en route, on scene, cleared', () => {
    expect(nextStep('assigned')).toBe('en_route');
    expect(nextStep('en_route')).toBe('on_scene');
    expect(nextStep('on_scene')).toBe('cleared');
    expect(nextStep('cleared')).toBeUndefined();
    expect(nextStep('released')).toBeUndefined();
  });
});

describe('hasReached', () => {
  it('should tell a step already recorded (a retried press) from one still to come', () => {
    expect(hasReached('en_route', 'en_route')).toBe(true);
    expect(hasReached('on_scene', 'en_route')).toBe(true);
    expect(hasReached('en_route', 'on_scene')).toBe(false);
    expect(hasReached('assigned', 'en_route')).toBe(false);
    expect(hasReached('released', 'en_route')).toBe(false);
  });
});
