import type { FlowNode, FlowNodeType } from '@tongban/flow-model';
import { acceptanceKind } from './acceptance';
import { certificateKind } from './certificate';
import { conditionKind } from './condition';
import { endKind } from './end';
import { joinKind } from './join';
import type { NodeKind } from './node-kind';
import { notificationKind } from './notification';
import { parallelKind } from './parallel';
import { reviewKind } from './review';
import { startKind } from './start';

const kinds: { [T in FlowNodeType]: NodeKind<Extract<FlowNode, { type: T }>> } = {
  start: startKind,
  acceptance: acceptanceKind,
  parallel: parallelKind,
  review: reviewKind,
  join: joinKind,
  condition: conditionKind,
  notification: notificationKind,
  certificate: certificateKind,
  end: endKind,
};

/** The behaviour of a node type (the factory every node goes through). */
export function nodeKind(type: FlowNodeType): NodeKind {
  return kinds[type] as NodeKind;
}
