import type { VoteRule } from '@tongban/flow-model';
import { t } from '../../i18n/t';
import type { NodePatch } from '../state/flowEdits';
import { CheckboxField, NumberField, Section, SelectField } from './fields';

type Kind = 'all' | 'any' | 'atLeast' | 'percent';

const kindOf = (rule: VoteRule): Kind =>
  typeof rule === 'object' ? ('percent' in rule ? 'percent' : 'atLeast') : rule;

/** A vote rule: every one, any one, at least N, or at least p percent (of a join's branches or a 会签's members). */
function VoteRuleField({
  title,
  labels,
  rule,
  onRule,
}: {
  title: string;
  labels: Record<Kind, string>;
  rule: VoteRule;
  onRule: (rule: VoteRule, transient?: boolean) => void;
}) {
  const options = (['all', 'any', 'atLeast', 'percent'] as const).map((value) => ({ value, label: labels[value] }));
  const choose = (next: Kind): VoteRule =>
    next === 'atLeast' ? { atLeast: 2 } : next === 'percent' ? { percent: 60 } : next;
  return (
    <>
      <SelectField label={title} value={kindOf(rule)} options={options} onEdit={(next) => onRule(choose(next))} />
      {typeof rule === 'object' && 'percent' in rule && (
        <NumberField
          label={t('designer.props.policy.percentValue')}
          value={rule.percent}
          onEdit={(percent, transient) => onRule({ percent: Math.min(100, Math.max(1, percent ?? 1)) }, transient)}
        />
      )}
      {typeof rule === 'object' && 'atLeast' in rule && (
        <NumberField
          label={t('designer.props.policy.count')}
          value={rule.atLeast}
          onEdit={(atLeast, transient) => onRule({ atLeast: Math.max(1, atLeast ?? 1) }, transient)}
        />
      )}
    </>
  );
}

/** 汇聚方式 and 牵头部门汇总 of a join. */
export function JoinPolicyField({
  policy,
  consolidate,
  onEdit,
}: {
  policy: VoteRule;
  consolidate: boolean;
  onEdit: (patch: NodePatch, transient?: boolean) => void;
}) {
  const labels = {
    all: t('designer.card.join.all'),
    any: t('designer.card.join.any'),
    atLeast: t('designer.props.policy.atLeast'),
    percent: t('designer.props.policy.percent'),
  };
  return (
    <Section title={t('designer.props.policy')}>
      <VoteRuleField
        title={t('designer.props.policy')}
        labels={labels}
        rule={policy}
        onRule={(rule, transient) => onEdit({ policy: rule }, transient)}
      />
      <CheckboxField
        label={t('designer.props.consolidate')}
        value={consolidate}
        onEdit={(value) => onEdit({ consolidate: value || undefined })}
      />
    </Section>
  );
}

/** 表决规则 of a 会签 (mode all). */
export function ReviewVoteField({
  vote,
  onEdit,
}: {
  vote: VoteRule;
  onEdit: (patch: NodePatch, transient?: boolean) => void;
}) {
  const labels = {
    all: t('designer.props.vote.all'),
    any: t('designer.props.vote.any'),
    atLeast: t('designer.props.vote.atLeast'),
    percent: t('designer.props.policy.percent'),
  };
  return (
    <Section title={t('designer.props.vote')}>
      <VoteRuleField
        title={t('designer.props.vote')}
        labels={labels}
        rule={vote}
        onRule={(rule, transient) => onEdit({ vote: rule === 'all' ? undefined : rule }, transient)}
      />
    </Section>
  );
}
