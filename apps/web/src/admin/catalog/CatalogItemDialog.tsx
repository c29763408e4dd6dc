import type { CatalogItem, FlowSummary } from '@tongban/api-contract';
import { Checkbox, Form, Input, InputNumber, Select } from 'antd';
import { t } from '../../i18n/t';
import { FormDialog } from '../FormDialog';
import { CODE_PATTERN, type CatalogForm, promiseWithinStatute } from '../forms';
import type { AdminDepartment } from '../types';
import type { ApiError } from '../../api/client';

const required = { required: true, whitespace: true, message: t('admin.required') };
const requiredNumber = { required: true, message: t('admin.required') };

/** 新增 / 编辑事项: the guide's fields and the published flow the item runs on. */
export function CatalogItemDialog({
  open,
  title,
  item,
  departments,
  flows,
  busy,
  error,
  onSend,
  onClose,
}: {
  open: boolean;
  title: string;
  item: CatalogItem | null;
  departments: AdminDepartment[];
  flows: FlowSummary[];
  busy: boolean;
  error: ApiError | null;
  onSend(form: CatalogForm): void;
  onClose(): void;
}) {
  const published = flows.filter((flow) => flow.publishedVersion !== null);
  return (
    <FormDialog<CatalogForm>
      open={open}
      title={title}
      initialValues={item ?? { statutoryDays: 20, promisedDays: 10, fees: '不收费' }}
      busy={busy}
      error={error}
      onSend={onSend}
      onClose={onClose}
    >
      <Form.Item
        name="code"
        label={t('admin.catalog.code')}
        rules={[required, { pattern: CODE_PATTERN, message: t('admin.codeRule') }]}
      >
        <Input disabled={item !== null} />
      </Form.Item>
      <Form.Item name="name" label={t('admin.catalog.name')} rules={[required]}>
        <Input />
      </Form.Item>
      <Form.Item name="department" label={t('admin.catalog.department')} rules={[requiredNumber]}>
        <Select
          aria-label={t('admin.catalog.department')}
          options={departments.map((department) => ({ value: department.code, label: department.name }))}
        />
      </Form.Item>
      <Form.Item
        name="flowKey"
        label={t('admin.catalog.flow')}
        rules={[requiredNumber]}
        extra={published.length > 0 ? t('admin.catalog.materialsFromFlow') : t('admin.catalog.noFlow')}
      >
        <Select
          aria-label={t('admin.catalog.flow')}
          options={published.map((flow) => ({
            value: flow.key,
            label: `${flow.name}（${flow.key} v${flow.publishedVersion}）`,
          }))}
        />
      </Form.Item>
      <Form.Item name="legalBasis" label={t('admin.catalog.legalBasis')} rules={[required]}>
        <Input.TextArea autoSize={{ minRows: 2 }} />
      </Form.Item>
      <Form.Item name="statutoryDays" label={t('admin.catalog.statutoryDays')} rules={[requiredNumber]}>
        <InputNumber min={0} max={3650} precision={0} />
      </Form.Item>
      <Form.Item
        name="promisedDays"
        label={t('admin.catalog.promisedDays')}
        dependencies={['statutoryDays']}
        rules={[
          requiredNumber,
          ({ getFieldValue }) => ({
            validator: (_, value: number | null) =>
              value == null ||
              promiseWithinStatute({ promisedDays: value, statutoryDays: getFieldValue('statutoryDays') ?? 0 })
                ? Promise.resolve()
                : Promise.reject(new Error(t('admin.catalog.promiseRule'))),
          }),
        ]}
      >
        <InputNumber min={0} max={3650} precision={0} />
      </Form.Item>
      <Form.Item name="fees" label={t('admin.catalog.fees')}>
        <Input />
      </Form.Item>
      <Form.Item name="windowAuthority" label={t('admin.catalog.windowAuthority')}>
        <Input />
      </Form.Item>
      <Form.Item name="jointHandling" valuePropName="checked">
        <Checkbox>{t('admin.catalog.jointHandling')}</Checkbox>
      </Form.Item>
    </FormDialog>
  );
}
