import type { MessageKey } from '../../i18n/zh-CN';
import { t } from '../../i18n/t';
import { tf, tk } from '../i18n/format';
import type { FieldChange } from '../utils/diffDefinitions';

const LABELLED = new Set([
  'name',
  'description',
  'department',
  'assignees',
  'mode',
  'timeLimit',
  'onTimeout',
  'materials',
  'lead',
  'countsTowardLimit',
  'policy',
  'to',
  'template',
  'outcome',
  'type',
  'source',
  'target',
  'on',
  'when',
  'default',
  'label',
]);

export function fieldLabel(field: string): string {
  return LABELLED.has(field) ? t(`designer.field.${field}` as MessageKey) : field;
}

/** A field's value in words: 5 个工作日, 超期默许, 角色「审查人员」, 3 项 … rather than raw JSON. */
export function describeValue(field: string, value: unknown): string {
  if (value === undefined || value === null || value === '') return t('designer.compare.empty');
  if (typeof value === 'boolean') return t(value ? 'designer.value.yes' : 'designer.value.no');
  if (field === 'mode' && typeof value === 'string') return tk('designer.mode.', value);
  if (field === 'onTimeout' && typeof value === 'string') return tk('designer.timeout.', value);
  if (field === 'outcome' && typeof value === 'string') return tk('designer.outcome.', value);
  if (field === 'on' && typeof value === 'string') return tk('designer.on.', value);
  if (field === 'timeLimit' && typeof value === 'object') {
    const limit = value as { days?: number; statutoryDays?: number; promisedDays?: number };
    if (limit.days !== undefined) return tf('designer.card.days', { n: limit.days });
    return tf('designer.value.itemLimit', { s: limit.statutoryDays ?? 0, p: limit.promisedDays ?? 0 });
  }
  if (field === 'assignees' && typeof value === 'object') {
    const { roles = [], users = [] } = value as { roles?: string[]; users?: string[] };
    const who = [...roles.map((role) => tf('designer.card.role', { role: tk('designer.role.', role) })), ...users];
    return who.length ? who.join('、') : t('designer.compare.empty');
  }
  if (field === 'materials' && Array.isArray(value))
    return value.map((m: { name?: string }) => m.name).join('、') || t('designer.compare.empty');
  if (field === 'policy' && typeof value === 'object')
    return tf('designer.card.join.atLeast', { n: (value as { atLeast: number }).atLeast });
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function describeChange(change: FieldChange): string {
  return tf('designer.compare.field', {
    field: fieldLabel(change.field),
    before: describeValue(change.field, change.before),
    after: describeValue(change.field, change.after),
  });
}
