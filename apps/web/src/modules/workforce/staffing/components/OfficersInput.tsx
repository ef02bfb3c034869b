import { Checkbox } from '../../../../ui/Checkbox';
import { Fieldset } from '../../../../ui/Fieldset';
import { QueryStatus } from '../../../../ui/QueryStatus';
import { TextField } from '../../../../ui/TextField';
import { useGrades } from '../../../platform/reference/hooks/useGrades';
import type { OfficersForm, StaffingFormErrors } from '../utils/staffingForm';

type OfficersInputProps = {
  officers: OfficersForm;
  errors: StaffingFormErrors;
  onChange: (change: Partial<OfficersForm>) => void;
};

/** Response officers (optional): incidents an hour by grade, the time each commits an officer, the target. */
export function OfficersInput({ officers, errors, onChange }: OfficersInputProps) {
  const grades = useGrades();
  return (
    <Fieldset legend="Response officers" className="staffing-officers">
      <Checkbox
        label="Also work out response officers"
        hint="Against the force's response-grade targets"
        checked={officers.isIncluded}
        onChange={(e) => onChange({ isIncluded: e.target.checked })}
      />
      {officers.isIncluded && (
        <>
          <QueryStatus isLoading={grades.isLoading} error={grades.error} onRetry={grades.refetch} what="response grades" />
          {errors['officers.incidents'] && <p className="field-error">{errors['officers.incidents']}</p>}
          <div className="form-grid">
            {grades.data?.items.map((grade) => (
              <TextField
                key={grade.code}
                label={`${grade.name} incidents an hour`}
                hint="One figure for every hour, or 168 numbers from Monday 00:00; leave empty for none"
                inputMode="decimal"
                value={officers.incidentsByGrade[grade.code] ?? ''}
                error={errors[`officers.grade.${grade.code}`]}
                onChange={(e) => onChange({ incidentsByGrade: { ...officers.incidentsByGrade, [grade.code]: e.target.value } })}
              />
            ))}
          </div>
          <div className="form-grid">
            <TextField
              label="Time committed per incident (minutes)"
              hint="Travel, at scene and the write-up after"
              inputMode="decimal"
              value={officers.commitmentMinutes}
              error={errors['officers.commitmentMinutes']}
              onChange={(e) => onChange({ commitmentMinutes: e.target.value })}
            />
            <TextField
              label="Travel to the scene (minutes)"
              hint="Counts against each grade's target"
              inputMode="decimal"
              value={officers.travelMinutes}
              error={errors['officers.travelMinutes']}
              onChange={(e) => onChange({ travelMinutes: e.target.value })}
            />
            <TextField
              label="Incidents attended in target (%)"
              inputMode="decimal"
              value={officers.targetPercent}
              error={errors['officers.targetPercent']}
              onChange={(e) => onChange({ targetPercent: e.target.value })}
            />
            <TextField
              label="Officer shrinkage (%)"
              hint="Rostered time not available for incidents"
              inputMode="decimal"
              value={officers.shrinkagePercent}
              error={errors['officers.shrinkagePercent']}
              onChange={(e) => onChange({ shrinkagePercent: e.target.value })}
            />
          </div>
        </>
      )}
    </Fieldset>
  );
}
