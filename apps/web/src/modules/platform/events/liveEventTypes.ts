/**
 * What each live event means to a person and which cached data it makes stale. Every event reaches
 * the app (the server sends them unnamed); one not listed here is shown by its type and refreshes nothing.
 */
export const LIVE_EVENT_TYPES: Record<string, { label: string; invalidates: string[] }> = {
  'policy.updated': { label: 'Force policy setting changed', invalidates: ['policy:'] },
  'reference.grade_updated': { label: 'Response-grade target changed', invalidates: ['reference:grades'] },
  'identity.person_changed': { label: 'Person record changed', invalidates: [] },
  // The board, the incident page, the response view and the on-duty list follow these themselves
  // (useLiveRefetch and their own filters), so they name the change here and invalidate nothing.
  'incidents.incident_changed': { label: 'Incident changed', invalidates: [] },
  'incidents.assignment_changed': { label: 'Officer assignment changed', invalidates: [] },
  'workforce.roster_changed': { label: 'Roster changed', invalidates: [] },
  'workforce.availability_changed': { label: 'Officer availability changed', invalidates: [] },
};

/** A live event as the server sends it (`data:` of each SSE message). */
export type LiveEvent = {
  id: string;
  type: string;
  /** When the change was committed, ISO 8601 UTC. */
  at: string;
  entityType?: string;
  entityId?: string;
  data?: Record<string, unknown>;
};

/** How the stream stands: shown to the user, because a silent dead feed is worse than none. */
export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'offline';
