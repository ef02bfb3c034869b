import type { TeamDto } from '../../../../api/api';
import { Button } from '../../../../ui/Button';
import { SelectField } from '../../../../ui/SelectField';
import { addDays, formatIsoDate, mondayOf, todayInLondon } from '../utils/week';

type TeamWeekControlsProps = {
  teams: TeamDto[];
  teamId: string | undefined;
  monday: string;
  onChange: (next: { team?: string; week?: string }) => void;
  children?: React.ReactNode;
};

/** The team picker and the week's navigation (weeks run Monday to Sunday). */
export function TeamWeekControls({ teams, teamId, monday, onChange, children }: TeamWeekControlsProps) {
  const thisWeek = mondayOf(todayInLondon());
  return (
    <div className="roster-controls">
      <SelectField label="Team" value={teamId ?? ''} onChange={(e) => onChange({ team: e.target.value })}>
        {!teamId && <option value="">Choose a team</option>}
        {teams.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </SelectField>
      {children}
      <div className="roster-week-nav" role="group" aria-label="Week">
        <Button onClick={() => onChange({ week: addDays(monday, -7) })}>Previous week</Button>
        <Button onClick={() => onChange({ week: thisWeek })} disabled={monday === thisWeek}>
          This week
        </Button>
        <Button onClick={() => onChange({ week: addDays(monday, 7) })}>Next week</Button>
        <p className="roster-week-label" data-testid="roster-week">
          {formatIsoDate(monday)} to {formatIsoDate(addDays(monday, 6))}
        </p>
      </div>
    </div>
  );
}
