import { LONDON } from '../../../../ui/format';

const timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: LONDON, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** An instant's London wall-clock time, "HH:MM" (GMT in winter, BST in summer). */
export function formatLondonTime(iso: string): string {
  return timeFormat.format(new Date(iso));
}

/**
 * A duty's local start and end, "22:00–07:00", and its real length in hours: a night across the
 * clock change shows the same wall-clock times but lasts an hour less (March) or more (October).
 */
export function dutyTimes(startsAt: string | null, endsAt: string | null): { label: string; hours: number } | undefined {
  if (!startsAt || !endsAt) return undefined;
  const hours = (new Date(endsAt).getTime() - new Date(startsAt).getTime()) / 3_600_000;
  return { label: `${formatLondonTime(startsAt)}–${formatLondonTime(endsAt)}`, hours: Math.round(hours * 100) / 100 };
}

/** How long ago an instant was, as people say it: "just now", "4 min ago", "2 h ago", "3 days ago". */
export function ageOf(iso: string | null, now: Date = new Date()): string {
  if (!iso) return 'never reported';
  const minutes = Math.floor((now.getTime() - new Date(iso).getTime()) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} days ago`;
}
