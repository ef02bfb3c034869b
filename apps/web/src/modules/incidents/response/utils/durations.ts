/**
 * Durations as the control room reads them: minutes and seconds under an hour ("5:27"), hours and
 * minutes from an hour ("1:05 h"), and the same in words for screen readers and tooltips.
 */

/** "5:27" under an hour, "1:05 h" from an hour on (whole seconds, rounded). */
export function formatClock(seconds: number): string {
  const total = Math.round(Math.abs(seconds));
  if (total < 3600) return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
  const minutes = Math.floor(total / 60);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')} h`;
}

/** The same duration in words: "5 minutes 27 seconds", "1 hour 5 minutes". */
export function durationInWords(seconds: number): string {
  const total = Math.round(Math.abs(seconds));
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (total < 60) return unit(total, 'second');
  if (total < 3600) {
    const s = total % 60;
    return s ? `${unit(Math.floor(total / 60), 'minute')} ${unit(s, 'second')}` : unit(total / 60, 'minute');
  }
  const minutes = Math.floor(total / 60);
  const m = minutes % 60;
  return m ? `${unit(Math.floor(minutes / 60), 'hour')} ${unit(m, 'minute')}` : unit(minutes / 60, 'hour');
}

/** Whole seconds from `fromIso` to `now` (negative when `fromIso` is in the future). */
export function secondsSince(fromIso: string, now: number): number {
  return Math.floor((now - new Date(fromIso).getTime()) / 1000);
}

/**
 * What the clock says about a target: time left before it ("8:12 left"), or by how much it was
 * missed ("Over by 0:45"); `arrivedAt` stops the clock at the arrival.
 */
export function targetClock(targetAt: string, now: number, arrivedAt?: string | null): { seconds: number; text: string; state: 'running' | 'breached' | 'met' | 'missed' } {
  const target = new Date(targetAt).getTime();
  if (arrivedAt) {
    const seconds = Math.round((target - new Date(arrivedAt).getTime()) / 1000);
    return seconds >= 0 ? { seconds, text: `Arrived with ${formatClock(seconds)} to spare`, state: 'met' } : { seconds, text: `Arrived ${formatClock(seconds)} late`, state: 'missed' };
  }
  const seconds = Math.floor((target - now) / 1000);
  return seconds >= 0 ? { seconds, text: `${formatClock(seconds)} left`, state: 'running' } : { seconds, text: `Over by ${formatClock(seconds)}`, state: 'breached' };
}
