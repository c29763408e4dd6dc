import { z } from 'zod';
import { instant, obj } from './common';
import { pageQuerySchema } from './pagination';

/** One in-app notification of `GET /api/notifications`. */
export const notificationSchema = obj({
  id: z.string(),
  applicationId: z.string().nullable(),
  kind: z.string(),
  text: z.string(),
  read: z.boolean(),
  createdAt: instant,
});
export type Notification = z.infer<typeof notificationSchema>;

/** `GET /api/notifications`: the caller's, newest first; `unread` counts all their unread ones. */
export const notificationListSchema = obj({
  items: z.array(notificationSchema),
  total: z.number().int().min(0),
  unread: z.number().int().min(0),
});
export type NotificationList = z.infer<typeof notificationListSchema>;

export const notificationListQuerySchema = z.object({
  page: pageQuerySchema.shape.page,
  pageSize: pageQuerySchema.shape.pageSize,
  unread: z.enum(['true', 'false']).optional(),
});
export type NotificationListQuery = z.infer<typeof notificationListQuerySchema>;

/** The channels a person chooses; in-app is always on. */
export const personalChannelSchema = z.enum(['in-app', 'email', 'sms']);
export type PersonalChannelName = z.infer<typeof personalChannelSchema>;

/** `GET /api/notifications/preferences`: the chosen channels and the addresses they use. */
export const notificationPreferencesSchema = obj({
  channels: z.array(personalChannelSchema),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

/** `PUT /api/notifications/preferences`: the channels, and optionally new addresses (null clears one). */
export const notificationPreferencesInputSchema = z.strictObject({
  channels: z.array(personalChannelSchema).max(3),
  email: z.email('邮箱格式不正确').max(254).nullable().optional(),
  phone: z
    .string()
    .regex(/^\+?[0-9]{5,20}$/, '手机号格式不正确')
    .nullable()
    .optional(),
});
export type NotificationPreferencesInput = z.infer<typeof notificationPreferencesInputSchema>;

/** A delivery that used up its attempts (`GET /api/notifications/dead-letters`, admin). */
export const deadLetterSchema = obj({
  id: z.string(),
  outboxId: z.string(),
  channel: z.string(),
  recipient: z.string(),
  kind: z.string(),
  applicationId: z.string().nullable(),
  attempts: z.number().int().min(0),
  lastError: z.string().nullable(),
  deadAt: instant,
  createdAt: instant,
});
export type DeadLetter = z.infer<typeof deadLetterSchema>;

export const deadLetterPageSchema = obj({ items: z.array(deadLetterSchema), total: z.number().int().min(0) });

const url = z.url({ protocol: /^https?$/, error: '应为 http(s) 地址' }).max(2000);
const host = z.string().trim().min(1).max(253);

/**
 * `PUT /api/centers/{id}/channels`: a channel set to null is off. A secret (SMTP password, SMS token, robot
 * webhook) left out keeps the stored one, since `GET` never returns it.
 */
export const channelSettingsInputSchema = z.strictObject({
  email: z
    .strictObject({
      host,
      port: z.number().int().min(1).max(65535),
      secure: z.boolean().default(false),
      from: z.string().trim().min(3).max(254),
      user: z.string().max(254).nullable().default(null),
      password: z.string().max(500).optional(),
    })
    .nullable(),
  sms: z.strictObject({ url: url.optional(), token: z.string().max(500).optional() }).nullable(),
  dingtalk: z.strictObject({ webhook: url.optional() }).nullable(),
  wecom: z.strictObject({ webhook: url.optional() }).nullable(),
});
export type ChannelSettingsInput = z.infer<typeof channelSettingsInputSchema>;

/** `GET /api/centers/{id}/channels`: the settings without their secrets (only whether one is stored). */
export const channelSettingsSchema = obj({
  email: obj({
    host: z.string(),
    port: z.number().int(),
    secure: z.boolean(),
    from: z.string(),
    user: z.string().nullable(),
    passwordSet: z.boolean(),
  }).nullable(),
  sms: obj({ urlHost: z.string(), tokenSet: z.boolean() }).nullable(),
  dingtalk: obj({ webhookHost: z.string() }).nullable(),
  wecom: obj({ webhookHost: z.string() }).nullable(),
});
export type ChannelSettings = z.infer<typeof channelSettingsSchema>;
