import type { FlowDefinition, FlowNode } from '@tongban/flow-model';
import { t } from '../i18n/t';
import { isCitizenStep } from './citizenFlow';
import { tf } from './format';

/** Columns of the applicant's steps (internal nodes left out) in flow order (by x position, else by distance from the start). */
export function stageColumns(definition: FlowDefinition): FlowNode[][] {
  const depth = new Map<string, number>();
  const start = definition.nodes.find((node) => node.type === 'start');
  const queue = start ? [start.id] : [];
  if (start) depth.set(start.id, 0);
  while (queue.length) {
    const id = queue.shift()!;
    for (const edge of definition.edges.filter((candidate) => candidate.source === id)) {
      if (!depth.has(edge.target)) {
        depth.set(edge.target, depth.get(id)! + 1);
        queue.push(edge.target);
      }
    }
  }
  const layout = (definition as { layout?: Record<string, { x: number; y: number }> }).layout ?? {};
  const columnOf = (node: FlowNode) => layout[node.id]?.x ?? (depth.get(node.id) ?? 99) * 1000;
  const columns = new Map<number, FlowNode[]>();
  for (const node of definition.nodes) {
    if (!isCitizenStep(node)) continue;
    const key = columnOf(node);
    columns.set(key, [...(columns.get(key) ?? []), node]);
  }
  return [...columns.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, nodes]) => nodes.sort((a, b) => (layout[a.id]?.y ?? 0) - (layout[b.id]?.y ?? 0)));
}

function limitOf(node: FlowNode): number | null {
  const limit = (node as { timeLimit?: { days?: number } }).timeLimit;
  return typeof limit?.days === 'number' ? limit.days : null;
}

/** The text rendering of the procedure: every step, its limit and its state, readable without the canvas. */
export function FlowStageColumns({
  definition,
  activeNodeIds,
  completedNodeIds = [],
}: {
  definition: FlowDefinition;
  activeNodeIds: string[];
  completedNodeIds?: string[];
}) {
  const state = (id: string) =>
    activeNodeIds.includes(id) ? 'active' : completedNodeIds.includes(id) ? 'done' : 'todo';
  return (
    <ol className="ui-stages" aria-label={t('ui.flow.steps')}>
      {stageColumns(definition).map((column, index) => (
        <li key={index} className="ui-stages__column">
          <ul>
            {column.map((node) => {
              const limit = limitOf(node);
              const nodeState = state(node.id);
              return (
                <li
                  key={node.id}
                  className={`ui-stage ui-stage--${nodeState}`}
                  aria-current={nodeState === 'active' ? 'step' : undefined}
                >
                  <span className="ui-stage__state">
                    <span aria-hidden="true">{nodeState === 'active' ? '▶' : nodeState === 'done' ? '✔' : '○'}</span>
                    {t(`ui.flow.${nodeState}`)}
                  </span>
                  <span className="ui-stage__name">{node.name ?? node.id}</span>
                  {limit !== null ? (
                    <span className="ui-stage__limit">{tf('ui.flow.limit', { days: limit })}</span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ol>
  );
}
