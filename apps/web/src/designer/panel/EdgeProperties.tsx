import { OUTCOMES_BY_NODE_TYPE, type FlowEdge } from '@tongban/flow-model';
import { t } from '../../i18n/t';
import { tf, tk } from '../i18n/format';
import { useDesigner } from '../state/DesignerContext';
import { outcomeLabel } from '../utils/outcomeLabel';
import type { EdgePatch } from '../state/flowEdits';
import { ConditionInput } from './ConditionInput';
import { CheckboxField, ProblemList, Section, SelectField, TextField } from './fields';

/** An edge's label, the outcome it stands for, or (leaving a condition) its expression or default role. */
export function EdgeProperties({ edge }: { edge: FlowEdge }) {
  const { flow, dispatch, problems } = useDesigner();
  const source = flow.nodes.find((node) => node.id === edge.source);
  const target = flow.nodes.find((node) => node.id === edge.target);
  const outcomes = source ? OUTCOMES_BY_NODE_TYPE[source.type] : [];
  const edit = (patch: EdgePatch, transient = false) => dispatch({ type: 'updateEdge', id: edge.id, patch, transient });
  const outcomeOptions = [
    ...(edge.on && !outcomes.includes(edge.on) ? [{ value: edge.on, label: edge.on }] : []),
    ...outcomes.map((value) => ({
      value,
      label:
        value === 'reject' && source?.type === 'acceptance'
          ? t('designer.edge.label.rejectAcceptance')
          : tk('designer.on.', value),
    })),
  ];
  return (
    <section className="props" aria-labelledby="props-title">
      <h2 id="props-title" className="props__title">
        {t('designer.props.edge')}
      </h2>
      <p className="props__id">
        {tf('designer.props.edge.from', { source: source?.name ?? edge.source, target: target?.name ?? edge.target })}
      </p>
      <ProblemList messages={problems.byEdge.get(edge.id) ?? []} />
      <Section title={t('designer.props.basic')}>
        <TextField
          label={t('designer.props.edge.label')}
          value={edge.label ?? ''}
          onEdit={(label, transient) => edit({ label: label || undefined }, transient)}
        />
        {outcomeOptions.length > 0 && (
          <SelectField
            label={t('designer.props.edge.on')}
            value={edge.on ?? outcomes[0]}
            options={outcomeOptions}
            onEdit={(on) => {
              // A label that only named the old outcome follows the new one; a label written by hand stays.
              const named = edge.label === undefined || edge.label === outcomeLabel(source?.type, edge.on);
              edit(named ? { on, label: outcomeLabel(source?.type, on) } : { on });
            }}
          />
        )}
        {source?.type === 'condition' && (
          <>
            <CheckboxField
              label={t('designer.props.edge.default')}
              value={edge.default ?? false}
              onEdit={(isDefault) => edit(isDefault ? { default: true, when: undefined } : { default: undefined })}
            />
            {!edge.default && (
              <ConditionInput
                value={edge.when ?? ''}
                onEdit={(when, transient) => edit({ when: when || undefined }, transient)}
              />
            )}
          </>
        )}
      </Section>
    </section>
  );
}
