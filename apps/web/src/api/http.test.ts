import { describe, expect, it } from 'vitest';
import { buildUrl } from './http';

describe('buildUrl', () => {
  it('should leave out empty values and repeat the key for a list', () => {
    expect(buildUrl('/api/x', { a: 'one two', b: undefined, c: null, d: '', e: 0, f: false })).toBe('/api/x?a=one+two&e=0&f=false');
    expect(buildUrl('/api/identity/persons/summaries', { ids: ['a', 'b'] })).toBe('/api/identity/persons/summaries?ids=a&ids=b');
    expect(buildUrl('/api/x', {})).toBe('/api/x');
  });
});
