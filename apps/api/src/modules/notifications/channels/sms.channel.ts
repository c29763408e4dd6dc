import { Injectable } from '@nestjs/common';
import type { ChannelAdapter, OutgoingMessage } from './channel-adapter';
import type { StoredChannelSettings } from './channel-settings';
import { postJson } from './http-post';

/**
 * SMS through the center's gateway: `POST <url>` with `{ id, phone, text }` (and `Authorization: Bearer <token>`
 * when set); `id` is the delivery's, so a gateway can drop a repeat.
 */
@Injectable()
export class SmsChannel implements ChannelAdapter {
  readonly channel = 'sms' as const;

  async send(message: OutgoingMessage, settings: StoredChannelSettings): Promise<void> {
    const sms = settings.sms;
    if (!sms) throw new Error('本中心未配置短信通道');
    if (!message.address) throw new Error('收件人没有手机号');
    const headers: Record<string, string> = sms.token ? { authorization: `Bearer ${sms.token}` } : {};
    await postJson(sms.url, { id: message.deliveryId, phone: message.address, text: message.text }, headers);
  }
}
