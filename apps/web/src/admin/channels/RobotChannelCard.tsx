import type { ChannelSettings } from '@tongban/api-contract';
import { Form, Input } from 'antd';
import { t } from '../../i18n/t';
import { tf } from '../../shared-ui/format';
import { type RobotChannelForm, robotChannelRequest } from '../forms';
import { ChannelCard } from './ChannelCard';
import { secretUrl } from './secretFields';

/** 钉钉 / 企业微信 group robot: messages to staff are also posted to the group through its webhook. */
export function RobotChannelCard({
  centerId,
  name,
  channels,
}: {
  centerId: string;
  name: 'dingtalk' | 'wecom';
  channels: ChannelSettings;
}) {
  const robot = channels[name];
  return (
    <ChannelCard<RobotChannelForm>
      centerId={centerId}
      name={name}
      channels={channels}
      initialValues={{ enabled: robot !== null, webhook: '' }}
      request={(form, current) => robotChannelRequest(name, form, current)}
    >
      <Form.Item
        name="webhook"
        label={tf('admin.channels.webhook', { channel: t(`admin.channels.name.${name}`) })}
        {...secretUrl(robot?.webhookHost)}
      >
        {/* The webhook carries the robot's access token: typed like a password. */}
        <Input.Password placeholder="https://" autoComplete="new-password" />
      </Form.Item>
    </ChannelCard>
  );
}
