import { useMemo } from 'react';
import type { FlowDefinition } from '@tongban/flow-model';
import { t } from '../i18n/t';
import { CardContext } from '../designer/nodes/CardContext';
import { STATUS_ICONS } from '../designer/nodes/nodeIcons';
import type { NodeRunStatus } from '../designer/types';
import { ReadOnlyFlowCanvas } from './ReadOnlyFlowCanvas';

export interface FlowProgressCanvasProps {
  definition: FlowDefinition;
  activeNodeIds: string[];
  completedNodeIds?: string[];
  /** Nodes completed by tacit approval (超期默许). */
  tacitNodeIds?: string[];
  /** Department code → name for the cards (e.g. from GET /api/departments); codes are shown otherwise. */
  departmentNames?: Record<string, string>;
  className?: string;
  /** At 100 % with text of at least 12 px (the public view), instead of fitted to the box. */
  readable?: boolean;
}

const LEGEND: NodeRunStatus[] = ['done', 'active', 'tacit', 'pending'];

/**
 * An application's progress on its flow: 当前 / 已通过 / 已默许 / 未到达, each with icon and word. With no
 * ids at all (a procedure guide) the cards carry no status. Departments show by name; the designer's hints
 * (placeholders such as the assignees the public copy leaves out, validation problems) never show.
 * It fills its container: give that a height.
 */
export function FlowProgressCanvas({
  definition,
  activeNodeIds,
  completedNodeIds = [],
  tacitNodeIds = [],
  departmentNames,
  className,
  readable,
}: FlowProgressCanvasProps) {
  const names = useMemo(
    () => ({
      departmentName: (code: string) => departmentNames?.[code] ?? code,
      userName: (username: string) => username,
      hideHints: true,
    }),
    [departmentNames],
  );
  // Keyed by content: callers often pass fresh arrays on every render.
  const key = JSON.stringify([activeNodeIds, completedNodeIds, tacitNodeIds]);
  const decorate = useMemo(() => {
    const [active, completed, tacit] = JSON.parse(key) as string[][];
    if (active.length + completed.length + tacit.length === 0) return undefined;
    const statuses = new Map<string, NodeRunStatus>();
    for (const id of completed) statuses.set(id, 'done');
    for (const id of tacit) statuses.set(id, 'tacit');
    for (const id of active) statuses.set(id, 'active');
    return (nodeId: string) => ({ status: statuses.get(nodeId) ?? 'pending' });
  }, [key]);
  return (
    <figure className={className ?? 'flow-progress'}>
      <CardContext.Provider value={names}>
        <ReadOnlyFlowCanvas
          definition={definition}
          decorate={decorate}
          ariaLabel={t('designer.progress.canvas')}
          readable={readable}
        />
      </CardContext.Provider>
      {decorate && (
        <figcaption className="flow-progress__legend" aria-label={t('designer.progress.legend')}>
          {LEGEND.map((status) => (
            <span key={status} className={`flow-badge flow-badge--${status}`}>
              {`${STATUS_ICONS[status]} ${t(`designer.status.${status}`)}`}
            </span>
          ))}
        </figcaption>
      )}
    </figure>
  );
}

export default FlowProgressCanvas;
