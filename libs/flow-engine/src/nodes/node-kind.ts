import type { FlowNode } from '@tongban/flow-model';
import type { FlowIndex } from '../compile/flow-index';
import type { ScopeId } from '../compile/placement';
import type { EngineEvent, EngineEventType, InstanceState } from '../types';

/** An XState state node config, built from plain data and the engine's actions. */
export type StateConfig = Record<string, unknown>;

/** What a node type's compiler may ask of the machine being built. */
export interface Builder {
  flow: FlowIndex;
  /** The XState target for an edge `from` → `to` (a branch's final state when `to` is its block's join). */
  target(from: string, to: string): string;
  /** The states placed in a scope: the root, or one branch region of a parallel block. */
  states(scope: ScopeId): Record<string, StateConfig>;
}

/**
 * One node type: how it compiles to a state, and which commands it takes while active. A command that
 * passes `check` is one the compiled state handles; `check` throws EngineError otherwise.
 */
export interface NodeKind<N extends FlowNode = FlowNode> {
  state(node: N, b: Builder): StateConfig;
  commands?: readonly EngineEventType[];
  check?(node: N, event: EngineEvent, state: InstanceState, flow: FlowIndex): void;
}

/** The state id of a node: `#<key>`. */
export const ref = (b: Builder, nodeId: string): string => `#${b.flow.keys.get(nodeId)}`;
