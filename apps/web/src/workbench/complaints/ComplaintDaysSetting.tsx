import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Form, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { apiQuery, useCommand } from '../../api/query';
import { t } from '../../i18n/t';
import { tf } from '../../shared-ui/format';

interface Setting {
  complaintDays: number;
  source: 'center' | 'env' | 'default';
}

/** The center's answer limit for complaints (5, 7 or 15 working days by locality); admins may change it. */
export function ComplaintDaysSetting({ editable }: { editable: boolean }) {
  const setting = useQuery(apiQuery<Setting>('/ratings/settings'));
  const save = useCommand<number>({
    request: (complaintDays) => ({ path: '/ratings/settings', method: 'PUT', body: { complaintDays } }),
    invalidates: [['ratings', 'settings'], ['complaints']],
  });
  const [saved, setSaved] = useState(false);
  if (!setting.data) return null;
  return (
    <div className="wb-setting">
      <Space wrap>
        <span>{tf('workbench.complaints.limit', { days: setting.data.complaintDays })}</span>
        <Typography.Text type="secondary">{t(`workbench.complaints.source.${setting.data.source}`)}</Typography.Text>
        {editable ? (
          <Form
            layout="inline"
            initialValues={{ complaintDays: setting.data.complaintDays }}
            onFinish={({ complaintDays }: { complaintDays: number }) =>
              void save.run(complaintDays).then(
                () => setSaved(true),
                () => setSaved(false),
              )
            }
          >
            <Form.Item name="complaintDays" label={t('workbench.complaints.limitLabel')}>
              <InputNumber min={1} max={60} precision={0} />
            </Form.Item>
            <Button htmlType="submit" loading={save.pending}>
              {t('workbench.complaints.limitSave')}
            </Button>
          </Form>
        ) : null}
      </Space>
      {saved && !save.error ? (
        <Alert type="success" showIcon role="status" message={t('workbench.complaints.limitSaved')} />
      ) : null}
      {save.error ? <Alert type="error" showIcon message={save.error.message} /> : null}
    </div>
  );
}
