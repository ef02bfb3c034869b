import type { App, AppDeps } from '../../http/types';

/** Incidents: create from a contact, read, timeline, board, attendance, closing, crime hand-over. */
export function registerIncidentRoutes(_app: App, _deps: AppDeps): void {}
