export { compile } from './compile/compile';
export { start } from './engine/start';
export { step } from './engine/step';
export { inspect, itemStatus, remainingDays, summarize } from './engine/inspect';
export type { InstanceView, ItemSummary, OpenTaskView, StepClockView } from './engine/inspect';
export { cardAt, cardTimes, itemCardAt, stepCardAt } from './cards/card';
export type { Card, CardClock, CardTimes, ItemCards, StepCardTimes } from './cards/card';
export { cardOfLapse, LAPSE_CARDS, lapseKindsOf } from './cards/lapse-card';
export type { IssuedCard } from './cards/lapse-card';
export { boardWarning, deadlineWarning, warningOf } from './cards/warning';
export type { BoardItem, StepWarning } from './cards/warning';
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
export {
  candidateUsersOf,
  inboxCandidates,
  inboxEntry,
  isDepartmentQueue,
  mayTake,
  takenAs,
} from './policy/task-eligibility';
export { holdsClaim, tasksOfOfficer } from './runtime/claims';
export { reassignedAddress, reassignmentTarget } from './policy/reassignment';
export type { BackupPost } from './policy/reassignment';
export type { ActingPerson, Person, TaskCandidates } from './policy/task-eligibility';
export { ledgerResponsibility } from './accountability/responsibility';
export type { LedgerKind, LedgerLapse, Responsibility, StaffFacts } from './accountability/responsibility';
export { ledgerEntryOverdue } from './accountability/ledger-overdue';
export { LEDGER_ANSWER_DAYS, ledgerDueDate } from './accountability/ledger-due';
export type { LedgerDue } from './accountability/ledger-overdue';
export { finishedStanding } from './accountability/standing';
export type { FinishedSpan, Standing } from './accountability/standing';
export { decisionIsMade } from './records/certificate-issue';
export { DECIDED_STATUSES, FINAL_STATUSES, isDecided, isFinal, OPEN_STATUSES } from './status/item-status';
export { decisionStanding } from './policy/chief-representative';
export type { DecidedTask, DecidingPerson } from './policy/chief-representative';
export * from './notifications';
export * from './tenancy';
export {
  asksForCoverage,
  certificateOf,
  nodeNames,
  planCommand,
  projectionOf,
  recalculationIntent,
  recalculationMove,
  requestHash,
} from './plan/plan-command';
export type { CommandIntent, CommandPlan, InstanceFacts, Move, PlanFacts } from './plan/plan-command';
export type * from './plan/command-write';
