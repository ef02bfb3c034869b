import { Suspense, lazy, useCallback, useMemo, useRef, useState } from 'react';
import { useRouter } from '../../../../app/router';
import { Button } from '../../../../ui/Button';
import { PageHeader } from '../../../../ui/PageHeader';
import { Panel } from '../../../../ui/Panel';
import { QueryStatus } from '../../../../ui/QueryStatus';
import { useBoard, useUnits } from '../../api/useIncidents';
import type { MapIncident, MapUnit } from '../../map/IncidentMap';
import { useBoardKeys } from '../hooks/useBoardKeys';
import { useClockTick } from '../hooks/useClockTick';
import { AVAILABILITY_CHANGED, INCIDENT_CHANGED, useLiveRefetch } from '../hooks/useLiveRefetch';
import { INCIDENT_STATUS_NAMES } from '../utils/labels';
import { keepSelection, moveSelection, sortQueue } from '../utils/queue';
import { DispatchDialog } from './DispatchDialog';
import { IncidentQueue } from './IncidentQueue';
import { UnitList } from './UnitList';
import '../board.css';

// The map and its geography are a chunk of their own, loaded beside the queue.
const IncidentMap = lazy(() => import('../../map/IncidentMap').then((m) => ({ default: m.IncidentMap })));

/**
 * The control-room board: open incidents by grade and time left with a ticking clock, the map of
 * incidents and officers, and the unit list. Live events refresh what changed (a burst makes one
 * read); one 1 s timer drives every clock. Keys: j/k or arrows to move, Enter to open, d to dispatch.
 */
export function BoardPage() {
  const { navigate } = useRouter();
  const board = useBoard();
  const units = useUnits();
  const now = useClockTick(board.data?.now, board.data?.receivedAt);
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const [dispatching, setDispatching] = useState<string | undefined>();
  const [announcement, setAnnouncement] = useState('');
  const lastIndex = useRef(0);

  useLiveRefetch(useCallback((e) => e.type === INCIDENT_CHANGED, []), board.refetch);
  useLiveRefetch(useCallback((e) => e.type === AVAILABILITY_CHANGED || e.type === INCIDENT_CHANGED, []), units.refetch);

  const queue = useMemo(() => sortQueue(board.data?.incidents ?? []), [board.data]);
  const selected = keepSelection(queue, selectedId, lastIndex.current);
  const selectedIndex = queue.findIndex((i) => i.id === selected);
  if (selectedIndex !== -1) lastIndex.current = selectedIndex;

  const open = useCallback((id: string) => navigate(`/incidents/${id}`), [navigate]);
  useBoardKeys({
    onMove: (step) => setSelectedId(moveSelection(queue, selected, step)),
    onOpen: () => selected && open(selected),
    onDispatch: () => selected && setDispatching(selected),
  });

  const mapIncidents: MapIncident[] = useMemo(() => queue.map((i) => ({ id: i.id, reference: i.reference, grade: i.grade, gradeName: i.gradeName, status: i.status, latitude: i.latitude, longitude: i.longitude })), [queue]);
  const mapUnits: MapUnit[] = useMemo(
    () => (units.data?.items ?? []).flatMap((u) => (u.position ? [{ staffId: u.staffId, label: `${u.collarNumber} ${u.firstName} ${u.lastName}`, status: u.status, latitude: u.position.latitude, longitude: u.position.longitude }] : [])),
    [units.data],
  );
  const counts = board.data?.counts;
  const dispatchIncident = queue.find((i) => i.id === dispatching);

  return (
    <>
      <PageHeader
        title="Control room"
        description={counts ? (Object.entries(counts) as [keyof typeof INCIDENT_STATUS_NAMES, number][]).map(([s, n]) => `${INCIDENT_STATUS_NAMES[s]} ${n}`).join(' · ') : 'Open incidents, officers and the clock'}
        actions={
          <Button
            onClick={() => {
              board.refetch();
              units.refetch();
            }}
            isBusy={board.isFetching && !board.data}
          >
            Refresh
          </Button>
        }
      />
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <div className="board-layout">
        <Panel title={`Queue (${queue.length})`} className="board-queue-panel" aside={<span className="muted">j/k to move · Enter to open · d to dispatch · ? for all keys</span>}>
          <QueryStatus isLoading={board.isLoading} error={board.error} onRetry={board.refetch} what="the board" />
          {board.data && <IncidentQueue queue={queue} selectedId={selected} now={now} onSelect={setSelectedId} onOpen={open} />}
        </Panel>
        <div className="board-side">
          <Panel title="Map">
            <Suspense fallback={<p className="loading">Loading the map…</p>}>
              <IncidentMap incidents={mapIncidents} units={mapUnits} selectedId={selected} onSelect={setSelectedId} />
            </Suspense>
          </Panel>
          <Panel title="Units">
            <QueryStatus isLoading={units.isLoading} error={units.error} onRetry={units.refetch} what="units" />
            {units.data && <UnitList units={units.data.items} />}
          </Panel>
        </div>
      </div>
      <DispatchDialog incident={dispatchIncident} onClose={() => setDispatching(undefined)} onDone={setAnnouncement} />
    </>
  );
}
