import { Checkbox, Radio } from 'antd';
import type { Assignees, ReviewMode } from '@tongban/flow-model';
import { t } from '../../i18n/t';
import { tk } from '../i18n/format';
import { STEP_ROLES, type StaffMember } from '../directory/useDirectory';
import { Section } from './fields';

const MODES: ReviewMode[] = ['any', 'all', 'sequential'];

interface Props {
  assignees: Assignees;
  department?: string;
  staff: StaffMember[];
  mode?: ReviewMode;
  onAssignees: (next: Assignees) => void;
  onMode?: (mode: ReviewMode) => void;
  invalid?: boolean;
}

const toggled = (list: string[], item: string, on: boolean) =>
  on ? [...list, item] : list.filter((entry) => entry !== item);

/** Roles and named staff picked from the center's directory; 或签/会签/依次 once several people may act. */
export function AssigneeFields({ assignees, department, staff, mode, onAssignees, onMode, invalid }: Props) {
  const people = department ? staff.filter((user) => user.department === department) : staff;
  const several = assignees.roles.length > 0 || assignees.users.length > 1;
  return (
    <Section title={t('designer.props.assignees')} invalid={invalid}>
      <fieldset className="choices">
        <legend>{t('designer.props.roles')}</legend>
        {STEP_ROLES.map((role) => (
          <Checkbox
            key={role}
            className="choice"
            checked={assignees.roles.includes(role)}
            onChange={(event) =>
              onAssignees({ ...assignees, roles: toggled(assignees.roles, role, event.target.checked) })
            }
          >
            {tk('designer.role.', role)}
          </Checkbox>
        ))}
      </fieldset>
      <fieldset className="choices">
        <legend>{t('designer.props.users')}</legend>
        {!department && <small className="field__hint">{t('designer.props.users.pickDepartment')}</small>}
        {department && people.length === 0 && <small className="field__hint">{t('designer.props.users.none')}</small>}
        {people.map((user) => (
          <Checkbox
            key={user.username}
            className="choice"
            checked={assignees.users.includes(user.username)}
            onChange={(event) =>
              onAssignees({ ...assignees, users: toggled(assignees.users, user.username, event.target.checked) })
            }
          >
            {`${user.name}（${user.username}）`}
          </Checkbox>
        ))}
      </fieldset>
      {onMode && mode && several && (
        <fieldset className="choices choices--row">
          <legend>{t('designer.props.mode')}</legend>
          <Radio.Group value={mode} onChange={(event) => onMode(event.target.value as ReviewMode)}>
            {MODES.map((value) => (
              <Radio key={value} value={value} title={tk('designer.mode.', `${value}.hint`)}>
                {tk('designer.mode.', value)}
              </Radio>
            ))}
          </Radio.Group>
        </fieldset>
      )}
    </Section>
  );
}
