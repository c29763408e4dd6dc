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
  'reassign',
  'timer',
  'recalculate',
];

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** Material codes from strings or `{ code }` objects. */
export function materialCodes(refs: readonly MaterialRef[]): string[] {
  return refs.map((r) => (typeof r === 'string' ? r : r.code));
}

function assertMaterials(list: unknown, what: string): void {
  ensure(Array.isArray(list) && list.length > 0, 'MATERIALS_REQUIRED', `${what}至少要列出一项材料`);
  const ok = list.every(
    (r) => isText(r) || (typeof r === 'object' && r !== null && isText((r as { code?: unknown }).code)),
  );
  ensure(ok, 'INVALID_ARGUMENT', `${what}应列出材料编码`);
}

/**
 * Checks a command's arguments (400s) before anything looks at the state. Returns the event with
 * material lists as plain codes.
 */
export function checkEventShape(raw: unknown): EngineEvent {
  ensure(typeof raw === 'object' && raw !== null, 'UNKNOWN_EVENT', '命令应为对象');
  const e = raw as EngineEvent;
  if (!EVENT_TYPES.includes(e.type)) throw new EngineError('UNKNOWN_EVENT', `未知的命令类型：${String(e.type)}`);
  if (e.type === 'timer') {
    ensure(isText(e.timerId), 'INVALID_ARGUMENT', '计时器事件须带 timerId');
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
  ensure(isText(e.actor), 'ACTOR_REQUIRED', '命令须注明操作人（actor）');
  switch (e.type) {
    case 'notify-missing':
      assertMaterials(e.missing, '一次性告知');
      return { ...e, missing: materialCodes(e.missing) };
    case 'supplement':
      assertMaterials(e.materials, 'A supplement');
      return { ...e, materials: materialCodes(e.materials) };
    case 'reject':
      ensure(isText(e.reason), 'REASON_REQUIRED', '不予受理必须说明理由');
      return e;
    case 'pause':
      ensure(isText(e.reason), 'REASON_REQUIRED', '暂停计时必须说明理由');
      ensure(e.kind === undefined || PAUSE_KINDS.includes(e.kind), 'INVALID_ARGUMENT', `未知的暂停类型：${e.kind}`);
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
      ensure(Number.isInteger(e.days) && e.days >= 1, 'INVALID_DAYS', '延期天数应为不少于 1 的整数个工作日');
      ensure(isText(e.reason), 'REASON_REQUIRED', '延期必须说明理由');
      ensure(isText(e.approver), 'APPROVER_REQUIRED', '延期必须注明批准人');
      return e;
    case 'decide':
      ensure(isText(e.taskId), 'INVALID_ARGUMENT', '审查意见须指明任务（taskId）');
      ensure(
        ['approve', 'reject', 'return'].includes(e.decision),
        'INVALID_DECISION',
        '审查结论应为同意（approve）、不同意（reject）或退回（return）',
      );
      ensure(e.comment === undefined || typeof e.comment === 'string', 'INVALID_ARGUMENT', '意见（comment）应为文字');
      // §38: a decision not to grant is given in writing with its reasons.
      ensure(e.decision !== 'reject' || isText(e.comment), 'REASON_REQUIRED', '不予许可必须说明理由');
      ensure(e.inNameOf === undefined || isText(e.inNameOf), 'INVALID_ARGUMENT', '以部门名义决定时须写明部门代码');
      return e;
    case 'claim':
    case 'unclaim':
      ensure(isText(e.taskId), 'INVALID_ARGUMENT', '认领或退回认领须指明任务');
      return e;
    case 'reassign':
      ensure(isText(e.from), 'INVALID_ARGUMENT', '转办须指明原办理人（from）');
      ensure(e.to === null || isText(e.to), 'INVALID_ARGUMENT', '转办对象（to）应为用户名或 null（退回部门待办）');
      ensure(e.to !== e.from, 'INVALID_ARGUMENT', '不能转办给原办理人自己');
      ensure(
        e.department === undefined || e.department === null || isText(e.department),
        'INVALID_ARGUMENT',
        '转办的部门（department）应为部门代码或 null',
      );
      return e;
    default:
      return e;
  }
}
