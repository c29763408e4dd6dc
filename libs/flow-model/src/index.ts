export * from './flow-definition.schema';
export { FlowErrorCode, type FlowError, type FlowValidationResult } from './flow-error';
export { validateFlow, type ValidateOptions } from './validation/validate-flow';
export {
  roleMembers,
  countersignMembers,
  needsDirectory,
  directoryFacts,
  type FlowDirectory,
  type DirectoryUser,
} from './directory';
export { votesNeeded, voteResult, type Tally } from './vote';
export { flowChecksum } from './checksum';
export { nodeById, outgoingEdges, incomingEdges, isReturnEdge, type GraphLike, type NodeLike } from './graph';
export { findMatchingJoin, parallelBlocks, type ParallelBlock, type ParallelBranch } from './parallel-blocks';
export { edgeOutcome, OUTCOMES_BY_NODE_TYPE } from './edge-outcomes';
export {
  parseCondition,
  evaluateCondition,
  conditionBudgetProblem,
  type ConditionCheck,
  type ConditionProblem,
} from './condition';
export { CONDITION_BUDGET } from './condition-budget';
export { acceptanceMaterials, missingRequired, requiredMaterialCodes, unlistedMaterialCodes } from './materials';
export { stronglyConnected } from './strongly-connected';
