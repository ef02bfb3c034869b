import type { BoardIncident } from '@bluelamp/contracts/incidents/board';

/** The queue's order: grade (the force's order, Immediate first), then the least time left, then reference. */
export function sortQueue(incidents: readonly BoardIncident[]): BoardIncident[] {
  return [...incidents].sort((a, b) => a.gradeSortOrder - b.gradeSortOrder || Date.parse(a.targetAt) - Date.parse(b.targetAt) || a.reference.localeCompare(b.reference));
}

/** The row to select after the queue changed: the same incident if still there, else the row at the same place. */
export function keepSelection(queue: readonly BoardIncident[], selectedId: string | undefined, previousIndex: number): string | undefined {
  if (queue.length === 0) return undefined;
  if (selectedId && queue.some((i) => i.id === selectedId)) return selectedId;
  return queue[Math.min(Math.max(previousIndex, 0), queue.length - 1)]!.id;
}

/** One step up or down the queue (j/k, arrows), stopping at the ends. */
export function moveSelection(queue: readonly BoardIncident[], selectedId: string | undefined, step: 1 | -1): string | undefined {
  if (queue.length === 0) return undefined;
  const index = queue.findIndex((i) => i.id === selectedId);
  if (index === -1) return queue[step === 1 ? 0 : queue.length - 1]!.id;
  return queue[Math.min(Math.max(index + step, 0), queue.length - 1)]!.id;
}
