import type { IncidentRecord } from './incidents.repository';
import { AppError } from '../../core/errors';

/** 400 in the shape of schema validation, naming the field, with the given code. */
export const invalidField = (
  path: string,
  message: string,
  code: 'VALIDATION_FAILED' | 'UNKNOWN_GRADE' | 'UNKNOWN_NON_ATTENDANCE_REASON' | 'UNKNOWN_CLOSING_CODE' | 'REASON_REQUIRED' = 'VALIDATION_FAILED',
): AppError => new AppError(code, `${path} ${message}`, { issues: [{ path, message: `${path} ${message}` }] });

/** 409 INCIDENT_CLOSED: nothing more may be changed that way on a closed incident. */
export const incidentClosed = (incident: IncidentRecord, current: unknown): AppError =>
  new AppError('INCIDENT_CLOSED', `Incident ${incident.reference} is closed`, { current });
