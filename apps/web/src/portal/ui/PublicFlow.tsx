import type { FlowDefinition } from '@tongban/flow-model';
import { Steps } from 'antd';
import { lazy, Suspense } from 'react';
import { t } from '../../i18n/t';
import { stageColumns } from '../../shared-ui/FlowStageColumns';
import { tf } from '../../shared-ui/format';
import { Loading } from './QueryStates';
import { usePhone } from './usePhone';

/** The drawing library is loaded only where it is shown: a phone never downloads it. */
const FlowDiagram = lazy(() => import('../../shared-ui/FlowDiagram').then((m) => ({ default: m.FlowDiagram })));

interface PublicFlowProps {
  definition: FlowDefinition;
  activeNodeIds: string[];
  completedNodeIds?: string[];
  tacitNodeIds?: string[];
  departmentNames?: Record<string, string>;
}

/** The steps an applicant sees, in flow order, without the start and end markers. */
function publicSteps(definition: FlowDefinition) {
  return stageColumns(definition)
    .flat()
    .filter((node) => node.type !== 'start' && node.type !== 'end');
}

/**
 * The procedure for applicants: the drawn flow on a wide screen, a vertical list of steps on a phone (a drawing
 * scaled to 390 px has unreadable text).
 */
export function PublicFlow(props: PublicFlowProps) {
  const phone = usePhone();
  if (!phone) {
    return (
      <Suspense fallback={<Loading />}>
        <FlowDiagram {...props} />
      </Suspense>
    );
  }
  const done = new Set(props.completedNodeIds ?? []);
  const tacit = new Set(props.tacitNodeIds ?? []);
  const items = publicSteps(props.definition).map((node) => {
    const department = (node as { department?: string | null }).department;
    const days = (node as { timeLimit?: { days?: number } }).timeLimit?.days;
    const facts = [
      department ? (props.departmentNames?.[department] ?? null) : null,
      typeof days === 'number' ? tf('ui.flow.limit', { days }) : null,
      tacit.has(node.id) ? t('portal.stages.onTimeout.tacit-approve') : null,
    ].filter(Boolean);
    const status = props.activeNodeIds.includes(node.id) ? 'process' : done.has(node.id) ? 'finish' : 'wait';
    return {
      key: node.id,
      title: node.name ?? t('portal.flow.step'),
      description: facts.join(' · ') || undefined,
      status: status as 'process' | 'finish' | 'wait',
    };
  });
  return <Steps orientation="vertical" size="small" items={items} className="portal-flow-steps" />;
}
