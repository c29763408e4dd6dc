import { Injectable } from '@nestjs/common';
import type { ChannelAdapter, OutgoingMessage } from './channel-adapter';
import type { StoredChannelSettings } from './channel-settings';
import { postJson, robotAccepted } from './http-post';

/** The text a group robot posts: the subject, then the message. */
function robotText(message: OutgoingMessage): string {
  return `【${message.subject}】${message.text}`;
}

/** 钉钉群机器人: `POST <webhook>` with a text message. */
@Injectable()
export class DingTalkChannel implements ChannelAdapter {
  readonly channel = 'dingtalk' as const;

  async send(message: OutgoingMessage, settings: StoredChannelSettings): Promise<void> {
    if (!settings.dingtalk) throw new Error('本中心未配置钉钉机器人');
    robotAccepted(
      await postJson(settings.dingtalk.webhook, { msgtype: 'text', text: { content: robotText(message) } }),
    );
  }
}

/** 企业微信群机器人: `POST <webhook>` with a text message. */
@Injectable()
export class WeComChannel implements ChannelAdapter {
  readonly channel = 'wecom' as const;

  async send(message: OutgoingMessage, settings: StoredChannelSettings): Promise<void> {
    if (!settings.wecom) throw new Error('本中心未配置企业微信机器人');
    robotAccepted(await postJson(settings.wecom.webhook, { msgtype: 'text', text: { content: robotText(message) } }));
  }
}
