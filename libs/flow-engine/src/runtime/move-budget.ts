import { EngineError } from '../errors';
import type { FlowIndex } from '../compile/flow-index';
import type { Ctx } from './runtime';

/**
 * The moves one step may make through pass-through nodes. A step that ends enters each node at most once
 * (an item leaves a review or an acceptance only on a command or a timer), so twice the node count is
 * ample; more means the step would never end.
 */
export const moveBudget = (flow: FlowIndex): number => 2 * flow.nodes.size + 2;

/** Counts one move of the current step; refuses the step (409, nothing written) once the budget is spent. */
export function countMove(c: Ctx): void {
  c.$.moves += 1;
  if (c.$.moves > moveBudget(c.$.flow)) {
    throw new EngineError('STEP_DOES_NOT_TERMINATE', '流程在一步之内无法停下（自动节点构成无限循环），本次操作已拒绝');
  }
}
