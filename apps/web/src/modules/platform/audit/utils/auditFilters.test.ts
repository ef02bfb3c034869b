import { describe, expect, it } from 'vitest';
import { EMPTY_AUDIT_FILTERS, toAuditQuery } from './auditFilters';

describe('toAuditQuery', () => {
  it('should turn London days into UTC instants with an exclusive end', () => {
    expect(toAuditQuery({ ...EMPTY_AUDIT_FILTERS, action: 'user.*', from: '01/07/2026', to: '01/07/2026' })).toEqual({
      query: { action: 'user.*', actor: undefined, entityType: undefined, entityId: undefined, from: '2026-06-30T23:00:00.000Z', to: '2026-07-01T23:00:00.000Z' },
    });
  });

  it('should cover the whole of a winter day', () => {
    const result = toAuditQuery({ ...EMPTY_AUDIT_FILTERS, from: '15/01/2026', to: '15/01/2026' });
    expect(result).toMatchObject({ query: { from: '2026-01-15T00:00:00.000Z', to: '2026-01-16T00:00:00.000Z' } });
  });

  it('should refuse a date that does not exist and a backwards range', () => {
    expect(toAuditQuery({ ...EMPTY_AUDIT_FILTERS, from: '30/02/2026' })).toEqual({ errors: { from: 'Enter a real date as DD/MM/YYYY, e.g. 29/03/2026' } });
    expect(toAuditQuery({ ...EMPTY_AUDIT_FILTERS, from: '02/03/2026', to: '01/03/2026' })).toEqual({ errors: { to: 'The end date must not be before the start date' } });
  });
});
