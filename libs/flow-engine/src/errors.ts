/** Stable error codes; the shell maps `status` to HTTP and passes `code` on to clients. */
export const ENGINE_ERROR_STATUS = {
  COMMAND_NOT_ALLOWED: 409,
  TASK_NOT_OPEN: 409,
  MISSING_MATERIALS_ALREADY_NOTIFIED: 409,
  MATERIALS_INCOMPLETE: 409,
  RETURN_NOT_ALLOWED: 409,
  ITEM_PAUSED: 409,
  ALREADY_PAUSED: 409,
  NOT_PAUSED: 409,
  CLOCK_NOT_STARTED: 409,
  ALREADY_EXTENDED: 409,
  DEADLINE_PASSED: 409,
  NO_MATCHING_CONDITION: 409,
  STEP_DOES_NOT_TERMINATE: 409,
  CONDITION_BUDGET_EXCEEDED: 409,
  TASK_CLAIMED: 409,
  TASK_NOT_CLAIMED: 409,
  NOTHING_TO_REASSIGN: 409,
  REASON_REQUIRED: 400,
  UNKNOWN_MATERIAL: 400,
  MATERIALS_REQUIRED: 400,
  INVALID_DECISION: 400,
  INVALID_DAYS: 400,
  APPROVER_REQUIRED: 400,
  EXPECTED_DAYS_REQUIRED: 400,
  ACTOR_REQUIRED: 400,
  UNKNOWN_EVENT: 400,
  INVALID_ARGUMENT: 400,
  INVALID_DEFINITION: 400,
  NOTICE_INCOMPLETE: 422,
} as const;

export type EngineErrorCode = keyof typeof ENGINE_ERROR_STATUS;

/**
 * A command the engine refuses. `status` 409: the current state does not allow it; 400: the command's
 * arguments are wrong; 422: a notice that leaves out materials the item owes (`details` names them). The caller keeps its old snapshot: a refused command changes nothing.
 */
export class EngineError extends Error {
  readonly code: EngineErrorCode;
  readonly status: 400 | 409 | 422;
  readonly details?: unknown;

  constructor(code: EngineErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'EngineError';
    this.code = code;
    this.status = ENGINE_ERROR_STATUS[code];
    this.details = details;
  }
}

/** Throws an EngineError unless `ok` holds. */
export function ensure(ok: unknown, code: EngineErrorCode, message: string): asserts ok {
  if (!ok) throw new EngineError(code, message);
}
