import type { OfficerStatusCode } from '../../../core/db/schema.rosters';

/*
 * Who is on duty, and in what state, from the roster and what the officer (or command and
 * control) last recorded. Recorded once, derived everywhere (pure):
 *
 * 1. Committed to an incident: committed (and on duty), whatever else holds.
 * 2. Booked on by the officer (and not booked off): on duty, in the status they set.
 * 3. Rostered now but booked off during this duty: off duty (went home early).
 * 4. Rostered now: on duty, in the status they set during this duty, else available; nobody has
 *    to press a button for the roster to count.
 * 5. Otherwise: off duty.
 *
 * "During this duty" starts two hours before the rostered start, so booking on early counts. Booking
 * on lapses after 16 hours (the longest duty allowed), so a forgotten book-off does not leave an
 * officer offered to dispatch the next day.
 */

export const DUTY_GRACE_MS = 2 * 3_600_000;
export const BOOKED_ON_MAX_MS = 16 * 3_600_000;

export type StatusRow = {
  staffId: string;
  status: OfficerStatusCode;
  statusAt: number;
  bookedOnAt: number | null;
  bookedOffAt: number | null;
  incidentId: string | null;
  latitude: number | null;
  longitude: number | null;
  positionAt: number | null;
  version: number;
};

export type DutyWindow = { startsAt: number; endsAt: number };

export type EffectiveStatus = { status: OfficerStatusCode; onDuty: boolean; rostered: boolean; bookedOn: boolean };

export function effectiveStatus(duty: DutyWindow | null, row: StatusRow | undefined, now: number): EffectiveStatus {
  const rostered = duty !== null;
  const bookedOn = !!row && row.bookedOnAt !== null && now - row.bookedOnAt < BOOKED_ON_MAX_MS;
  if (row?.incidentId) return { status: 'committed', onDuty: true, rostered, bookedOn };
  if (bookedOn) return { status: row!.status === 'refreshment' ? 'refreshment' : 'available', onDuty: true, rostered, bookedOn };
  if (!duty) return { status: 'off_duty', onDuty: false, rostered, bookedOn };
  const since = duty.startsAt - DUTY_GRACE_MS;
  if (row?.bookedOffAt !== null && row?.bookedOffAt !== undefined && row.bookedOffAt >= since) return { status: 'off_duty', onDuty: false, rostered, bookedOn };
  const status = row && row.statusAt >= since && row.status === 'refreshment' ? 'refreshment' : 'available';
  return { status, onDuty: true, rostered, bookedOn };
}

/** Great-circle distance in metres (haversine, mean Earth radius). */
export function distanceMetres(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(h)));
}
