import type { IncidentEvent } from '@bluelamp/contracts/incidents/incidents';
import { ASSIGNMENT_STATUS_NAMES, INCIDENT_STATUS_NAMES } from './labels';

const statusName = (s: unknown) => (typeof s === 'string' ? (INCIDENT_STATUS_NAMES[s as keyof typeof INCIDENT_STATUS_NAMES] ?? s) : '?');
const text = (v: unknown) => (typeof v === 'string' && v ? v : undefined);

/** One timeline entry in words, e.g. "Re-graded scheduled → immediate: “weapon seen”". */
export function describeEvent(e: IncidentEvent, names: { grade: (code: string) => string; code: (code: string) => string }): string {
  const d = e.details;
  const who = e.staffName ?? 'An officer';
  switch (e.type) {
    case 'created':
      return 'Incident created from the contact';
    case 'imported':
      return 'Brought in from the previous system';
    case 'status':
      return `Status: ${statusName(e.fromStatus)} → ${statusName(e.toStatus)}`;
    case 'regraded':
      return `Re-graded ${names.grade(String(d.from))} → ${names.grade(String(d.to))}${text(d.reason) ? `: “${text(d.reason)}”` : ''}`;
    case 'assigned':
      return `${who} assigned${d.recommended ? ' (recommended)' : ''}`;
    case 'released':
      return `${who} released${text(d.reason) ? `: “${text(d.reason)}”` : ''}`;
    case 'en_route':
    case 'on_scene':
    case 'cleared':
      return `${who}: ${ASSIGNMENT_STATUS_NAMES[e.type]}`;
    case 'closed':
      return `Closed: ${names.code(String(d.closingCode))}${text(d.note) ? ` — ${text(d.note)}` : ''}`;
    case 'breached':
      return 'Target breached: nobody on scene in time';
    case 'breach_reason':
      return `Breach reason: “${text(d.reason) ?? ''}”`;
    case 'attendance':
      if (d.attended === true) return 'Recorded as attended';
      return `Not attended: ${names.code(String(d.reasonCode))}${d.status === 'pending_approval' ? ' (awaiting supervisor approval)' : ''}${text(d.note) ? ` — ${text(d.note)}` : ''}`;
    case 'non_attendance_approved':
      return `Non-attendance approved${text(d.note) ? `: ${text(d.note)}` : ''}`;
    case 'non_attendance_refused':
      return `Non-attendance refused: the incident must be attended${text(d.note) ? ` (${text(d.note)})` : ''}`;
    case 'crime_requested':
      return '“Record a crime” asked for: hand-over to the crime module';
    default:
      return e.type.replace(/_/g, ' ');
  }
}
