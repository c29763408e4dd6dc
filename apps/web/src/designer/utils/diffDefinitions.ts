import type { FlowDefinition, FlowEdge, FlowNode } from '@tongban/flow-model';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface ElementChange<T> {
  id: string;
  before: T;
  after: T;
  fields: FieldChange[];
}

export interface ElementDiff<T> {
  added: T[];
  removed: T[];
  changed: ElementChange<T>[];
}

export interface FlowDiff {
  nodes: ElementDiff<FlowNode>;
  edges: ElementDiff<FlowEdge>;
  /** Name, description and the item's time limit. */
  header: FieldChange[];
}

/** JSON with sorted keys, so key order never counts as a change. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, field) =>
    field && typeof field === 'object' && !Array.isArray(field)
      ? Object.fromEntries(Object.entries(field).sort(([a], [b]) => a.localeCompare(b)))
      : field,
  );
}

function fieldChanges(before: object, after: object, ignore: readonly string[] = []): FieldChange[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => !ignore.includes(key));
  return keys
    .filter((key) => canonical(a[key]) !== canonical(b[key]))
    .map((field) => ({ field, before: a[field], after: b[field] }));
}

function diffById<T extends { id: string }>(before: T[], after: T[]): ElementDiff<T> {
  const old = new Map(before.map((item) => [item.id, item]));
  const now = new Map(after.map((item) => [item.id, item]));
  const changed: ElementChange<T>[] = [];
  for (const item of after) {
    const previous = old.get(item.id);
    const fields = previous ? fieldChanges(previous, item) : [];
    if (previous && fields.length) changed.push({ id: item.id, before: previous, after: item, fields });
  }
  return {
    added: after.filter((item) => !old.has(item.id)),
    removed: before.filter((item) => !now.has(item.id)),
    changed,
  };
}

/** What changed from `before` to `after`, matched by id. Positions (`layout`) are not a change. */
export function diffDefinitions(before: FlowDefinition, after: FlowDefinition): FlowDiff {
  return {
    nodes: diffById(before.nodes, after.nodes),
    edges: diffById(before.edges, after.edges),
    header: fieldChanges(before, after, ['nodes', 'edges', 'layout', 'key']),
  };
}

export function diffSize(diff: FlowDiff): number {
  const count = (d: ElementDiff<unknown>) => d.added.length + d.removed.length + d.changed.length;
  return count(diff.nodes) + count(diff.edges) + diff.header.length;
}
