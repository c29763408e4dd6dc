import { Steps } from 'antd';
import type { FlowDefinition, FlowNode } from '@tongban/flow-model';
import { t } from '../i18n/t';
import { tf } from './format';

type StepState = 'done' | 'active' | 'tacit' | 'todo';

export interface CitizenStepsProps {
  /** The applicant's flow (citizenFlow): internal nodes already left out. */
  flow: FlowDefinition;
  stateOf: (id: string) => StepState;
  departmentName: (code: string) => string;
}

const STATUS = { done: 'finish', tacit: 'finish', active: 'process', todo: 'wait' } as const;

/**
 * The ends an applicant sees: the one the item reached, else the ones that grant (a refusal is a way out
 * the item may take, not a step everybody waits for).
 */
function shownSteps(flow: FlowDefinition, stateOf: CitizenStepsProps['stateOf']): FlowNode[] {
  const ordered = [...flow.nodes].sort((a, b) => {
    const pa = flow.layout?.[a.id] ?? { x: 0, y: 0 };
    const pb = flow.layout?.[b.id] ?? { x: 0, y: 0 };
    return pa.x - pb.x || pa.y - pb.y;
  });
  const ends = ordered.filter((node) => node.type === 'end');
  const reached = ends.filter((node) => stateOf(node.id) !== 'todo');
  const keptEnds = new Set(
    (reached.length ? reached : ends.filter((node) => node.type === 'end' && node.outcome === 'approved')).map(
      (node) => node.id,
    ),
  );
  return ordered.filter((node) => node.type !== 'end' || keptEnds.has(node.id));
}

function limitOf(node: FlowNode): number | null {
  const limit = (node as { timeLimit?: { days?: number } }).timeLimit;
  return typeof limit?.days === 'number' ? limit.days : null;
}

/** The procedure as a vertical list of steps, for phones: name, department, time limit and state in words. */
export function CitizenSteps({ flow, stateOf, departmentName }: CitizenStepsProps) {
  const nodes = shownSteps(flow, stateOf);
  const current = nodes.findIndex((node) => stateOf(node.id) === 'active');
  return (
    <Steps
      className="ui-flow__steps"
      orientation="vertical"
      size="small"
      current={current < 0 ? undefined : current}
      aria-label={t('ui.flow.steps')}
      items={nodes.map((node) => {
        const state = stateOf(node.id);
        const department = (node as { department?: string }).department;
        const limit = limitOf(node);
        const facts = [
          department ? departmentName(department) : null,
          limit !== null ? tf('ui.flow.limit', { days: limit }) : null,
        ]
          .filter(Boolean)
          .join(' · ');
        return {
          key: node.id,
          status: STATUS[state],
          title: node.name ?? node.id,
          content: [facts, t(`ui.flow.${state}`)].filter(Boolean).join(' · '),
        };
      })}
    />
  );
}
