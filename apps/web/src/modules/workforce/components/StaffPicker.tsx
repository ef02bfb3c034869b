import { useState } from 'react';
import { Button } from '../../../ui/Button';
import { Fieldset } from '../../../ui/Fieldset';
import { TextField } from '../../../ui/TextField';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import { useStaff } from '../hooks/useStaff';
import { useStaffMember } from '../hooks/useStaffMember';
import { staffName } from '../utils/staffName';

type StaffPickerProps = { value: string | null; onChange: (staffId: string | null) => void; error?: string | undefined };

/** Links an account to a staff record: search by name or collar number, then choose. */
export function StaffPicker({ value, onChange, error }: StaffPickerProps) {
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim());
  const results = useStaff({ search: q, limit: 8 }, { enabled: q.length >= 2 && !value });
  const chosen = useStaffMember(value);
  return (
    <Fieldset legend="Staff record (optional)" error={error}>
      {value ? (
        <p className="picked">
          <span>{chosen.data ? staffName(chosen.data) : 'Chosen record'}</span>{' '}
          <Button variant="quiet" onClick={() => onChange(null)}>
            Remove link
          </Button>
        </p>
      ) : (
        <>
          <TextField label="Find the officer or staff member" hint="Name or collar number, at least 2 characters" type="search" value={text} onChange={(e) => setText(e.target.value)} />
          {q.length >= 2 && results.data && (
            <ul className="picker-results" aria-live="polite" aria-label="Matching staff">
              {results.data.items.length === 0 && <li className="muted">Nobody matches</li>}
              {results.data.items.map((s) => (
                <li key={s.id}>
                  <Button variant="quiet" onClick={() => onChange(s.id)}>
                    {staffName(s)} <span className="muted">· {s.teamName ?? s.roleTitle}</span>
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Fieldset>
  );
}
