import { Injectable } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import type { ChannelAdapter, OutgoingMessage } from './channel-adapter';
import type { StoredChannelSettings } from './channel-settings';

/** E-mail through the center's SMTP server (nodemailer); the Message-ID is the delivery's, for de-duplication. */
@Injectable()
export class EmailChannel implements ChannelAdapter {
  readonly channel = 'email' as const;

  async send(message: OutgoingMessage, settings: StoredChannelSettings): Promise<void> {
    const smtp = settings.email;
    if (!smtp) throw new Error('本中心未配置邮件通道');
    if (!message.address) throw new Error('收件人没有邮箱');
    const transport = createTransport({
      host: smtp.host,
      port: smtp.port,
      secure: smtp.secure,
      auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? '' } : undefined,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
    try {
      await transport.sendMail({
        from: smtp.from,
        to: message.address,
        subject: message.subject,
        text: message.text,
        messageId: `<${message.deliveryId}@tongban>`,
        headers: { 'X-Tongban-Outbox-Id': message.outboxId },
      });
    } finally {
      transport.close();
    }
  }
}
