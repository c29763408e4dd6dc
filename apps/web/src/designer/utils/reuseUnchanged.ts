import type { DiagramEdge, DiagramNode } from '../types';

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => Object.is(item, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return false;
}

function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => sameValue(a[key], b[key]));
}

const sameNode = (a: DiagramNode, b: DiagramNode) =>
  a.type === b.type &&
  a.selected === b.selected &&
  a.position.x === b.position.x &&
  a.position.y === b.position.y &&
  a.measured?.width === b.measured?.width &&
  a.measured?.height === b.measured?.height &&
  sameData(a.data, b.data);

const sameEdge = (a: DiagramEdge, b: DiagramEdge) =>
  a.source === b.source && a.target === b.target && a.selected === b.selected && sameData(a.data ?? {}, b.data ?? {});

/**
 * The next diagram with every element that did not change replaced by its previous object, so React
 * Flow (which compares node objects) re-renders only what changed: dragging one of 300 nodes redraws one.
 */
function reuse<T extends { id: string }>(previous: readonly T[], next: T[], same: (a: T, b: T) => boolean): T[] {
  if (previous.length === 0) return next;
  const byId = new Map(previous.map((item) => [item.id, item]));
  let reused = 0;
  const result = next.map((item) => {
    const old = byId.get(item.id);
    if (old && same(old, item)) {
      reused++;
      return old;
    }
    return item;
  });
  return reused === next.length && next.length === previous.length ? (previous as T[]) : result;
}

export const reuseUnchangedNodes = (previous: readonly DiagramNode[], next: DiagramNode[]) =>
  reuse(previous, next, sameNode);
export const reuseUnchangedEdges = (previous: readonly DiagramEdge[], next: DiagramEdge[]) =>
  reuse(previous, next, sameEdge);
