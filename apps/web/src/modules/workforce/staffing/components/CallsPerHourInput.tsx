import { useId } from 'react';
import { Fieldset } from '../../../../ui/Fieldset';
import { TextField } from '../../../../ui/TextField';
import { DAYS } from '../utils/hourOfWeek';
import type { CallsEntry, StaffingForm, StaffingFormErrors } from '../utils/staffingForm';

type CallsPerHourInputProps = {
  form: StaffingForm;
  errors: StaffingFormErrors;
  onChange: (change: Partial<StaffingForm>) => void;
  /** Switches how calls are entered (the figures already entered are carried across). */
  onEntryChange: (entry: CallsEntry) => void;
};

const ENTRIES: { value: CallsEntry; label: string }[] = [
  { value: 'uniform', label: 'The same every hour' },
  { value: 'paste', label: 'Paste 168 numbers' },
  { value: 'grid', label: 'Hour by hour (7 × 24 grid)' },
];

const HOURS = Array.from({ length: 24 }, (_, h) => h);

/** Calls offered in each hour of an average week: one figure, a paste from a spreadsheet, or a grid. */
export function CallsPerHourInput({ form, errors, onChange, onEntryChange }: CallsPerHourInputProps) {
  const name = useId();
  return (
    <Fieldset legend="Calls per hour" className="staffing-calls">
      <div className="staffing-entry" role="radiogroup" aria-label="How to enter the calls">
        {ENTRIES.map((entry) => (
          <label key={entry.value} className="checkbox">
            <input type="radio" name={name} value={entry.value} checked={form.entry === entry.value} onChange={() => onEntryChange(entry.value)} />
            {entry.label}
          </label>
        ))}
      </div>
      {form.entry === 'uniform' && (
        <TextField
          label="Calls in each hour"
          className="field-short"
          inputMode="decimal"
          value={form.uniformCalls}
          error={errors.uniformCalls}
          onChange={(e) => onChange({ uniformCalls: e.target.value })}
        />
      )}
      {form.entry === 'paste' && (
        <div className={['field', errors.pasted ? 'field-invalid' : ''].filter(Boolean).join(' ')}>
          <label htmlFor={`${name}-paste`}>Calls for each hour of the week</label>
          <p className="field-hint" id={`${name}-paste-hint`}>
            168 numbers from Monday 00:00 to Sunday 23:00 (Europe/London), separated by spaces, tabs, commas or new lines: a spreadsheet's 7 rows of 24 paste as they are.
          </p>
          {errors.pasted && <p className="field-error">{errors.pasted}</p>}
          <textarea
            id={`${name}-paste`}
            rows={7}
            value={form.pasted}
            aria-invalid={errors.pasted ? true : undefined}
            aria-describedby={`${name}-paste-hint`}
            onChange={(e) => onChange({ pasted: e.target.value })}
          />
        </div>
      )}
      {form.entry === 'grid' && (
        <>
          {errors.grid && <p className="field-error">{errors.grid}</p>}
          <div className="table-wrap" role="region" aria-label="Calls per hour grid" tabIndex={0}>
            <table className="table staffing-grid">
              <caption className="visually-hidden">Calls in each hour of the week, Europe/London time</caption>
              <thead>
                <tr>
                  <th scope="col">Day</th>
                  {HOURS.map((h) => (
                    <th key={h} scope="col" className="num">
                      {String(h).padStart(2, '0')}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {DAYS.map((day, d) => (
                  <tr key={day}>
                    <th scope="row">{day.slice(0, 3)}</th>
                    {HOURS.map((h) => {
                      const index = d * 24 + h;
                      return (
                        <td key={h}>
                          <input
                            aria-label={`${day} ${String(h).padStart(2, '0')}:00 calls`}
                            inputMode="decimal"
                            value={form.grid[index]}
                            onChange={(e) => onChange({ grid: form.grid.map((v, i) => (i === index ? e.target.value : v)) })}
                          />
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Fieldset>
  );
}
