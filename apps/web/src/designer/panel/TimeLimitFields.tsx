import type { NodeTimeLimit, TimeoutAction } from '@tongban/flow-model';
import { t } from '../../i18n/t';
import { tk } from '../i18n/format';
import type { NodePatch } from '../state/flowEdits';
import { NumberField, Section, SelectField } from './fields';

const ACTIONS: (TimeoutAction | 'none')[] = ['none', 'remind', 'tacit-approve', 'escalate'];

interface Props {
  timeLimit?: NodeTimeLimit;
  onTimeout?: TimeoutAction;
  onEdit: (patch: NodePatch, transient?: boolean) => void;
}

/** 时限 in working days and what happens at the deadline; clearing the limit clears the action too. */
export function TimeLimitFields({ timeLimit, onTimeout, onEdit }: Props) {
  return (
    <Section title={t('designer.field.timeLimit')}>
      <NumberField
        label={t('designer.props.timeLimit')}
        value={timeLimit?.days}
        placeholder={t('designer.props.timeLimit.none')}
        onEdit={(days, transient) =>
          onEdit(
            days === undefined ? { timeLimit: undefined, onTimeout: undefined } : { timeLimit: { ...timeLimit, days } },
            transient,
          )
        }
      />
      <SelectField
        label={t('designer.props.onTimeout')}
        value={onTimeout ?? 'none'}
        disabled={!timeLimit}
        options={ACTIONS.map((value) => ({ value, label: tk('designer.timeout.', value) }))}
        onEdit={(value) => onEdit({ onTimeout: value === 'none' ? undefined : value })}
      />
    </Section>
  );
}
