export { compile } from './compile/compile';
export { start } from './engine/start';
export { step } from './engine/step';
export { inspect, itemStatus, remainingDays, summarize } from './engine/inspect';
export type {
  InstanceView,
  ItemCards,
  ItemSummary,
  OpenTaskView,
  StepCardTimes,
  StepClockView,
} from './engine/inspect';
export { cardAt, cardTimes } from './cards/card';
export type { Card, CardClock, CardTimes } from './cards/card';
export { approverRefusal, extensionCap, extensionDepartments, JOINT_EXTENSION_DAYS } from './policy/extension';
export type { ApproverRefusal, DirectoryEntry } from './policy/extension';
export { simulate } from './engine/simulate';
export type { ScriptStep, SimulationOptions, SimulationResult, TraceEntry } from './engine/simulate';
export { EngineError, ENGINE_ERROR_STATUS } from './errors';
export type { EngineErrorCode } from './errors';
export * from './effects';
export * from './types';
export { centerPolicy, DEFAULT_CENTER_POLICY, policyOf } from './policy/center-policy';
export type { CenterPolicy } from './policy/center-policy';
