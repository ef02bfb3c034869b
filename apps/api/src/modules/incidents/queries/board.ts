import type { Kysely } from 'kysely';
import type { Board, BoardCounts, BoardOfficer } from '@bluelamp/contracts/incidents/board';
import type { DB } from '../../../core/db/schema';
import type { EventBus } from '../../../core/events';
import { INCIDENT_CHANGED } from '../commands/sync-incident-status';
import { ASSIGNMENT_CHANGED } from '../dispatch/dispatch.commands';
import { listBoardAssignments, listBoardIncidents } from '../control-room.repository';
import { presentBoardIncident } from '../incidents.presenter';
import { referenceNames, staffNames } from '../incidents.reference';

/**
 * The control-room board: every open incident by grade (the force's order) then target time, each
 * with its officers. Two queries whatever the number of incidents; names come from memory.
 */
export async function readBoard(db: Kysely<DB>, now = new Date()): Promise<Board> {
  const [rows, assignments, names] = await Promise.all([listBoardIncidents(db), listBoardAssignments(db), referenceNames(db)]);
  const staff = await staffNames(db, assignments.map((a) => a.staffId));
  const officers = new Map<string, BoardOfficer[]>();
  for (const a of assignments) {
    const s = staff.get(a.staffId);
    let list = officers.get(a.incidentId);
    if (!list) officers.set(a.incidentId, (list = []));
    list.push({ staffId: a.staffId, name: s?.name ?? null, collarNumber: s?.collarNumber ?? null, status: a.status });
  }
  const counts: BoardCounts = { awaiting_dispatch: 0, dispatched: 0, en_route: 0, on_scene: 0, cleared: 0 };
  const incidents = rows.map((r) => {
    if (r.status !== 'closed') counts[r.status] += 1;
    return presentBoardIncident(r, names, officers.get(r.id) ?? []);
  });
  // Rows come by target time; a stable sort by grade keeps that order within each grade.
  incidents.sort((a, b) => a.gradeSortOrder - b.gradeSortOrder);
  return { now: now.toISOString(), incidents, counts };
}

type BoardBody = Omit<Board, 'now'>;

/** The longest a process serves its board without re-reading, should a change event be lost (e.g. while LISTEN reconnects). */
export const BOARD_MAX_AGE_MS = 2_000;

/**
 * The board as one process serves it to every dispatcher: read once, kept until a change event
 * (incident or assignment, from any process, delivered after the change commits) or BOARD_MAX_AGE_MS,
 * so twenty boards refreshing on the same change cost one read, not twenty. Reads already under
 * way are shared. A read started before a change event arrived is never kept as current: each
 * event moves the generation on, and a read is kept only for the generation it started in.
 */
export class BoardCache {
  private generation = 0;
  private kept: { generation: number; readAt: number; body: BoardBody; json?: string } | undefined;
  private inflight: { generation: number; promise: Promise<BoardBody> } | undefined;

  constructor(
    private readonly db: Kysely<DB>,
    events: EventBus,
    private readonly maxAgeMs = BOARD_MAX_AGE_MS,
  ) {
    events.subscribe((event) => {
      if (event.type === INCIDENT_CHANGED || event.type === ASSIGNMENT_CHANGED) this.generation++;
    });
  }

  /** Forgets the kept board: the next read goes to the database. */
  invalidate(): void {
    this.generation++;
  }

  /**
   * The board as JSON text, its body serialised once per read from the database: 500 incidents are
   * ~250 KB, and serialising them through the response schema on every request costs more than
   * everything else the request does. The text is exactly JSON.stringify of `read()`'s answer.
   */
  async readJson(now = new Date()): Promise<string> {
    const board = await this.read(now);
    const kept = this.kept;
    if (kept && kept.body.incidents === board.incidents) {
      kept.json ??= JSON.stringify({ incidents: kept.body.incidents, counts: kept.body.counts }).slice(1);
      return `{"now":${JSON.stringify(board.now)},${kept.json}`;
    }
    return JSON.stringify(board);
  }

  async read(now = new Date()): Promise<Board> {
    const generation = this.generation;
    const kept = this.kept;
    if (kept && kept.generation === generation && now.getTime() - kept.readAt < this.maxAgeMs) return { now: now.toISOString(), ...kept.body };
    if (!this.inflight || this.inflight.generation !== generation) {
      const readAt = Date.now();
      const promise = readBoard(this.db, now).then(({ now: _ignored, ...body }) => {
        if (this.generation === generation) this.kept = { generation, readAt, body };
        return body;
      });
      this.inflight = { generation, promise };
      void promise.finally(() => {
        if (this.inflight?.promise === promise) this.inflight = undefined;
      }).catch(() => undefined);
    }
    return { now: now.toISOString(), ...(await this.inflight.promise) };
  }
}

const caches = new WeakMap<object, BoardCache>();

/** The board cache of one running app (created on first use; it lives as long as the app's event bus). */
export function boardCacheFor(deps: { db: Kysely<DB>; events: EventBus }): BoardCache {
  let cache = caches.get(deps);
  if (!cache) caches.set(deps, (cache = new BoardCache(deps.db, deps.events)));
  return cache;
}
