import { EngineError, ensure } from '../errors';
import { PAUSE_KINDS, SPECIAL_PROCEDURES, type EngineEvent, type EngineEventType, type MaterialRef } from '../types';

const EVENT_TYPES: readonly EngineEventType[] = [
  'accept',
  'notify-missing',
  'supplement',
  'reject',
  'withdraw',
  'pause',
  'resume',
  'extend',
  'decide',
  'claim',
  'unclaim',
  'timer',
  'recalculate',
];

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** Material codes from strings or `{ code }` objects. */
export function materialCodes(refs: readonly MaterialRef[]): string[] {
  return refs.map((r) => (typeof r === 'string' ? r : r.code));
}

function assertMaterials(list: unknown, what: string): void {
  ensure(Array.isArray(list) && list.length > 0, 'MATERIALS_REQUIRED', `${what} must list at least one material`);
  const ok = list.every(
    (r) => isText(r) || (typeof r === 'object' && r !== null && isText((r as { code?: unknown }).code)),
  );
  ensure(ok, 'INVALID_ARGUMENT', `${what} must be material codes`);
}

/**
 * Checks a command's arguments (400s) before anything looks at the state. Returns the event with
 * material lists as plain codes.
 */
export function checkEventShape(raw: unknown): EngineEvent {
  ensure(typeof raw === 'object' && raw !== null, 'UNKNOWN_EVENT', 'An event must be an object');
  const e = raw as EngineEvent;
  if (!EVENT_TYPES.includes(e.type)) throw new EngineError('UNKNOWN_EVENT', `Unknown event type ${String(e.type)}`);
  if (e.type === 'timer') {
    ensure(isText(e.timerId), 'INVALID_ARGUMENT', 'A timer event carries its timerId');
    return e;
  }
  if (e.type === 'recalculate') {
    ensure(
      Number.isInteger(e.revision) && e.revision >= 0,
      'INVALID_ARGUMENT',
      'A recalculation names its calendar revision',
    );
    return e;
  }
  ensure(isText(e.actor), 'ACTOR_REQUIRED', 'A command names its actor');
  switch (e.type) {
    case 'notify-missing':
      assertMaterials(e.missing, 'A one-time notice');
      return { ...e, missing: materialCodes(e.missing) };
    case 'supplement':
      assertMaterials(e.materials, 'A supplement');
      return { ...e, materials: materialCodes(e.materials) };
    case 'reject':
      ensure(isText(e.reason), 'REASON_REQUIRED', 'Refusing an application requires a reason');
      return e;
    case 'pause':
      ensure(isText(e.reason), 'REASON_REQUIRED', 'Stopping the clock requires a reason');
      ensure(e.kind === undefined || PAUSE_KINDS.includes(e.kind), 'INVALID_ARGUMENT', `Unknown pause kind ${e.kind}`);
      ensure(
        e.expectedDays !== undefined || !SPECIAL_PROCEDURES.includes(e.kind ?? 'other'),
        'EXPECTED_DAYS_REQUIRED',
        '听证、招标拍卖、检验检测、鉴定和专家评审须告知申请人所需时间（expectedDays）',
      );
      ensure(
        e.expectedDays === undefined || (Number.isInteger(e.expectedDays) && e.expectedDays >= 1),
        'INVALID_DAYS',
        '预计时长应为不少于 1 的整数个工作日',
      );
      return e;
    case 'extend':
      ensure(
        Number.isInteger(e.days) && e.days >= 1,
        'INVALID_DAYS',
        'An extension is a whole number of working days ≥ 1',
      );
      ensure(isText(e.reason), 'REASON_REQUIRED', 'An extension requires a reason');
      ensure(isText(e.approver), 'APPROVER_REQUIRED', 'An extension requires its approver');
      return e;
    case 'decide':
      ensure(isText(e.taskId), 'INVALID_ARGUMENT', 'A decision names its task');
      ensure(
        ['approve', 'reject', 'return'].includes(e.decision),
        'INVALID_DECISION',
        'decision is approve, reject or return',
      );
      ensure(e.comment === undefined || typeof e.comment === 'string', 'INVALID_ARGUMENT', 'comment must be text');
      // §38: a decision not to grant is given in writing with its reasons.
      ensure(e.decision !== 'reject' || isText(e.comment), 'REASON_REQUIRED', '不予许可必须说明理由');
      ensure(e.inNameOf === undefined || isText(e.inNameOf), 'INVALID_ARGUMENT', '以部门名义决定时须写明部门代码');
      return e;
    case 'claim':
    case 'unclaim':
      ensure(isText(e.taskId), 'INVALID_ARGUMENT', '认领或退回认领须指明任务');
      return e;
    default:
      return e;
  }
}
