import { parseCondition } from '@tongban/flow-model';
import { t } from '../../i18n/t';
import { TextField, type Edit } from './fields';

/** A FEEL `when` with its parse error shown inline as you type (never eval'ed, only parsed). */
export function ConditionInput({ value, onEdit, label }: { value: string; onEdit: Edit<string>; label?: string }) {
  const check = value.trim() ? parseCondition(value) : null;
  const error = check && !check.ok ? check.message : null;
  return (
    <TextField
      label={label ?? t('designer.props.edge.when')}
      value={value}
      onEdit={onEdit}
      error={error}
      hint={check?.ok ? `✓ ${t('designer.props.edge.when.ok')}` : t('designer.props.edge.when.hint')}
    />
  );
}
