import type { TimelineEntry } from './Timeline';

const FINISHING = new Set([
  'submit',
  'accept',
  'approve',
  'tacit-approve',
  'certificate',
  'notify',
  'complete',
  'reject',
  'withdraw',
]);

/** Steps the item has passed, from its timeline; the current ones are not "done" even if visited before. */
export function completedNodeIds(timeline: TimelineEntry[], active: string[]): string[] {
  const done = new Set<string>();
  for (const entry of timeline) if (entry.nodeId && FINISHING.has(entry.action)) done.add(entry.nodeId);
  for (const id of active) done.delete(id);
  return [...done];
}

export function nodeNameMap(nodes: { id: string; name?: string }[] | undefined): Map<string, string> {
  return new Map((nodes ?? []).map((node) => [node.id, node.name ?? node.id]));
}

/** Steps the department let lapse and that were deemed approved (超期默许). */
export function tacitNodeIds(timeline: TimelineEntry[]): string[] {
  return [
    ...new Set(
      timeline.filter((entry) => entry.action === 'tacit-approve' && entry.nodeId).map((entry) => entry.nodeId!),
    ),
  ];
}
