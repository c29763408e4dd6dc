import type { SyntaxNode } from './condition-references';

/**
 * What evaluating one `when` may cost, in interpreter steps: a syntax node visited once counts 1, a loop
 * body counts once per element. Counted on the parse tree and the data, never timed, so a step stays a
 * pure function of its inputs and replays the same.
 */
export const CONDITION_BUDGET = {
  /** Characters of the expression. */
  length: 2_000,
  /** Syntax nodes of the expression. */
  nodes: 500,
  /** Elements of a literal range `a..b`. */
  range: 1_000,
  /** Estimated interpreter steps for the data at hand (see conditionCost). */
  steps: 20_000,
} as const;

/** Built-ins whose cost no count bounds: regular expressions may backtrack exponentially. */
const UNBOUNDED_FUNCTIONS = new Set(['matches', 'replace', 'split']);

/** Why an expression is over budget whatever the data: a reason for the designer, in Chinese. */
export function staticBudgetProblem(top: SyntaxNode | null, source: string): string | null {
  if (source.length > CONDITION_BUDGET.length)
    return `条件表达式过长（${source.length} 个字符，上限 ${CONDITION_BUDGET.length}）`;
  if (top === null) return null;
  let nodes = 0;
  top.cursor().iterate(() => {
    nodes++;
  });
  if (nodes > CONDITION_BUDGET.nodes)
    return `条件表达式过于复杂（${nodes} 个语法节点，上限 ${CONDITION_BUDGET.nodes}）`;
  const cost = conditionCost(top, source, 1);
  if (cost === Infinity) return unboundedReason(top, source);
  if (cost > CONDITION_BUDGET.steps)
    return `条件表达式的计算量过大（约 ${cost} 步，上限 ${CONDITION_BUDGET.steps}），请缩小区间或减少嵌套循环`;
  return null;
}

function unboundedReason(top: SyntaxNode, source: string): string {
  let reason = '条件表达式的计算量无法确定上限';
  top.cursor().iterate((n) => {
    const name = n.type.name;
    if (name === 'FunctionDefinition') reason = '条件表达式不能自定义函数（其计算量无法确定上限）';
    else if (name === 'FunctionInvocation' && UNBOUNDED_FUNCTIONS.has(calleeName(n.node, source) ?? ''))
      reason = `条件表达式不能调用 ${calleeName(n.node, source)}()（正则表达式的计算量无法确定上限）`;
    else if (
      (name === 'IterationContext' || name === 'Interval') &&
      isIterable(n.node) &&
      rangeSize(n.node, source) === Infinity
    )
      reason = `区间 ${source.slice(n.from, n.to)} 的上下限必须是不超过 ${CONDITION_BUDGET.range} 个元素的数字常量`;
    else return undefined;
    return false;
  });
  return reason;
}

/**
 * The interpreter steps an expression may take when no list it reads is longer than `longest`: an upper
 * bound, Infinity for what no count bounds (own functions, regular expressions, ranges that are not
 * literal or too long).
 */
export function conditionCost(top: SyntaxNode, source: string, longest: number): number {
  const cost = (node: SyntaxNode): number => {
    const kids = children(node);
    switch (node.type.name) {
      case 'FunctionDefinition':
        return Infinity;
      case 'ForExpression':
      case 'QuantifiedExpression': {
        const sources = kids.find((k) => k.type.name === 'InExpressions');
        const body = kids[kids.length - 1];
        const contexts = sources ? children(sources).map((k) => lastChild(k)) : [];
        const times = contexts.reduce((n, ctx) => n * iterationSize(ctx), 1);
        return 1 + times * (1 + cost(body) + sum(contexts.map(cost)));
      }
      case 'FilterExpression': {
        const [list, ...rest] = kids;
        const size = list.type.name === 'List' ? elements(list) : longest;
        return 1 + cost(list) + size * (1 + sum(rest.map(cost)));
      }
      case 'FunctionInvocation':
        if (UNBOUNDED_FUNCTIONS.has(calleeName(node, source) ?? '')) return Infinity;
        // A built-in walks its list argument once (sort a little more; counted as once, with the slack).
        return 1 + longest + sum(kids.map(cost));
      case 'IterationContext':
      case 'Interval':
        return isIterable(node) && rangeSize(node, source) === Infinity ? Infinity : 1 + sum(kids.map(cost));
      default:
        return 1 + sum(kids.map(cost));
    }
  };
  const iterationSize = (ctx: SyntaxNode): number => {
    const kids = children(ctx);
    if (kids.length === 2) return rangeSize(ctx, source);
    if (kids[0]?.type.name === 'Interval') return rangeSize(kids[0], source);
    if (kids[0]?.type.name === 'List') return elements(kids[0]);
    return longest;
  };
  // Lists the expression builds itself (a loop's `partial`, a range) may be walked as well.
  longest = Math.max(longest, literalCollections(top, source));
  return cost(top);
}

/** The most elements of a literal list or range in the expression. */
function literalCollections(top: SyntaxNode, source: string): number {
  let most = 1;
  top.cursor().iterate((n) => {
    const name = n.type.name;
    if (name === 'List') most = Math.max(most, elements(n.node));
    else if ((name === 'IterationContext' || name === 'Interval') && isIterable(n.node)) {
      const size = rangeSize(n.node, source);
      if (size !== Infinity) most = Math.max(most, size);
    }
  });
  return most;
}

/** A range that may be walked element by element; `x in [a..b]` only compares x with the bounds. */
function isIterable(range: SyntaxNode): boolean {
  const test = range.parent;
  return !(test?.type.name === 'SimplePositiveUnaryTest' && test.parent?.type.name.startsWith('PositiveUnaryTest'));
}

/** The elements of a range `a..b` or `[a..b]` with literal bounds; Infinity otherwise or past the budget. */
function rangeSize(ctx: SyntaxNode, source: string): number {
  const kids = children(ctx).filter((k) => !['[', ']', '(', ')'].includes(k.type.name));
  if (kids.length !== 2) return 0;
  const [a, b] = kids.map((k) => (k.type.name === 'NumericLiteral' ? Number(source.slice(k.from, k.to)) : NaN));
  const size = Math.abs(b - a) + 1;
  return Number.isFinite(size) && size <= CONDITION_BUDGET.range ? size : Infinity;
}

/**
 * The length of the longest list (or the most keys of an object) in `data`: what a loop over data may
 * run through. Linear in the size of the data.
 */
export function longestCollection(data: unknown): number {
  let longest = 1;
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    const items = Array.isArray(value) ? value : Object.values(value);
    longest = Math.max(longest, items.length);
    for (const item of items) if (item !== null && typeof item === 'object') stack.push(item);
  }
  return longest;
}

function calleeName(node: SyntaxNode, source: string): string | undefined {
  const callee = node.firstChild;
  return callee?.type.name === 'VariableName' ? source.slice(callee.from, callee.to).trim() : undefined;
}

function elements(list: SyntaxNode): number {
  return children(list).filter((k) => k.type.name !== '[' && k.type.name !== ']').length;
}

function lastChild(node: SyntaxNode): SyntaxNode {
  let last = node.firstChild!;
  for (let c = node.firstChild; c; c = c.nextSibling) last = c;
  return last;
}

function children(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);
