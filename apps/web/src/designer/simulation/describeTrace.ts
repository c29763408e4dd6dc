import type { FlowDefinition } from '@tongban/flow-model';
import type { Effect, TraceEntry } from '@tongban/flow-engine';
import type { MessageKey } from '../../i18n/zh-CN';
import { zhCN } from '../../i18n/zh-CN';
import { t } from '../../i18n/t';
import { tf, tk } from '../i18n/format';

export interface TimelineRow {
  at: string;
  event: string;
  nodes: string;
  results: string[];
  refused?: string;
  status: string;
}

function effectText(effect: Effect, name: (id: string | null) => string): string | null {
  switch (effect.type) {
    case 'accountability':
      if (effect.kind === 'tacit-approval') return tf('designer.sim.effect.tacit', { node: name(effect.nodeId) });
      if (effect.kind === 'overdue-step' || effect.kind === 'overdue-item')
        return tf('designer.sim.effect.overdue', { node: name(effect.nodeId) });
      return effect.note;
    case 'task.open':
      return tf('designer.sim.effect.taskOpen', { node: name(effect.nodeId) });
    case 'certificate.issue':
      return t('designer.sim.effect.certificate');
    case 'notify':
      return tf('designer.sim.effect.notify', {
        to: effect.to === 'applicant' ? t('designer.props.to.applicant') : effect.to,
      });
    default:
      return null;
  }
}

/** Engine codes the tester is likely to meet, in Chinese; the engine's own (English) message otherwise. */
export function refusalText(code: string, message: string): string {
  const key = `designer.sim.error.${code}`;
  return tf('designer.sim.refused', { message: key in zhCN ? t(key as MessageKey) : message });
}

/** The simulation trace as timeline rows: when, what, where the item stood, and what followed. */
export function describeTrace(def: FlowDefinition, trace: TraceEntry[]): TimelineRow[] {
  const name = (id: string | null) =>
    id ? (def.nodes.find((n) => n.id === id)?.name ?? id) : t('designer.problems.flow');
  return trace.map((entry) => {
    const event = entry.event;
    let label = tk('designer.sim.event.', event.type);
    if (event.type === 'decide') label = `${tk('designer.sim.', event.decision)}`;
    return {
      at: entry.at,
      event: label,
      nodes: entry.activeNodes.map(name).join('、'),
      results: entry.effects.map((effect) => effectText(effect, name)).filter((text): text is string => Boolean(text)),
      refused: entry.error ? refusalText(entry.error.code, entry.error.message) : undefined,
      status: tk('designer.itemStatus.', entry.status),
    };
  });
}
