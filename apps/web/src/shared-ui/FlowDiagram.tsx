import type { FlowDefinition } from '@tongban/flow-model';
import { lazy, Suspense } from 'react';
import { PageLoading } from '../app/PageLoading';
import { t } from '../i18n/t';
import { FlowStageColumns } from './FlowStageColumns';

// The canvas (@xyflow, the designer's node renderers, elkjs on demand) is its own chunk: a portal page that
// shows a procedure does not pay for the designer's toolkit before its text is on screen.
const FlowProgressCanvas = lazy(() =>
  import('../flow-canvas/FlowProgressCanvas').then((module) => ({ default: module.FlowProgressCanvas })),
);

export interface FlowProgressProps {
  definition: FlowDefinition;
  activeNodeIds: string[];
  completedNodeIds?: string[];
  tacitNodeIds?: string[];
  /** Department code → name (the procedure's `departmentNames`). */
  departmentNames?: Record<string, string>;
}

/**
 * The procedure on the shared read-only canvas with the current steps highlighted, and the same steps as
 * text (collapsed) for screen readers, keyboard users and print.
 */
export function FlowDiagram(props: FlowProgressProps) {
  return (
    <div className="ui-flow">
      <div className="ui-flow__canvas">
        <Suspense fallback={<PageLoading />}>
          <FlowProgressCanvas
            definition={props.definition}
            activeNodeIds={props.activeNodeIds}
            completedNodeIds={props.completedNodeIds}
            tacitNodeIds={props.tacitNodeIds}
            departmentNames={props.departmentNames}
          />
        </Suspense>
      </div>
      <details className="ui-flow__text">
        <summary>{t('ui.flow.asText')}</summary>
        <FlowStageColumns {...props} />
      </details>
    </div>
  );
}
