import { t } from '../../i18n/t';
import { tf } from '../i18n/format';
import { useDesigner } from '../state/DesignerContext';
import { ConditionInput } from './ConditionInput';
import { Section } from './fields';

/** A condition's branches in the order they are tried, each with its expression; the default goes last. */
export function BranchList({ conditionId }: { conditionId: string }) {
  const { flow, dispatch, reveal } = useDesigner();
  const branches = flow.edges.filter((edge) => edge.source === conditionId);
  const nameOf = (id: string) => flow.nodes.find((node) => node.id === id)?.name ?? id;
  return (
    <Section title={t('designer.props.branches')}>
      <ol className="branches">
        {branches.map((edge, index) => (
          <li key={edge.id} className="branches__item">
            <div className="branches__head">
              <button type="button" className="link-button" onClick={() => reveal({ edgeId: edge.id })}>
                {`→ ${nameOf(edge.target)}`}
              </button>
              <span className="branches__order">
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`${t('designer.props.branch.up')} ${nameOf(edge.target)}`}
                  disabled={index === 0}
                  onClick={() => dispatch({ type: 'reorderEdge', id: edge.id, direction: -1 })}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`${t('designer.props.branch.down')} ${nameOf(edge.target)}`}
                  disabled={index === branches.length - 1}
                  onClick={() => dispatch({ type: 'reorderEdge', id: edge.id, direction: 1 })}
                >
                  ↓
                </button>
              </span>
            </div>
            {edge.default ? (
              <p className="field__hint">{t('designer.edge.default')}</p>
            ) : (
              <ConditionInput
                label={tf('designer.props.edge.from', { source: nameOf(edge.source), target: nameOf(edge.target) })}
                value={edge.when ?? ''}
                onEdit={(when, transient) =>
                  dispatch({ type: 'updateEdge', id: edge.id, patch: { when: when || undefined }, transient })
                }
              />
            )}
          </li>
        ))}
      </ol>
    </Section>
  );
}
