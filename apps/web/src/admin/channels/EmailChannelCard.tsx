import type { ChannelSettings } from '@tongban/api-contract';
import { Form, Input, InputNumber, Switch } from 'antd';
import { t } from '../../i18n/t';
import { type EmailChannelForm, emailChannelRequest } from '../forms';
import { ChannelCard } from './ChannelCard';
import { required, SecretField } from './secretFields';

/** 电子邮件: the center's SMTP server, through which applicants and staff get their e-mail. */
export function EmailChannelCard({ centerId, channels }: { centerId: string; channels: ChannelSettings }) {
  const email = channels.email;
  return (
    <ChannelCard<EmailChannelForm>
      centerId={centerId}
      name="email"
      channels={channels}
      initialValues={{
        enabled: email !== null,
        port: 25,
        secure: false,
        ...email,
        user: email?.user ?? '',
        password: '',
      }}
      request={emailChannelRequest}
    >
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
      <SecretField name="password" label={t('admin.channels.password')} set={email?.passwordSet} />
    </ChannelCard>
  );
}
