import type { JoinPolicy } from '@tongban/flow-model';
import { t } from '../../i18n/t';
import type { NodePatch } from '../state/flowEdits';
import { NumberField, Section, SelectField } from './fields';

type Kind = 'all' | 'any' | 'atLeast';

/** 汇聚方式: all branches, any branch, or at least N of them. */
export function JoinPolicyField({
  policy,
  onEdit,
}: {
  policy: JoinPolicy;
  onEdit: (patch: NodePatch, transient?: boolean) => void;
}) {
  const kind: Kind = typeof policy === 'object' ? 'atLeast' : policy;
  const options: { value: Kind; label: string }[] = [
    { value: 'all', label: t('designer.card.join.all') },
    { value: 'any', label: t('designer.card.join.any') },
    { value: 'atLeast', label: t('designer.props.policy.atLeast') },
  ];
  return (
    <Section title={t('designer.props.policy')}>
      <SelectField
        label={t('designer.props.policy')}
        value={kind}
        options={options}
        onEdit={(next) => onEdit({ policy: next === 'atLeast' ? { atLeast: 2 } : next })}
      />
      {typeof policy === 'object' && (
        <NumberField
          label={t('designer.props.policy.count')}
          value={policy.atLeast}
          onEdit={(atLeast, transient) => onEdit({ policy: { atLeast: Math.max(1, atLeast ?? 1) } }, transient)}
        />
      )}
    </Section>
  );
}
