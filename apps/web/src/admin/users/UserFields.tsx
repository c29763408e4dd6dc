import { Checkbox, Form, Input, Select } from 'antd';
import { t } from '../../i18n/t';
import { tf } from '../../shared-ui/format';
import { PASSWORD_MIN, USERNAME_PATTERN } from '../forms';
import type { AdminDepartment } from '../types';
import { roleOptions } from './roles';

const required = { required: true, whitespace: true, message: t('admin.required') };

export const passwordRules = [
  { required: true, message: t('admin.required') },
  { min: PASSWORD_MIN, message: tf('admin.users.passwordRule', { min: PASSWORD_MIN }) },
];

/** The fields a new account and an edited one share; `creating` adds the username and the first password. */
export function UserFields({ creating, departments }: { creating: boolean; departments: AdminDepartment[] }) {
  return (
    <>
      {creating ? (
        <>
          <Form.Item
            name="username"
            label={t('admin.users.username')}
            rules={[required, { pattern: USERNAME_PATTERN, message: t('admin.users.usernameRule') }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="password" label={t('admin.users.password')} rules={passwordRules}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </>
      ) : null}
      <Form.Item name="name" label={t('admin.users.name')} rules={[required]}>
        <Input />
      </Form.Item>
      <Form.Item
        name="roles"
        label={t('admin.users.role')}
        rules={[{ required: true, type: 'array', min: 1, message: t('admin.users.rolesRequired') }]}
      >
        <Select mode="multiple" options={roleOptions} aria-label={t('admin.users.role')} />
      </Form.Item>
      <Form.Item name="department" label={t('admin.users.department')}>
        <Select
          allowClear
          aria-label={t('admin.users.department')}
          options={departments.map((department) => ({ value: department.code, label: department.name }))}
        />
      </Form.Item>
      {creating ? null : (
        <Form.Item name="chiefRepresentative" valuePropName="checked">
          <Checkbox>{t('admin.users.chief')}</Checkbox>
        </Form.Item>
      )}
      <Form.Item
        name="email"
        label={t('admin.users.email')}
        rules={[{ type: 'email', message: t('admin.users.email') }]}
      >
        <Input type="email" />
      </Form.Item>
      <Form.Item name="phone" label={t('admin.users.phone')}>
        <Input />
      </Form.Item>
    </>
  );
}
