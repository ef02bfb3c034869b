import { describe, expect, it } from 'vitest';
import { defaultPeriod, periodFromParams, periodToForm, toPeriodQuery } from './reportPeriod';

const today = '2026-11-29';

describe('toPeriodQuery', () => {
  it('should turn DD/MM/YYYY London days into the API dates, both inclusive', () => {
    expect(toPeriodQuery({ from: '1/11/2026', to: '29/11/2026' }, today)).toEqual({ query: { from: '2026-11-01', to: '2026-11-29' } });
    expect(toPeriodQuery({ from: '29/11/2026', to: '29/11/2026' }, today)).toEqual({ query: { from: '2026-11-29', to: '2026-11-29' } });
  });

  it('should refuse dates that are not real, missing, backwards or still to come, naming the field', () => {
    expect(toPeriodQuery({ from: '31/11/2026', to: '' }, today)).toEqual({ errors: { from: 'Enter a real date as DD/MM/YYYY, e.g. 29/03/2026', to: 'Enter the last day, DD/MM/YYYY' } });
    expect(toPeriodQuery({ from: '20/11/2026', to: '19/11/2026' }, today)).toEqual({ errors: { to: 'The last day must not be before the first' } });
    expect(toPeriodQuery({ from: '20/11/2026', to: '30/11/2026' }, today)).toEqual({ errors: { to: 'The last day must not be after today' } });
  });
});

describe('periodFromParams', () => {
  it('should read the period from the address, or default to the 28 days up to today', () => {
    expect(periodFromParams(new URLSearchParams('from=2026-11-01&to=2026-11-07'), today)).toEqual({ from: '2026-11-01', to: '2026-11-07' });
    expect(periodFromParams(new URLSearchParams('from=2026-11-31&to=2026-11-07'), today)).toEqual(defaultPeriod(today));
    expect(defaultPeriod(today)).toEqual({ from: '2026-11-02', to: '2026-11-29' });
  });

  it('should show the period in the form as DD/MM/YYYY', () => {
    expect(periodToForm({ from: '2026-11-02', to: '2026-11-29' })).toEqual({ from: '02/11/2026', to: '29/11/2026' });
  });
});
