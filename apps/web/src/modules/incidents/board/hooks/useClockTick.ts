import { useEffect, useState } from 'react';

/**
 * The board's one clock: the time now in milliseconds, corrected by the server's time (`serverNow`,
 * read with the data, and `receivedAt`, when this browser received it) so every dispatcher's
 * countdowns agree, updated once a second by a single interval that is cleared when the board closes.
 */
export function useClockTick(serverNow?: string, receivedAt?: number): number {
  const [now, setNow] = useState(() => Date.now());
  const offset = serverNow && receivedAt ? Date.parse(serverNow) - receivedAt : 0;
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now + offset;
}
