import type { AssignmentStatus, MyStatusRequest } from '@bluelamp/contracts/incidents/dispatch';

export type MyStep = MyStatusRequest['status'];

/** The three steps an officer records from the phone, in order, with their buttons' words. */
export const MY_STEPS: readonly { status: MyStep; label: string; done: string }[] = [
  { status: 'en_route', label: 'En route', done: 'En route' },
  { status: 'on_scene', label: 'On scene', done: 'On scene' },
  { status: 'cleared', label: 'Cleared', done: 'Cleared' },
];

const ORDER: Record<AssignmentStatus, number> = { released: -1, assigned: 0, en_route: 1, on_scene: 2, cleared: 3 };

/** The one step the officer may take next (the server's order: assigned → en route → on scene → cleared); none once cleared or released. */
export function nextStep(status: AssignmentStatus): MyStep | undefined {
  if (status === 'assigned') return 'en_route';
  if (status === 'en_route') return 'on_scene';
  if (status === 'on_scene') return 'cleared';
  return undefined;
}

/** True when the assignment has reached `step` or gone past it (a retried step that had arrived). */
export function hasReached(status: AssignmentStatus, step: MyStep): boolean {
  return ORDER[status] >= ORDER[step];
}

/** The assignment's status in words for the officer. */
export const ASSIGNMENT_STATUS_LABELS: Record<AssignmentStatus, string> = {
  assigned: 'Assigned: not yet en route',
  en_route: 'En route',
  on_scene: 'On scene',
  cleared: 'Cleared',
  released: 'Released',
};
