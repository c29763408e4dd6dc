import type { AriaLabelConfig } from '@xyflow/react';
import { t } from '../../i18n/t';
import { tf } from '../i18n/format';

/** React Flow's built-in screen-reader texts, in Chinese. */
export const ariaLabelConfig: Partial<AriaLabelConfig> = {
  'node.a11yDescription.default': t('designer.aria.node'),
  'node.a11yDescription.keyboardDisabled': t('designer.aria.nodeKeyboardDisabled'),
  'node.a11yDescription.ariaLiveMessage': ({ x, y }) =>
    tf('designer.aria.moved', { x: Math.round(x), y: Math.round(y) }),
  'edge.a11yDescription.default': t('designer.aria.edge'),
  'controls.ariaLabel': t('designer.aria.controls'),
  'controls.zoomIn.ariaLabel': t('designer.aria.zoomIn'),
  'controls.zoomOut.ariaLabel': t('designer.aria.zoomOut'),
  'controls.fitView.ariaLabel': t('designer.aria.fitView'),
  'controls.interactive.ariaLabel': t('designer.aria.interactive'),
  'minimap.ariaLabel': t('designer.aria.minimap'),
  'handle.ariaLabel': t('designer.aria.handle'),
};
