import { Button, Flex, Typography } from 'antd';
import type { DragEvent } from 'react';
import type { FlowNodeType } from '@tongban/flow-model';
import { t } from '../../i18n/t';
import { PALETTE_MIME } from '../canvas/paletteDrag';
import { useAddNode } from '../canvas/useAddNode';
import { NODE_ICONS } from '../nodes/nodeIcons';
import { NODE_TYPES } from '../utils/newNode';

/** Node types to drag onto the canvas; each is a real button in the Tab order, so Enter (or a click) adds it. */
export function Palette() {
  const addNode = useAddNode();
  const onDragStart = (type: FlowNodeType) => (event: DragEvent) => {
    event.dataTransfer.setData(PALETTE_MIME, type);
    event.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <nav className="palette" aria-label={t('designer.palette')}>
      <h2 className="palette__title">{t('designer.palette')}</h2>
      <Flex vertical gap={4}>
        {NODE_TYPES.map((type) => (
          <Button
            key={type}
            size="small"
            block
            className={`palette__item palette__item--${type}`}
            draggable
            data-node-type={type}
            onDragStart={onDragStart(type)}
            onClick={() => addNode(type)}
            icon={
              <span className="palette__icon" aria-hidden="true">
                {NODE_ICONS[type]}
              </span>
            }
          >
            {t(`designer.node.${type}`)}
          </Button>
        ))}
      </Flex>
      <Typography.Paragraph type="secondary" className="palette__hint">
        {t('designer.palette.hint')}
      </Typography.Paragraph>
    </nav>
  );
}
