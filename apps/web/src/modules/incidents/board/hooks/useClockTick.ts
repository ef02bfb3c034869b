import { useEffect, useState } from 'react';

/**
 * The board's one clock: the time now in milliseconds, corrected by the server's time (`serverNow`,
 * read with the data) so every dispatcher's countdowns agree, updated once a second by a single
 * interval that is cleared when the board closes.
 */
export function useClockTick(serverNow: string | undefined): number {
  const [offset, setOffset] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (serverNow) setOffset(Date.parse(serverNow) - Date.now());
  }, [serverNow]);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now + offset;
}
