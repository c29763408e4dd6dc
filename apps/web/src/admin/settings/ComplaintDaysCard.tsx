import { useQuery } from '@tanstack/react-query';
import { Button, Card, Form, InputNumber } from 'antd';
import { useState } from 'react';
import { apiQuery, useCommand } from '../../api/query';
import { t } from '../../i18n/t';
import { ErrorNotice, SuccessNotice } from '../../shared-ui/Notice';
import { ADMIN_KEYS } from '../api';

interface ComplaintSetting {
  complaintDays: number;
}

/** 投诉答复期限 of the admin's own center (`/api/ratings/settings`, 5, 7 or 15 working days by locality). */
export function ComplaintDaysCard() {
  const setting = useQuery(apiQuery<ComplaintSetting>('/ratings/settings'));
  const [saved, setSaved] = useState(false);
  const save = useCommand<number>({
    request: (complaintDays) => ({ path: '/ratings/settings', method: 'PUT', body: { complaintDays } }),
    invalidates: [...ADMIN_KEYS.settings, ['complaints']],
  });
  return (
    <Card className="ad-section" title={<h2 className="ad-card-title">{t('admin.settings.complaints')}</h2>}>
      <ErrorNotice error={setting.error} />
      {setting.data ? (
        <Form<ComplaintSetting>
          name="complaint-days"
          layout="inline"
          initialValues={setting.data}
          onValuesChange={() => setSaved(false)}
          onFinish={({ complaintDays }) =>
            void save.run(complaintDays).then(
              () => setSaved(true),
              () => setSaved(false),
            )
          }
        >
          <Form.Item
            name="complaintDays"
            label={t('admin.settings.complaintDays')}
            rules={[{ required: true, message: t('admin.required') }]}
          >
            <InputNumber min={1} max={60} precision={0} />
          </Form.Item>
          <Button htmlType="submit" loading={save.pending}>
            {t('admin.save')}
          </Button>
        </Form>
      ) : null}
      <ErrorNotice error={save.error} />
      {saved ? <SuccessNotice>{t('admin.settings.complaintsSaved')}</SuccessNotice> : null}
    </Card>
  );
}
