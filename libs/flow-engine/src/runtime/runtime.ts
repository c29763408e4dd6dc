import { assign } from 'xstate';
import type { FlowDirectory } from '@tongban/flow-model';
import type { WorkCalendar } from '@tongban/work-calendar';
import type { Effect } from '../effects';
import type { FlowIndex } from '../compile/flow-index';
import type { EngineEvent, HistoryEntry, Instant, InstanceState } from '../types';

/**
 * What one `start` / `step` call lends the machine. It rides in the context under `$` for the length
 * of the call only (actions see the context whatever event XState hands them), and is stripped before
 * the snapshot is returned.
 */
export interface Runtime {
  now: Instant;
  newId: () => string;
  calendar: WorkCalendar;
  directory?: FlowDirectory;
  flow: FlowIndex;
  /** The flow nodes active when the call began. */
  active: string[];
  out: Effect[];
  /** Pass-through nodes entered so far in this call (see move-budget.ts). */
  moves: number;
  /** The history array this call made (see logged); the stored snapshot's own is never written to. */
  history?: HistoryEntry[];
}

export type Ctx = InstanceState & { $: Runtime };
export type Patch = Partial<InstanceState>;
/** Commands, timers, and XState's own internal events. */
export type AnyEvent = EngineEvent | { type: string; actor?: string; onBehalfOf?: string };

/** An XState `assign` running a context update written as a plain function. */
export function act(update: (c: Ctx, e: AnyEvent) => Patch | void) {
  return assign(
    ({ context, event }: { context: unknown; event: unknown }) => update(context as Ctx, event as AnyEvent) ?? {},
  );
}

/** An XState guard over the context and event. */
export function when(test: (c: Ctx, e: AnyEvent) => boolean) {
  return ({ context, event }: { context: unknown; event: unknown }) => test(context as Ctx, event as AnyEvent);
}

export function emit(c: Ctx, effect: Effect): void {
  c.$.out.push(effect);
}

/** A timeline entry for the event being handled; timers and flow steps are the `system`'s. */
export function entry(c: Ctx, e: AnyEvent, action: string, nodeId: string | null, note?: string): HistoryEntry {
  const actor = 'actor' in e && typeof e.actor === 'string' && e.actor !== '' ? e.actor : 'system';
  const h: HistoryEntry = { at: c.$.now, actor, action, nodeId };
  if ('onBehalfOf' in e && typeof e.onBehalfOf === 'string' && e.onBehalfOf !== '') h.onBehalfOf = e.onBehalfOf;
  if ('inNameOf' in e && typeof e.inNameOf === 'string' && e.inNameOf !== '') h.inNameOf = e.inNameOf;
  if (note !== undefined && note !== '') h.note = note;
  return h;
}

/**
 * The history with one more entry. The first entry of a call copies the stored history; later ones append
 * to that copy, which no stored snapshot shares (copying every time made a step that passes N nodes cost N²).
 * Each action logs on the context it was handed, once per entry.
 */
export function logged(c: Ctx, e: AnyEvent, action: string, nodeId: string | null, note?: string): HistoryEntry[] {
  const added = entry(c, e, action, nodeId, note);
  if (c.history === c.$.history) {
    c.history.push(added);
    return c.history;
  }
  c.$.history = [...c.history, added];
  return c.$.history;
}

export function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  if (!(key in record)) return record;
  const copy = { ...record };
  delete copy[key];
  return copy;
}
