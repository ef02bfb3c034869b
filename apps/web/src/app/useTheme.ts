import { useEffect, useState } from 'react';

export type Theme = 'system' | 'light' | 'dark';
const STORAGE_KEY = 'bluelamp.theme';

const read = (): Theme => {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return stored === 'light' || stored === 'dark' ? stored : 'system';
};

/**
 * Light, dark, or whatever the device prefers (a dark control room at 3 a.m. wants dark). Kept in
 * this browser only; styles.css reads `data-theme` on <html>.
 */
export function useTheme(): [Theme, (theme: Theme) => void] {
  const [theme, setTheme] = useState<Theme>(read);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') {
      delete root.dataset.theme;
      window.localStorage.removeItem(STORAGE_KEY);
    } else {
      root.dataset.theme = theme;
      window.localStorage.setItem(STORAGE_KEY, theme);
    }
  }, [theme]);
  return [theme, setTheme];
}
