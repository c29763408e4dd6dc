import { useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { departmentsQuery } from '../../api/names';
import { t } from '../../i18n/t';
import type { LedgerFilter } from '../api';
import { kindLook, LEDGER_KINDS } from '../ledgerKinds';

interface Fields {
  kind?: string;
  department?: string;
  receiptNo?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
  state?: 'open' | 'closed';
}

/** The ledger's filters (kind, department, receipt number, date range, state); 查询 applies them. */
export function LedgerFilters({ onApply }: { onApply(filter: LedgerFilter): void }) {
  const [form] = Form.useForm<Fields>();
  const departments = useQuery(departmentsQuery());
  const apply = (fields: Fields) =>
    onApply({
      kind: fields.kind || undefined,
      department: fields.department || undefined,
      receiptNo: fields.receiptNo?.trim() || undefined,
      from: fields.range?.[0]?.format('YYYY-MM-DD'),
      to: fields.range?.[1]?.format('YYYY-MM-DD'),
      state: fields.state,
    });
  return (
    <Form<Fields>
      form={form}
      name="ledger"
      layout="inline"
      className="sv-ledger-filters"
      aria-label={t('supervision.ledger.filters')}
      onFinish={apply}
    >
      <Form.Item name="kind" label={t('supervision.ledger.kind')}>
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t('supervision.ledger.all')}
          options={LEDGER_KINDS.map((kind) => ({ value: kind, label: t(kindLook(kind).label) }))}
        />
      </Form.Item>
      <Form.Item name="department" label={t('supervision.ledger.department')}>
        <Select
          allowClear
          style={{ width: 170 }}
          placeholder={t('supervision.ledger.all')}
          options={[
            { value: 'center', label: t('supervision.ledger.centerWindow') },
            ...(departments.data ?? [])
              .filter((d) => d.code !== 'center')
              .map((d) => ({ value: d.code, label: d.name })),
          ]}
        />
      </Form.Item>
      <Form.Item name="receiptNo" label={t('supervision.ledger.receiptNo')}>
        <Input allowClear style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="range" label={t('supervision.ledger.dateRange')}>
        <DatePicker.RangePicker
          allowEmpty={[true, true]}
          placeholder={[t('supervision.ledger.startDate'), t('supervision.ledger.endDate')]}
        />
      </Form.Item>
      <Form.Item name="state" label={t('supervision.ledger.filterState')}>
        <Select
          allowClear
          style={{ width: 120 }}
          placeholder={t('supervision.ledger.all')}
          options={[
            { value: 'open', label: t('supervision.ledger.open') },
            { value: 'closed', label: t('supervision.ledger.closed') },
          ]}
        />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            {t('supervision.ledger.search')}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              apply({});
            }}
          >
            {t('supervision.ledger.reset')}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
