import { memo } from 'react';
import type { FlowNode } from '@tongban/flow-model';
import { t } from '../../i18n/t';
import { tk } from '../i18n/format';
import { useDesignerEdit } from '../state/DesignerContext';
import type { NodePatch } from '../state/flowEdits';
import type { Directory } from '../directory/useDirectory';
import { NODE_ICONS } from '../nodes/nodeIcons';
import { AssigneeFields } from './AssigneeFields';
import { BranchList } from './BranchList';
import { CheckboxField, ProblemList, Section, SelectField, TextField } from './fields';
import { MaterialsEditor } from './MaterialsEditor';
import { NotificationFields } from './NotificationFields';
import { JoinPolicyField, ReviewVoteField } from './JoinPolicyField';
import { TimeLimitFields } from './TimeLimitFields';

/**
 * The drawer for one node: 基本, then the sections its type has. Edits apply live. Memoised on the node: dragging
 * a card changes only the layout, so the form does not re-render on every frame of the drag.
 */
export const NodeProperties = memo(function NodeProperties({
  node,
  directory,
}: {
  node: FlowNode;
  directory: Directory;
}) {
  const { dispatch, problems } = useDesignerEdit();
  const messages = problems.byNode.get(node.id) ?? [];
  const edit = (patch: NodePatch, transient = false) => dispatch({ type: 'updateNode', id: node.id, patch, transient });
  const departmentOptions = [
    { value: '', label: t('designer.props.department.none') },
    ...directory.departments.map((d) => ({ value: d.code, label: d.name })),
  ];
  const department = 'department' in node ? node.department : undefined;
  if (department && !departmentOptions.some((option) => option.value === department)) {
    departmentOptions.push({ value: department, label: department });
  }
  return (
    <section className="props" aria-labelledby="props-title">
      <h2 id="props-title" className="props__title">
        <span aria-hidden="true">{NODE_ICONS[node.type]}</span> {tk('designer.node.', node.type)}
      </h2>
      <ProblemList messages={messages} />
      <Section title={t('designer.props.basic')}>
        <TextField
          label={t('designer.props.name')}
          value={node.name ?? ''}
          onEdit={(name, transient) => edit({ name: name || undefined }, transient)}
        />
        {(node.type === 'review' || node.type === 'acceptance') && (
          <SelectField
            label={t('designer.props.department')}
            value={node.department ?? ''}
            options={departmentOptions}
            onEdit={(department) => edit({ department: department || undefined })}
          />
        )}
        {node.type === 'review' && (
          <>
            <CheckboxField
              label={t('designer.props.lead')}
              value={node.lead ?? false}
              onEdit={(lead) => edit({ lead: lead || undefined })}
            />
            <CheckboxField
              label={t('designer.props.countsTowardLimit')}
              value={node.countsTowardLimit ?? true}
              onEdit={(counts) => edit({ countsTowardLimit: counts ? undefined : false })}
            />
          </>
        )}
        {node.type === 'end' && (
          <SelectField
            label={t('designer.props.outcome')}
            value={node.outcome}
            options={(['approved', 'rejected', 'withdrawn'] as const).map((value) => ({
              value,
              label: tk('designer.outcome.', value),
            }))}
            onEdit={(outcome) => edit({ outcome })}
          />
        )}
        <p className="props__id">{`${t('designer.props.nodeId')}：${node.id}`}</p>
      </Section>
      {(node.type === 'review' || node.type === 'acceptance') && (
        <AssigneeFields
          assignees={node.assignees ?? { roles: [], users: [] }}
          department={node.department}
          staff={directory.staff}
          mode={node.type === 'review' ? node.mode : undefined}
          onAssignees={(assignees) => edit({ assignees })}
          onMode={(mode) => edit({ mode })}
          invalid={messages.length > 0}
        />
      )}
      {node.type === 'acceptance' && (
        <MaterialsEditor
          materials={node.materials}
          onMaterials={(materials, transient) => edit({ materials }, transient)}
        />
      )}
      {(node.type === 'review' || node.type === 'acceptance') && (
        <TimeLimitFields timeLimit={node.timeLimit} onTimeout={node.onTimeout} onEdit={edit} />
      )}
      {node.type === 'review' && node.mode === 'all' && <ReviewVoteField vote={node.vote ?? 'all'} onEdit={edit} />}
      {node.type === 'join' && (
        <JoinPolicyField policy={node.policy} consolidate={node.consolidate === true} onEdit={edit} />
      )}
      {node.type === 'notification' && (
        <NotificationFields node={node} departments={directory.departments} onEdit={edit} />
      )}
      {node.type === 'condition' && <BranchList conditionId={node.id} />}
    </section>
  );
});
