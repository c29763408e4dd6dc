import type { FlowIndex } from '../compile/flow-index';
import type { EngineSnapshot, InstanceState, StateValue } from '../types';

/**
 * The flow nodes an item is at: the leaf states of the machine. A finished branch waiting for the others
 * shows as its block's join.
 */
export function activeNodes(flow: FlowIndex, value: StateValue): string[] {
  const out = new Set<string>();
  const walk = (v: StateValue, parallelKey: string | null) => {
    if (typeof v === 'string') {
      if (v === '$done' && parallelKey !== null) {
        const join = flow.blocks.get(flow.ids.get(parallelKey)!)?.joinId;
        if (join) out.add(join);
      } else if (!v.startsWith('$')) {
        out.add(flow.ids.get(v) ?? v);
      }
      return;
    }
    for (const [key, sub] of Object.entries(v)) walk(sub, key.startsWith('$') ? parallelKey : key);
  };
  walk(value, null);
  return [...out];
}

/** The JSON that is stored: the machine's state value and context, without the call's runtime. */
export function toEngineSnapshot(next: { status: string; value: unknown; context: unknown }): EngineSnapshot {
  const { $: _runtime, ...context } = next.context as InstanceState & { $?: unknown };
  return { status: next.status === 'done' ? 'done' : 'active', value: next.value as StateValue, context };
}

/** Records the calendar revision a step was computed under, so views and replays use the same calendar. */
export function withCalendarRevision(snapshot: EngineSnapshot, revision: number | undefined): EngineSnapshot {
  if (revision === undefined || snapshot.context.calendarRevision === revision) return snapshot;
  return { ...snapshot, context: { ...snapshot.context, calendarRevision: revision } };
}
