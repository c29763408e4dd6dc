import { Button, Form, Input, Select, Space } from 'antd';
import { t } from '../../i18n/t';
import type { UserSearch } from '../api';
import type { AdminDepartment } from '../types';
import { roleOptions } from './roles';

interface FilterForm {
  q?: string;
  role?: string;
  department?: string;
  status?: 'enabled' | 'disabled';
}

const toSearch = ({ q, role, department, status }: FilterForm): Omit<UserSearch, 'center'> => ({
  q: q?.trim() || undefined,
  role,
  department,
  disabled: status === undefined ? undefined : status === 'disabled',
});

/** 搜索: name or username, role, department, enabled or disabled. */
export function UserFilters({
  departments,
  onApply,
}: {
  departments: AdminDepartment[];
  onApply(search: Omit<UserSearch, 'center'>): void;
}) {
  return (
    <Form<FilterForm> layout="inline" className="ad-filters" onFinish={(values) => onApply(toSearch(values))}>
      <Space wrap>
        <Form.Item name="q">
          <Input allowClear placeholder={t('admin.users.search')} aria-label={t('admin.users.search')} />
        </Form.Item>
        <Form.Item name="role">
          <Select
            allowClear
            placeholder={t('admin.users.anyRole')}
            aria-label={t('admin.users.role')}
            options={roleOptions}
            style={{ minWidth: 120 }}
          />
        </Form.Item>
        <Form.Item name="department">
          <Select
            allowClear
            placeholder={t('admin.users.anyDepartment')}
            aria-label={t('admin.users.department')}
            options={departments.map((department) => ({ value: department.code, label: department.name }))}
            style={{ minWidth: 140 }}
          />
        </Form.Item>
        <Form.Item name="status">
          <Select
            allowClear
            placeholder={t('admin.users.anyStatus')}
            aria-label={t('admin.users.status')}
            options={[
              { value: 'enabled', label: t('admin.users.enabled') },
              { value: 'disabled', label: t('admin.users.disabled') },
            ]}
            style={{ minWidth: 110 }}
          />
        </Form.Item>
        <Button htmlType="submit">{t('admin.audit.filter')}</Button>
      </Space>
    </Form>
  );
}
