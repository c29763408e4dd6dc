import { useQuery } from '@tanstack/react-query';
import type { NotificationPreferences, PersonalChannelName } from '@tongban/api-contract';
import { App, Button, Card, Checkbox, Form, Input } from 'antd';
import { useEffect } from 'react';
import { apiQuery, useCommand } from '../../api/query';
import { t } from '../../i18n/t';
import { ErrorAlert } from '../ui/QueryStates';

interface Values {
  channels: PersonalChannelName[];
  email: string;
  phone: string;
}

/** 通知方式: the applicant chooses e-mail and SMS beside the always-on in-app notices, with the addresses. */
export function NotificationSettingsCard() {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const current = useQuery(apiQuery<NotificationPreferences>('/notifications/preferences'));
  const save = useCommand<Values, NotificationPreferences>({
    request: (values) => ({
      path: '/notifications/preferences',
      method: 'PUT',
      body: {
        channels: ['in-app', ...values.channels.filter((c) => c !== 'in-app')],
        email: values.email.trim() || null,
        phone: values.phone.trim() || null,
      },
    }),
    invalidates: [['notifications', 'preferences']],
  });
  useEffect(() => {
    if (current.data)
      form.setFieldsValue({
        channels: current.data.channels,
        email: current.data.email ?? '',
        phone: current.data.phone ?? '',
      });
  }, [current.data, form]);

  const onFinish = async (values: Values) => {
    await save.run(values);
    void message.success(t('notifications.prefs.saved'));
  };

  return (
    <Card size="small" title={t('notifications.prefs.title')} className="portal-notification-settings">
      <ErrorAlert error={current.error ?? save.error} retry={() => void current.refetch()} />
      <Form<Values> form={form} layout="vertical" onFinish={(values) => void onFinish(values).catch(() => undefined)}>
        <Form.Item name="channels" label={t('notifications.prefs.channels')}>
          <Checkbox.Group
            options={[
              { value: 'in-app', label: t('notifications.channel.inApp'), disabled: true },
              { value: 'email', label: t('notifications.channel.email') },
              { value: 'sms', label: t('notifications.channel.sms') },
            ]}
          />
        </Form.Item>
        <Form.Item name="email" label={t('notifications.prefs.email')}>
          <Input type="email" autoComplete="email" />
        </Form.Item>
        <Form.Item name="phone" label={t('notifications.prefs.phone')}>
          <Input type="tel" autoComplete="tel" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.pending}>
          {t('notifications.prefs.save')}
        </Button>
      </Form>
    </Card>
  );
}
