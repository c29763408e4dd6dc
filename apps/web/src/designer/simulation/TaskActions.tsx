import { Button, List, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { FlowDefinition } from '@tongban/flow-model';
import type { Decision, InstanceView } from '@tongban/flow-engine';
import { t } from '../../i18n/t';
import { tf, tk } from '../i18n/format';
import type { SimulationCommand, SimulationSession } from './simulationSession';

const DECISIONS: Decision[] = ['approve', 'reject', 'return'];

/** A step of the simulated item with its commands under its name. */
function TaskRow({ name, children }: { name: string; children: ReactNode }) {
  return (
    <List.Item className="sim-task">
      <Typography.Text strong className="sim-task__name">
        {name}
      </Typography.Text>
      <Space wrap size={4}>
        {children}
      </Space>
    </List.Item>
  );
}

/** Acceptance commands while the item is at the window; 通过 / 不通过 / 退回 per open review task. */
export function TaskActions({
  flow,
  view,
  session,
  onCommand,
}: {
  flow: FlowDefinition;
  view: InstanceView;
  session: SimulationSession;
  onCommand(c: SimulationCommand): void;
}) {
  const nameOf = (id: string) => flow.nodes.find((n) => n.id === id)?.name ?? id;
  const acceptance = flow.nodes.find((n) => n.type === 'acceptance' && view.activeNodes.includes(n.id));
  const missing =
    acceptance?.type === 'acceptance'
      ? acceptance.materials.filter((m) => m.required && !session.setup.materials.includes(m.code)).map((m) => m.code)
      : [];
  if (!acceptance && view.openTasks.length === 0) {
    return <Typography.Paragraph type="secondary">{t('designer.sim.noTasks')}</Typography.Paragraph>;
  }
  return (
    <List size="small" split={false} className="sim-tasks">
      {acceptance && (
        <TaskRow name={nameOf(acceptance.id)}>
          {view.status === 'awaiting-supplement' ? (
            <Button size="small" onClick={() => onCommand({ type: 'supplement', materials: view.missingMaterials })}>
              {t('designer.sim.supplement')}
            </Button>
          ) : (
            <>
              <Button size="small" type="primary" onClick={() => onCommand({ type: 'accept' })}>
                {t('designer.sim.accept')}
              </Button>
              <Button
                size="small"
                disabled={missing.length === 0}
                onClick={() => onCommand({ type: 'notify-missing', missing })}
              >
                {t('designer.sim.notifyMissing')}
              </Button>
              <Button size="small" onClick={() => onCommand({ type: 'reject', reason: t('designer.sim.reason') })}>
                {t('designer.sim.rejectAcceptance')}
              </Button>
            </>
          )}
        </TaskRow>
      )}
      {view.openTasks.map((task) => (
        <TaskRow
          key={task.taskId}
          name={tf('designer.sim.task', {
            node: nameOf(task.nodeId),
            who:
              task.participant ??
              [...task.candidateRoles.map((r) => tk('designer.role.', r)), ...task.candidateUsers].join('、'),
          })}
        >
          {DECISIONS.map((decision) => (
            <Button
              key={decision}
              size="small"
              type={decision === 'approve' ? 'primary' : 'default'}
              onClick={() => onCommand({ type: 'decide', taskId: task.taskId, decision })}
            >
              {tk('designer.sim.', decision)}
            </Button>
          ))}
        </TaskRow>
      ))}
    </List>
  );
}
