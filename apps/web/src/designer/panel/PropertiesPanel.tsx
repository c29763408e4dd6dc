import { Button, Form } from 'antd';
import { t } from '../../i18n/t';
import { tf } from '../i18n/format';
import type { Directory } from '../directory/useDirectory';
import { useDesigner } from '../state/DesignerContext';
import { EdgeProperties } from './EdgeProperties';
import { FlowProperties } from './FlowProperties';
import { NodeProperties } from './NodeProperties';

/** The right-hand drawer: non-modal, so the canvas stays usable while it is open. */
export function PropertiesPanel({ directory }: { directory: Directory }) {
  // Fields are laid out as one vertical antd form; edits apply live, so the form holds no values itself.
  return (
    <Form layout="vertical" component={false} size="small" requiredMark={false}>
      <PanelContent directory={directory} />
    </Form>
  );
}

function PanelContent({ directory }: { directory: Directory }) {
  const { flow, selection, dispatch } = useDesigner();
  const { nodeIds, edgeIds } = selection;
  if (nodeIds.length === 1 && edgeIds.length === 0) {
    const node = flow.nodes.find((candidate) => candidate.id === nodeIds[0]);
    if (node) return <NodeProperties key={node.id} node={node} directory={directory} />;
  }
  if (nodeIds.length === 0 && edgeIds.length === 1) {
    const edge = flow.edges.find((candidate) => candidate.id === edgeIds[0]);
    if (edge) return <EdgeProperties key={edge.id} edge={edge} />;
  }
  if (nodeIds.length + edgeIds.length > 1) {
    return (
      <section className="props">
        <h2 className="props__title">{t('designer.props.title')}</h2>
        <p>{tf('designer.props.multi', { n: nodeIds.length, m: edgeIds.length })}</p>
        <Button danger onClick={() => dispatch({ type: 'delete', nodeIds, edgeIds })}>
          {`${t('designer.delete')}（Delete）`}
        </Button>
      </section>
    );
  }
  return <FlowProperties />;
}
