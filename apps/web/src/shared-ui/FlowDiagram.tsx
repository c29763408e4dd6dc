import { lazy, Suspense, useMemo } from 'react';
import type { FlowDefinition } from '@tongban/flow-model';
import { t } from '../i18n/t';
import { CitizenSteps } from './CitizenSteps';
import { citizenFlow, passedNodeIds } from './citizenFlow';
import { FlowStageColumns } from './FlowStageColumns';
import { usePhone } from './usePhone';

// The canvas (React Flow and the designer's cards) is its own chunk: a page showing a procedure does not
// download it on a phone, and its first screen never waits for it.
const FlowProgressCanvas = lazy(() => import('../flow-canvas/FlowProgressCanvas'));

export interface FlowProgressProps {
  definition: FlowDefinition;
  activeNodeIds: string[];
  completedNodeIds?: string[];
  tacitNodeIds?: string[];
  /** Department code → name (the procedure's `departmentNames`). */
  departmentNames?: Record<string, string>;
}

const NO_IDS: string[] = [];

const ROW_HEIGHT = 120;

/**
 * The procedure as an applicant reads it (internal nodes left out, departments by name, nodes the item passed
 * marked passed): on a desktop the read-only canvas at a readable size with the steps as text (collapsed) for
 * screen readers, keyboard users and print; on a phone a vertical list of steps.
 */
export function FlowDiagram({
  definition,
  activeNodeIds,
  completedNodeIds = NO_IDS,
  tacitNodeIds = NO_IDS,
  departmentNames,
}: FlowProgressProps) {
  const phone = usePhone();
  const shown = useMemo(() => citizenFlow(definition), [definition]);
  const passed = useMemo(
    () => passedNodeIds(definition, completedNodeIds, activeNodeIds),
    [definition, completedNodeIds, activeNodeIds],
  );
  const departmentName = (code: string) => departmentNames?.[code] ?? t('ui.flow.department');
  const stateOf = (id: string) =>
    activeNodeIds.includes(id)
      ? ('active' as const)
      : tacitNodeIds.includes(id)
        ? ('tacit' as const)
        : passed.includes(id)
          ? ('done' as const)
          : ('todo' as const);

  if (phone)
    return (
      <div className="ui-flow ui-flow--phone">
        <CitizenSteps flow={shown} stateOf={stateOf} departmentName={departmentName} />
      </div>
    );

  const rows = Math.max(1, ...Object.values(shown.layout ?? {}).map((p) => p.y / ROW_HEIGHT + 1));
  const names = Object.fromEntries(
    shown.nodes.flatMap((node) => {
      const code = (node as { department?: string }).department;
      return code ? [[code, departmentName(code)]] : [];
    }),
  );
  return (
    <div className="ui-flow">
      <div className="ui-flow__canvas" style={{ height: Math.min(520, rows * ROW_HEIGHT + 90) }}>
        <Suspense fallback={<div role="status" aria-busy="true" className="ui-flow__loading" />}>
          <FlowProgressCanvas
            definition={shown}
            activeNodeIds={activeNodeIds}
            completedNodeIds={passed}
            tacitNodeIds={tacitNodeIds}
            departmentNames={names}
            readable
          />
        </Suspense>
      </div>
      <details className="ui-flow__text">
        <summary>{t('ui.flow.asText')}</summary>
        <FlowStageColumns definition={shown} activeNodeIds={activeNodeIds} completedNodeIds={passed} />
      </details>
    </div>
  );
}
