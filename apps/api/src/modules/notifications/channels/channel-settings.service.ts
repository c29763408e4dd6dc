import { Injectable } from '@nestjs/common';
import type { ChannelSettings, ChannelSettingsInput } from '@tongban/api-contract';
import type { CenterChannels } from '@tongban/flow-engine';
import { DataSource, type EntityManager } from 'typeorm';
import { badRequest } from '../../../common/api-exception';
import { NO_CHANNELS, type StoredChannelSettings } from './channel-settings';

/** Each center's channel settings (SMTP, SMS gateway, robot webhooks). */
@Injectable()
export class ChannelSettingsService {
  constructor(private readonly db: DataSource) {}

  async stored(centerId: string, manager: EntityManager = this.db.manager): Promise<StoredChannelSettings> {
    const [row]: { settings: StoredChannelSettings }[] = await manager.query(
      `SELECT settings FROM notification_channel_settings WHERE center_id = $1`,
      [centerId],
    );
    return row?.settings ?? NO_CHANNELS;
  }

  /** The settings with a new input applied: a left-out secret keeps the stored one. */
  merged(before: StoredChannelSettings, input: ChannelSettingsInput): StoredChannelSettings {
    const email = input.email && {
      ...input.email,
      ...(input.email.password === undefined && before.email?.password !== undefined
        ? { password: before.email.password }
        : {}),
    };
    const sms = input.sms && { url: input.sms.url ?? before.sms?.url, token: input.sms.token ?? before.sms?.token };
    if (sms && !sms.url) throw badRequest('CHANNEL_URL_REQUIRED', '短信通道需要网关地址（sms.url）');
    const robot = (name: 'dingtalk' | 'wecom', label: string) => {
      const given = input[name];
      if (!given) return null;
      const webhook = given.webhook ?? before[name]?.webhook;
      if (!webhook) throw badRequest('CHANNEL_URL_REQUIRED', `${label}需要 Webhook 地址（${name}.webhook）`);
      return { webhook };
    };
    return {
      email,
      sms: sms && { url: sms.url!, ...(sms.token !== undefined ? { token: sms.token } : {}) },
      dingtalk: robot('dingtalk', '钉钉机器人'),
      wecom: robot('wecom', '企业微信机器人'),
    };
  }

  async save(manager: EntityManager, centerId: string, settings: StoredChannelSettings, at: Date): Promise<void> {
    await manager.query(
      `INSERT INTO notification_channel_settings (center_id, settings, updated_at) VALUES ($1, $2, $3)
       ON CONFLICT (center_id) DO UPDATE SET settings = EXCLUDED.settings, updated_at = EXCLUDED.updated_at`,
      [centerId, JSON.stringify(settings), at],
    );
  }
}

/** Which channels are set up. */
export function channelsOn(settings: StoredChannelSettings): CenterChannels {
  return { email: !!settings.email, sms: !!settings.sms, dingtalk: !!settings.dingtalk, wecom: !!settings.wecom };
}

/** What `GET` shows: no password, token or webhook (a robot's webhook carries its access token), only hosts. */
export function withoutSecrets(settings: StoredChannelSettings): ChannelSettings {
  const hostOf = (url: string) => new URL(url).host;
  const { email, sms, dingtalk, wecom } = settings;
  return {
    email: email && {
      host: email.host,
      port: email.port,
      secure: email.secure,
      from: email.from,
      user: email.user,
      passwordSet: !!email.password,
    },
    sms: sms && { urlHost: hostOf(sms.url), tokenSet: !!sms.token },
    dingtalk: dingtalk && { webhookHost: hostOf(dingtalk.webhook) },
    wecom: wecom && { webhookHost: hostOf(wecom.webhook) },
  };
}
