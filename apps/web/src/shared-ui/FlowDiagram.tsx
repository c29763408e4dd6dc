import type { FlowDefinition } from '@tongban/flow-model';
import { FlowProgressCanvas } from '../flow-canvas';
import { t } from '../i18n/t';
import { FlowStageColumns } from './FlowStageColumns';

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
        <FlowProgressCanvas
          definition={props.definition}
          activeNodeIds={props.activeNodeIds}
          completedNodeIds={props.completedNodeIds}
          tacitNodeIds={props.tacitNodeIds}
          departmentNames={props.departmentNames}
        />
      </div>
      <details className="ui-flow__text">
        <summary>{t('ui.flow.asText')}</summary>
        <FlowStageColumns {...props} />
      </details>
    </div>
  );
}
