import type { JoinPolicy } from '@tongban/flow-model';
import { t } from '../../i18n/t';
import type { NodePatch } from '../state/flowEdits';
import { NumberField, Section, SelectField } from './fields';

type Kind = 'all' | 'any' | 'atLeast' | 'percent';

/** 汇聚方式: all branches, any branch, at least N of them, or at least p percent. */
export function JoinPolicyField({
  policy,
  onEdit,
}: {
  policy: JoinPolicy;
  onEdit: (patch: NodePatch, transient?: boolean) => void;
}) {
  const kind: Kind = typeof policy === 'object' ? ('percent' in policy ? 'percent' : 'atLeast') : policy;
  const options: { value: Kind; label: string }[] = [
    { value: 'all', label: t('designer.card.join.all') },
    { value: 'any', label: t('designer.card.join.any') },
    { value: 'atLeast', label: t('designer.props.policy.atLeast') },
    { value: 'percent', label: t('designer.props.policy.percent') },
  ];
  const choose = (next: Kind): JoinPolicy =>
    next === 'atLeast' ? { atLeast: 2 } : next === 'percent' ? { percent: 60 } : next;
  return (
    <Section title={t('designer.props.policy')}>
      <SelectField
        label={t('designer.props.policy')}
        value={kind}
        options={options}
        onEdit={(next) => onEdit({ policy: choose(next) })}
      />
      {typeof policy === 'object' && 'percent' in policy && (
        <NumberField
          label={t('designer.props.policy.percentValue')}
          value={policy.percent}
          onEdit={(percent, transient) =>
            onEdit({ policy: { percent: Math.min(100, Math.max(1, percent ?? 1)) } }, transient)
          }
        />
      )}
      {typeof policy === 'object' && 'atLeast' in policy && (
        <NumberField
          label={t('designer.props.policy.count')}
          value={policy.atLeast}
          onEdit={(atLeast, transient) => onEdit({ policy: { atLeast: Math.max(1, atLeast ?? 1) } }, transient)}
        />
      )}
    </Section>
  );
}
