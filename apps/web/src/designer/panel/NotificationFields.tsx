import type { NotificationNode } from '@tongban/flow-model';
import { t } from '../../i18n/t';
import { tf } from '../i18n/format';
import type { Department } from '../directory/useDirectory';
import type { NodePatch } from '../state/flowEdits';
import { Section, SelectField, TextField } from './fields';

interface Props {
  node: NotificationNode;
  departments: Department[];
  onEdit: (patch: NodePatch, transient?: boolean) => void;
}

/** Who is told (the applicant or a department) and the message template. */
export function NotificationFields({ node, departments, onEdit }: Props) {
  const options = [
    { value: 'applicant', label: t('designer.props.to.applicant') },
    ...departments.map((d) => ({
      value: `department:${d.code}`,
      label: tf('designer.props.to.department', { name: d.name }),
    })),
  ];
  if (!options.some((option) => option.value === node.to)) options.push({ value: node.to, label: node.to });
  return (
    <Section title={t('designer.props.to')}>
      <SelectField label={t('designer.props.to')} value={node.to} options={options} onEdit={(to) => onEdit({ to })} />
      <TextField
        label={t('designer.props.template')}
        value={node.template}
        multiline
        onEdit={(template, transient) => onEdit({ template }, transient)}
      />
    </Section>
  );
}
