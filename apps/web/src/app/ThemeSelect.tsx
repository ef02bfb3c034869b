import { SelectField } from '../ui/SelectField';
import { useTheme, type Theme } from './useTheme';

/** Choose light, dark, or the device's setting. */
export function ThemeSelect({ className }: { className?: string }) {
  const [theme, setTheme] = useTheme();
  return (
    <SelectField label="Colours" value={theme} onChange={(e) => setTheme(e.target.value as Theme)} className={className}>
      <option value="system">As the device</option>
      <option value="light">Light</option>
      <option value="dark">Dark</option>
    </SelectField>
  );
}
