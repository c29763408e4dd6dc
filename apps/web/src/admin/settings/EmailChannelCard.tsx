import { useQuery } from '@tanstack/react-query';
import type { ChannelSettings } from '@tongban/api-contract';
import { Button, Card, Form, Input, InputNumber, Switch } from 'antd';
import { useState } from 'react';
import { apiQuery, useCommand } from '../../api/query';
import { t } from '../../i18n/t';
import { ErrorNotice, SuccessNotice } from '../../shared-ui/Notice';
import { ADMIN_KEYS } from '../api';
import { type EmailChannelForm, emailChannelRequest } from '../forms';

const required = { required: true, whitespace: true, message: t('admin.required') };

function EmailForm({ centerId, channels }: { centerId: string; channels: ChannelSettings }) {
  const path = `/centers/${encodeURIComponent(centerId)}/channels`;
  const [saved, setSaved] = useState(false);
  const save = useCommand<EmailChannelForm>({
    request: (form) => ({ path, method: 'PUT', body: emailChannelRequest(form, channels) }),
    invalidates: ADMIN_KEYS.settings,
  });
  const [form] = Form.useForm<EmailChannelForm>();
  const enabled = Form.useWatch('enabled', form);
  const email = channels.email;
  return (
    <Form<EmailChannelForm>
      name="channel-email"
      form={form}
      layout="vertical"
      initialValues={{ enabled: email !== null, port: 25, secure: false, ...email, password: '' }}
      onValuesChange={() => setSaved(false)}
      onFinish={(values) =>
        void save.run(values).then(
          () => setSaved(true),
          () => setSaved(false),
        )
      }
    >
      <Form.Item name="enabled" label={t('admin.channels.email')} valuePropName="checked">
        <Switch />
      </Form.Item>
      {enabled ? (
        <>
          <Form.Item name="host" label={t('admin.channels.host')} rules={[required]}>
            <Input />
          </Form.Item>
          <Form.Item
            name="port"
            label={t('admin.channels.port')}
            rules={[{ required: true, message: t('admin.required') }]}
          >
            <InputNumber min={1} max={65535} precision={0} />
          </Form.Item>
          <Form.Item name="secure" label={t('admin.channels.secure')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="from" label={t('admin.channels.from')} rules={[required]}>
            <Input />
          </Form.Item>
          <Form.Item name="user" label={t('admin.channels.user')}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('admin.channels.password')}
            extra={email?.passwordSet ? t('admin.channels.passwordKept') : undefined}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </>
      ) : null}
      <Button type="primary" htmlType="submit" loading={save.pending}>
        {t('admin.save')}
      </Button>
      <ErrorNotice error={save.error} />
      {saved ? <SuccessNotice>{t('admin.channels.saved')}</SuccessNotice> : null}
    </Form>
  );
}

/** 通知渠道: the center's SMTP server, through which applicants and staff get their e-mail. */
export function EmailChannelCard({ centerId }: { centerId: string }) {
  const channels = useQuery(apiQuery<ChannelSettings>(`/centers/${encodeURIComponent(centerId)}/channels`));
  return (
    <Card className="ad-section" title={<h2 className="ad-card-title">{t('admin.channels.title')}</h2>}>
      <ErrorNotice error={channels.error} />
      {channels.data ? <EmailForm key={centerId} centerId={centerId} channels={channels.data} /> : null}
    </Card>
  );
}
