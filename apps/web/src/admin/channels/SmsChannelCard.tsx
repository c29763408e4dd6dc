import type { ChannelSettings } from '@tongban/api-contract';
import { Form, Input } from 'antd';
import { t } from '../../i18n/t';
import { type SmsChannelForm, smsChannelRequest } from '../forms';
import { ChannelCard } from './ChannelCard';
import { SecretField, secretUrl } from './secretFields';

/** 短信: the gateway the center's SMS go through (`POST <url>` with a bearer token). */
export function SmsChannelCard({ centerId, channels }: { centerId: string; channels: ChannelSettings }) {
  const sms = channels.sms;
  return (
    <ChannelCard<SmsChannelForm>
      centerId={centerId}
      name="sms"
      channels={channels}
      initialValues={{ enabled: sms !== null, url: '', token: '' }}
      request={smsChannelRequest}
    >
      <Form.Item name="url" label={t('admin.channels.smsUrl')} {...secretUrl(sms?.urlHost)}>
        <Input placeholder="https://" autoComplete="off" />
      </Form.Item>
      <SecretField name="token" label={t('admin.channels.smsToken')} set={sms?.tokenSet} />
    </ChannelCard>
  );
}
