import { Button, DatePicker, Form, Input, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { t } from '../../i18n/t';
import type { ListSearch } from '../../api/usePage';

interface Fields {
  receiptNo?: string;
  applicant?: string;
  days?: [Dayjs | null, Dayjs | null] | null;
}

/** 搜索 row (RuoYi pattern): 受理编号, 申请人, 日期 range; 搜索 and 重置. */
export function InboxSearchForm({ onSearch }: { onSearch(search: ListSearch): void }) {
  const [form] = Form.useForm<Fields>();
  const submit = (fields: Fields) =>
    onSearch({
      receiptNo: fields.receiptNo?.trim() || undefined,
      applicant: fields.applicant?.trim() || undefined,
      from: fields.days?.[0]?.format('YYYY-MM-DD'),
      to: fields.days?.[1]?.format('YYYY-MM-DD'),
    });
  return (
    <Form form={form} layout="inline" onFinish={submit} className="wb-search" aria-label={t('workbench.search.form')}>
      <Form.Item name="receiptNo" label={t('workbench.col.receiptNo')}>
        <Input allowClear style={{ width: 190 }} />
      </Form.Item>
      <Form.Item name="applicant" label={t('workbench.col.applicant')}>
        <Input allowClear style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="days" label={t('workbench.search.days')}>
        <DatePicker.RangePicker
          allowEmpty={[true, true]}
          placeholder={[t('workbench.search.from'), t('workbench.search.to')]}
          aria-label={t('workbench.search.days')}
        />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit">
          {t('workbench.search.submit')}
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            onSearch({});
          }}
        >
          {t('workbench.search.reset')}
        </Button>
      </Space>
    </Form>
  );
}
