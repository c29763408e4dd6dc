import { evaluate, parseExpression } from '@bpmn-io/feelin';
import { CONDITION_BUDGET, conditionCost, longestCollection, staticBudgetProblem } from './condition-budget';
import { foreignReferences, type FunctionKind, type SyntaxNode } from './condition-references';

/** Why a `when` expression is refused. */
export type ConditionProblem =
  'empty' | 'syntax' | 'foreign-variable' | 'unknown-function' | 'reads-clock' | 'too-costly';

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
  const tooLong = staticBudgetProblem(null, expr);
  if (tooLong !== null) return { ok: false, problem: 'too-costly', message: tooLong };
  const top = parsed(expr);
  if (top === null) return { ok: false, problem: 'syntax', message: '条件表达式无法解析' };
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
  const tooCostly = staticBudgetProblem(top, expr);
  if (tooCostly !== null) return { ok: false, problem: 'too-costly', message: tooCostly };
  return { ok: true };
}

/**
 * Whether evaluating `expr` over this `data` stays within the condition budget (`CONDITION_BUDGET`): the
 * cost is counted on the parse tree with the longest list in `data`, never timed. A reason in Chinese
 * when it does not; null when it does (or when the expression is refused anyway, see parseCondition).
 */
export function conditionBudgetProblem(expr: string, data: unknown): string | null {
  const top = typeof expr === 'string' && expr.length <= CONDITION_BUDGET.length ? parsed(expr) : null;
  if (top === null) return null;
  const cost = conditionCost(top, expr, longestCollection(data));
  if (cost <= CONDITION_BUDGET.steps) return null;
  return cost === Infinity
    ? '条件表达式的计算量无法确定上限'
    : `条件表达式按表单数据计算约需 ${cost} 步，超过上限 ${CONDITION_BUDGET.steps}（表单中的列表过长）`;
}

// Parse trees are immutable: one per expression serves every check and evaluation.
const trees = new Map<string, SyntaxNode | null>();
const TREE_CACHE_SIZE = 1_000;

function parsed(expr: string): SyntaxNode | null {
  let top = trees.get(expr);
  if (top !== undefined) return top;
  try {
    top = parseExpression(expr, { data: {} }, undefined).topNode;
  } catch {
    top = null;
  }
  trees.set(expr, top);
  if (trees.size > TREE_CACHE_SIZE) trees.delete(trees.keys().next().value!);
  return top;
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
