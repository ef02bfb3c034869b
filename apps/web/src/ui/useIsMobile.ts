import { useSyncExternalStore } from 'react';

/** The width below which the phone layout is used; the same number is in styles.css. */
export const MOBILE_MAX_WIDTH = 760;
const QUERY = `(max-width: ${MOBILE_MAX_WIDTH}px)`;

const subscribe = (onChange: () => void) => {
  const list = window.matchMedia(QUERY);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
};

/** True on a phone-sized screen; follows rotation and window resizing. */
export function useIsMobile(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(QUERY).matches, () => false);
}
