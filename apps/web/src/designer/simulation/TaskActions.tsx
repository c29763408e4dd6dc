import type { FlowDefinition } from '@tongban/flow-model';
import type { Decision, InstanceView } from '@tongban/flow-engine';
import { t } from '../../i18n/t';
import { tf, tk } from '../i18n/format';
import type { SimulationCommand, SimulationSession } from './simulationSession';

const DECISIONS: Decision[] = ['approve', 'reject', 'return'];

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
  if (!acceptance && view.openTasks.length === 0) return <p className="field__hint">{t('designer.sim.noTasks')}</p>;
  return (
    <ul className="sim-tasks">
      {acceptance && (
        <li className="sim-task">
          <span className="sim-task__name">{nameOf(acceptance.id)}</span>
          {view.status === 'awaiting-supplement' ? (
            <button
              type="button"
              className="button"
              onClick={() => onCommand({ type: 'supplement', materials: view.missingMaterials })}
            >
              {t('designer.sim.supplement')}
            </button>
          ) : (
            <>
              <button type="button" className="button button--primary" onClick={() => onCommand({ type: 'accept' })}>
                {t('designer.sim.accept')}
              </button>
              <button
                type="button"
                className="button"
                disabled={missing.length === 0}
                onClick={() => onCommand({ type: 'notify-missing', missing })}
              >
                {t('designer.sim.notifyMissing')}
              </button>
              <button
                type="button"
                className="button"
                onClick={() => onCommand({ type: 'reject', reason: t('designer.sim.reason') })}
              >
                {t('designer.sim.rejectAcceptance')}
              </button>
            </>
          )}
        </li>
      )}
      {view.openTasks.map((task) => (
        <li key={task.taskId} className="sim-task">
          <span className="sim-task__name">
            {tf('designer.sim.task', {
              node: nameOf(task.nodeId),
              who:
                task.participant ??
                [...task.candidateRoles.map((r) => tk('designer.role.', r)), ...task.candidateUsers].join('、'),
            })}
          </span>
          {DECISIONS.map((decision) => (
            <button
              key={decision}
              type="button"
              className={decision === 'approve' ? 'button button--primary' : 'button'}
              onClick={() => onCommand({ type: 'decide', taskId: task.taskId, decision })}
            >
              {tk('designer.sim.', decision)}
            </button>
          ))}
        </li>
      ))}
    </ul>
  );
}
