import type { Route } from '../../../app/routes';
import { BoardPage } from './components/BoardPage';
import { IncidentPage } from './components/incident/IncidentPage';

/** Command and control: the control-room board and one incident. */
export const BOARD_ROUTES: Route[] = [
  { path: '/board', title: 'Control room', permission: 'incidents:read_all', render: () => <BoardPage /> },
  { path: '/incidents/:id', title: 'Incident', permission: 'incidents:read', render: (p) => <IncidentPage key={p.id} id={p.id!} /> },
];
