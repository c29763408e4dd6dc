import type { parseExpression } from '@bpmn-io/feelin';

/** A node of feelin's parse tree (a @lezer/common SyntaxNode, typed through feelin to match its copy). */
export type SyntaxNode = ReturnType<typeof parseExpression>['topNode'];

/** How a condition may use a function: a FEEL built-in, one that reads the wall clock, or unknown. */
export type FunctionKind = 'builtin' | 'clock' | 'unknown';

/** A name the expression reads that is neither under `data` nor bound inside it, or a call it may not make. */
export interface ForeignReference {
  kind: 'variable' | 'unknown-function' | 'clock-function';
  name: string;
  from: number;
}

/**
 * Walks a FEEL parse tree and lists what the expression reads from outside `data`.
 * Names bound inside the expression (for/some/every variables, function parameters, context keys) are
 * local; inside a filter `list[...]` bare names are the item's own fields, so they are local too.
 */
export function foreignReferences(
  top: SyntaxNode,
  source: string,
  functionKind: (name: string) => FunctionKind,
): ForeignReference[] {
  const found: ForeignReference[] = [];
  const text = (n: SyntaxNode) => source.slice(n.from, n.to).trim();

  const visit = (node: SyntaxNode, scope: ReadonlySet<string>, inFilter: boolean): void => {
    switch (node.type.name) {
      case 'VariableName': {
        const name = text(node);
        if (name !== 'data' && !scope.has(name) && !inFilter) found.push({ kind: 'variable', name, from: node.from });
        return;
      }
      case 'PathExpression': {
        // Only the head is read from scope; the rest are property names.
        if (node.firstChild) visit(node.firstChild, scope, inFilter);
        return;
      }
      case 'FilterExpression': {
        const [list, ...rest] = children(node);
        if (list) visit(list, scope, inFilter);
        for (const c of rest) visit(c, scope, true);
        return;
      }
      case 'FunctionInvocation': {
        const [callee, ...args] = children(node);
        if (callee?.type.name === 'VariableName') {
          const name = text(callee);
          const kind = scope.has(name) ? 'builtin' : functionKind(name);
          if (kind !== 'builtin') found.push({ kind: `${kind}-function`, name, from: callee.from });
        } else if (callee) {
          visit(callee, scope, inFilter);
        }
        for (const c of args) visit(c, scope, inFilter);
        return;
      }
      case 'Type':
        return;
      case 'ForExpression':
      case 'QuantifiedExpression':
      case 'FunctionDefinition':
      case 'Context': {
        const inner = new Set([...scope, ...boundNames(node, text)]);
        for (const c of children(node)) visit(c, inner, inFilter);
        return;
      }
      default:
        for (const c of children(node)) visit(c, scope, inFilter);
    }
  };

  visit(top, new Set(), false);
  return found;
}

function boundNames(node: SyntaxNode, text: (n: SyntaxNode) => string): string[] {
  const names: string[] = [];
  const collect = (n: SyntaxNode, depth: number): void => {
    const t = n.type.name;
    if (t === 'Name' && depth > 0) {
      names.push(text(n));
      return;
    }
    // Only the binding positions of this very construct; nested constructs bind their own names.
    if (
      depth > 0 &&
      (t === 'ForExpression' || t === 'QuantifiedExpression' || t === 'FunctionDefinition' || t === 'Context')
    )
      return;
    if (t === 'IterationContext' || t === 'FunctionBody') return;
    for (const c of children(n)) {
      if (t === 'ContextEntry' && c.type.name !== 'Key') continue;
      collect(c, depth + 1);
    }
  };
  collect(node, 0);
  return names;
}

function children(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}
