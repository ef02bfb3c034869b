/**
 * The grade clock as the board shows it: time left to the target, a warning before a breach, the
 * breach, and the clock stopped by the first arrival. Pure: the board calls it once a second.
 *
 * **The warning rule.** A clock turns amber in the last sixth of its grade's target, at most the
 * last hour: Immediate (12 minutes) warns in the last 2 minutes, Scheduled (60 minutes) in the last
 * 10, Routine (48 hours) in the last hour. It turns red with "BREACHED" once the target passes with
 * nobody on scene (or when the server has recorded the breach).
 */
export type ClockState = 'running' | 'warning' | 'breached' | 'arrived' | 'arrived-late' | 'stopped';

export type Clock = {
  state: ClockState;
  /** What the clock cell says: "09:12", "BREACHED +01:05", "On scene in 05:27". */
  text: string;
  /** Seconds left to the target (negative once passed); for arrived, the time taken to arrive. */
  seconds: number;
};

const MAX_WARNING_SECONDS = 3600;

/** How long before the target a clock turns amber (see the rule above). */
export function warningWindowSeconds(targetSeconds: number): number {
  return Math.min(MAX_WARNING_SECONDS, Math.round(targetSeconds / 6));
}

/** Seconds as mm:ss, or h:mm:ss from an hour up ("47:59:59" for almost two days). */
export function formatClock(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = s % 60;
  const mmss = `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
  return hours > 0 ? `${hours}:${mmss}` : mmss;
}

export function clockOf(
  incident: {
    receivedAt: string;
    targetAt: string;
    targetSeconds: number;
    firstArrivedAt: string | null;
    breachedAt: string | null;
    /** Not attended with a supervisor's approval (or no approval needed): no clock to beat. */
    notAttendedApproved?: boolean;
  },
  nowMs: number,
): Clock {
  const target = Date.parse(incident.targetAt);
  if (incident.notAttendedApproved && !incident.firstArrivedAt) return { state: 'stopped', text: 'Not attended', seconds: 0 };
  if (incident.firstArrivedAt) {
    const taken = Math.round((Date.parse(incident.firstArrivedAt) - Date.parse(incident.receivedAt)) / 1000);
    const late = Date.parse(incident.firstArrivedAt) > target;
    return { state: late ? 'arrived-late' : 'arrived', text: `On scene in ${formatClock(taken)}`, seconds: taken };
  }
  // Whole seconds left, rounded up so the clock reads 00:00 only when the target is reached; never
  // more than the target itself (a call received a moment ago, read with a clock slightly behind
  // the server's, would otherwise show 12:01 for a 12-minute target).
  const left = Math.min(incident.targetSeconds, Math.ceil((target - nowMs) / 1000));
  if (left <= 0 || incident.breachedAt) return { state: 'breached', text: `BREACHED +${formatClock(-left)}`, seconds: left };
  return { state: left <= warningWindowSeconds(incident.targetSeconds) ? 'warning' : 'running', text: formatClock(left), seconds: left };
}
