import { evaluate, parseExpression } from '@bpmn-io/feelin';
import { foreignReferences, type FunctionKind, type SyntaxNode } from './condition-references';

/** Why a `when` expression is refused. */
export type ConditionProblem = 'empty' | 'syntax' | 'foreign-variable' | 'unknown-function' | 'reads-clock';

export type ConditionCheck = { ok: true } | { ok: false; problem: ConditionProblem; message: string };

/**
 * Checks a `when` expression without evaluating it: it must be FEEL that parses, and read nothing but
 * `data` (plus FEEL's built-in functions and names it binds itself). `today()` and `now()` are refused:
 * a decision must not depend on when it is replayed.
 */
export function parseCondition(expr: string): ConditionCheck {
  if (typeof expr !== 'string' || expr.trim() === '') {
    return { ok: false, problem: 'empty', message: '条件表达式为空' };
  }
  let top: SyntaxNode;
  try {
    top = parseExpression(expr, { data: {} }, undefined).topNode;
  } catch {
    return { ok: false, problem: 'syntax', message: '条件表达式无法解析' };
  }
  const broken = firstError(top);
  if (broken !== undefined) {
    return { ok: false, problem: 'syntax', message: `条件表达式语法错误（第 ${broken + 1} 个字符附近）` };
  }
  const [foreign] = foreignReferences(top, expr, functionKind);
  if (foreign?.kind === 'unknown-function') {
    return { ok: false, problem: 'unknown-function', message: `条件表达式调用了未知函数「${foreign.name}」` };
  }
  if (foreign?.kind === 'clock-function') {
    return {
      ok: false,
      problem: 'reads-clock',
      message: `条件表达式不能读取当前时间（${foreign.name}()），请把日期放进表单数据再比较`,
    };
  }
  if (foreign) {
    return {
      ok: false,
      problem: 'foreign-variable',
      message: `条件表达式只能读取 data 中的字段，不能读取「${foreign.name}」（应写作 data.${foreign.name}？）`,
    };
  }
  return { ok: true };
}

/**
 * Evaluates a `when` expression over the application form: FEEL, interpreted by feelin (never `eval`).
 * Anything but the boolean `true` (null, a number, a syntax error, an expression `parseCondition`
 * refuses) counts as false.
 */
export function evaluateCondition(expr: string, data: Record<string, unknown>): boolean {
  if (!parseCondition(expr).ok) return false;
  try {
    return evaluate(expr, { data }).value === true;
  } catch {
    return false;
  }
}

function firstError(top: SyntaxNode): number | undefined {
  let at: number | undefined;
  top.cursor().iterate((n) => {
    if (at !== undefined) return false;
    if (n.type.isError) at = n.from;
    return undefined;
  });
  return at;
}

const CLOCK_FUNCTIONS = new Set(['today', 'now']);
const builtinCache = new Map<string, boolean>();

function functionKind(name: string): FunctionKind {
  if (CLOCK_FUNCTIONS.has(name)) return 'clock';
  let builtin = builtinCache.get(name);
  if (builtin === undefined) {
    // feelin resolves a bare built-in name to the function itself; anything else is null.
    try {
      builtin = typeof evaluate(name, {}).value === 'function';
    } catch {
      builtin = false;
    }
    builtinCache.set(name, builtin);
  }
  return builtin ? 'builtin' : 'unknown';
}
