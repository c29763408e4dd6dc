import { EngineError } from '../errors';
import { edgeFor } from '../compile/flow-index';
import { act, type AnyEvent, type Ctx, type Patch } from '../runtime/runtime';
import { patched } from '../runtime/leave';
import { countMove } from '../runtime/move-budget';
import { passWorkOf, type PassWork } from './pass-work';
import type { Builder, StateConfig } from './node-kind';

/** The plain edge a pass-through node (start, join, notification, certificate) leaves by. */
export function onwards(b: Builder, nodeId: string): { target: string } {
  const edge = edgeFor(b.flow, nodeId, null);
  if (!edge) throw new EngineError('INVALID_DEFINITION', `节点 ${nodeId} 没有出口连线`);
  return { target: b.target(nodeId, edge.target) };
}

/**
 * The plain edge a notification or certificate leaves by, taken past the notifications and certificates
 * that follow it in a row: their work runs as the transition's actions, in the same order, so a row of N
 * such nodes is one XState microstep instead of N (each of which costs a pass over the active states).
 */
export function onwardsPastChain(b: Builder, nodeId: string): { target: string; actions?: unknown } {
  const first = onwardsEdge(b, nodeId);
  const { last, stop } = rowEnd(b, nodeId);
  const target = b.target(last, stop);
  if (last === nodeId) return { target };
  const works = new Map<string, PassWork>();
  return {
    target,
    actions: act((c) => {
      let s = c;
      for (let id = first; id !== stop; id = onwardsEdge(b, id)) {
        let work = works.get(id);
        if (!work) works.set(id, (work = passWorkOf(b.flow.nodes.get(id))!));
        countMove(s);
        s = patched(s, work(s));
      }
      return { history: s.history };
    }),
  };
}

// Per flow and node: the last node of the row that follows it and where the row stops. Memoised, so that
// compiling a row of N nodes takes N steps, not N².
const rows = new WeakMap<object, Map<string, { last: string; stop: string }>>();

function rowEnd(b: Builder, nodeId: string): { last: string; stop: string } {
  let memo = rows.get(b.flow);
  if (!memo) rows.set(b.flow, (memo = new Map()));
  const path = [nodeId];
  const onPath = new Set(path);
  let end: { last: string; stop: string } | undefined;
  while (!end) {
    const from = path[path.length - 1];
    const to = onwardsEdge(b, from);
    const known = memo.get(to);
    if (known && passWorkOf(b.flow.nodes.get(to))) end = known;
    else if (!passWorkOf(b.flow.nodes.get(to)) || onPath.has(to)) end = { last: from, stop: to };
    else {
      path.push(to);
      onPath.add(to);
    }
  }
  for (const id of path) if (!memo.has(id)) memo.set(id, end);
  return memo.get(nodeId)!;
}

function onwardsEdge(b: Builder, nodeId: string): string {
  const edge = edgeFor(b.flow, nodeId, null);
  if (!edge) throw new EngineError('INVALID_DEFINITION', `节点 ${nodeId} 没有出口连线`);
  return edge.target;
}

/**
 * The state of a node the item passes straight through: entering it counts one move against the step's
 * budget (a loop of such nodes would otherwise spin for ever) and runs `work`; it leaves at once by `leave`.
 */
export function passThrough(
  b: Builder,
  nodeId: string,
  leave: object | object[],
  work?: (c: Ctx, e: AnyEvent) => Patch | void,
): StateConfig {
  return {
    id: b.flow.keys.get(nodeId),
    entry: act((c, e) => (countMove(c), work?.(c, e))),
    always: leave,
  };
}
