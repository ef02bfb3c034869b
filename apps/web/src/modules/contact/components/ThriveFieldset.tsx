import { THRIVE_ELEMENTS, THRIVE_LEVELS, type ThriveElement, type ThriveLevel } from '@bluelamp/contracts/contact/thrive';
import type { CallForm } from '../utils/callForm';
import { LEVEL_NAMES, THRIVE_NAMES } from '../utils/contactLabels';

type ThriveFieldsetProps = {
  value: CallForm['thrive'];
  onChange: (element: ThriveElement, change: { level?: ThriveLevel; note?: string }) => void;
};

/** The six THRIVE elements, each a level and a note, one row each. */
export function ThriveFieldset({ value, onChange }: ThriveFieldsetProps) {
  return (
    <fieldset className="fieldset thrive">
      <legend>THRIVE assessment</legend>
      {THRIVE_ELEMENTS.map((e) => (
        <div className="thrive-row" key={e}>
          <div className="field">
            <label htmlFor={`thrive-${e}`}>{THRIVE_NAMES[e].name}</label>
            <select id={`thrive-${e}`} value={value[e].level} onChange={(ev) => onChange(e, { level: ev.target.value as ThriveLevel })}>
              {THRIVE_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {LEVEL_NAMES[l]}
                </option>
              ))}
            </select>
          </div>
          <div className="field thrive-note">
            <label htmlFor={`thrive-${e}-note`}>
              {THRIVE_NAMES[e].name} note <span className="muted">({THRIVE_NAMES[e].hint})</span>
            </label>
            <input id={`thrive-${e}-note`} value={value[e].note} maxLength={1000} onChange={(ev) => onChange(e, { note: ev.target.value })} />
          </div>
        </div>
      ))}
    </fieldset>
  );
}
